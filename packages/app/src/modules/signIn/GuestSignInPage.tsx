import { useEffect, useState } from 'react';
import { SignInPage } from '@backstage/core-components';
import {
  discoveryApiRef,
  Progress,
  useApi,
} from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { probeGuestSession } from './probeGuestSession';
import { waitForGuestSession } from './waitForGuestSession';

// Backstage's SignInPage keeps the provider last signed in with under this key, signs in with it
// silently on the next load and removes it on sign-out. Its one refresh call gives up at once.
const REMEMBERED_PROVIDER_KEY = '@backstage/core:SignInPage:provider';

/** How long a remembered guest waits for a backend that is starting or restarting. */
const BACKEND_WAIT_MS = 90_000;

/**
 * Backstage's guest sign-in page that keeps a remembered sign-in across
 * backend restarts: when the guest signed in before, it waits (with a
 * progress bar) until the backend answers before Backstage's silent
 * sign-in runs, instead of showing the sign-in page again because the
 * backend was briefly away.
 */
export function GuestSignInPage(props: SignInPageProps) {
  const discoveryApi = useApi(discoveryApiRef);
  const [waiting, setWaiting] = useState(
    () => localStorage.getItem(REMEMBERED_PROVIDER_KEY) === 'guest',
  );

  useEffect(() => {
    if (!waiting) return undefined;
    let cancelled = false;
    const probe = async () =>
      probeGuestSession(await discoveryApi.getBaseUrl('auth'));
    waitForGuestSession(probe, { timeoutMs: BACKEND_WAIT_MS })
      .catch(() => false)
      .then(() => {
        if (!cancelled) setWaiting(false);
      });
    return () => {
      cancelled = true;
    };
  }, [waiting, discoveryApi]);

  if (waiting) return <Progress />;
  return <SignInPage {...props} providers={['guest']} />;
}
