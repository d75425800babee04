import { useApi } from '@backstage/core-plugin-api';
import type { CreateModelTokenResponse } from '@llmd/plugin-llmd-common';
import { useEffect, useRef, useState } from 'react';
import { llmdApiRef, type ModelRef } from '../api';

/** Where minting a token stands; the token exists only in the `minted` state. */
export type MintState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'minting' }
  | {
      readonly phase: 'minted';
      readonly minted: CreateModelTokenResponse;
      readonly at: Date;
    }
  | { readonly phase: 'failed'; readonly error: Error };

const IDLE: MintState = { phase: 'idle' };

/**
 * Mints tokens for a model on one cluster. `mint` asks the backend (ignored while a request is running); `reset`
 * forgets the token and drops any answer still on its way, as unmounting does, so a late answer is never shown.
 */
export function useMintToken(model: ModelRef, cluster: string) {
  const api = useApi(llmdApiRef);
  const [state, setState] = useState<MintState>(IDLE);
  // Bumped on reset and unmount: an answer to an older generation is dropped.
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current += 1;
    },
    [],
  );

  const mint = (ttlSeconds: number) => {
    if (state.phase === 'minting') return;
    const current = ++generation.current;
    setState({ phase: 'minting' });
    api.createToken(model, { cluster, ttlSeconds }).then(
      minted => {
        if (generation.current === current) {
          setState({ phase: 'minted', minted, at: new Date() });
        }
      },
      (error: Error) => {
        if (generation.current === current)
          setState({ phase: 'failed', error });
      },
    );
  };

  const reset = () => {
    generation.current += 1;
    setState(IDLE);
  };

  return { state, mint, reset };
}
