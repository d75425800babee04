import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ModelClusterDiagnosis } from '@llmd/plugin-llmd-common';
import { useEffect, useRef, useState } from 'react';
import { llmdApiRef, type ModelRef } from '../api';

/**
 * Where a "Probe now" stands. `refused`: the backend answered 4xx (probing off for the cluster, not permitted),
 * so probing again will not help until something changes.
 */
export type ProbeState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'probing' }
  | { readonly phase: 'probed'; readonly diagnosis: ModelClusterDiagnosis }
  | { readonly phase: 'refused'; readonly error: Error }
  | { readonly phase: 'failed'; readonly error: Error };

const isRefusal = (error: Error) =>
  error instanceof ResponseError &&
  error.response.status >= 400 &&
  error.response.status < 500;

/** Probes a model on one cluster on demand; an answer arriving after unmount or a cluster change is dropped. */
export function useProbeModel(model: ModelRef, cluster: string) {
  const api = useApi(llmdApiRef);
  const [state, setState] = useState<ProbeState>({ phase: 'idle' });
  const generation = useRef(0);
  useEffect(() => {
    setState({ phase: 'idle' });
    return () => {
      generation.current += 1;
    };
  }, [model.namespace, model.name, cluster]);

  const probe = () => {
    if (state.phase === 'probing') return;
    const current = ++generation.current;
    setState({ phase: 'probing' });
    api.probeModel({ ...model, cluster }).then(
      diagnosis => {
        if (generation.current === current)
          setState({ phase: 'probed', diagnosis });
      },
      (error: Error) => {
        if (generation.current !== current) return;
        setState({ phase: isRefusal(error) ? 'refused' : 'failed', error });
      },
    );
  };
  return { state, probe };
}
