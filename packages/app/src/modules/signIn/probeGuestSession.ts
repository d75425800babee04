/**
 * What one call to the guest provider's refresh endpoint says: a session
 * (`ready`), a backend that cannot answer yet (`unavailable`: not listening,
 * starting or restarting) or a definite no (`refused`, e.g. guest sign-in off).
 */
export type GuestSessionProbe = 'ready' | 'unavailable' | 'refused';

/**
 * Asks `GET <auth>/guest/refresh` (the call Backstage's guest sign-in makes)
 * whether the backend would sign the guest in now.
 *
 * @param authBaseUrl - the auth plugin's base URL, from the discovery API
 */
export async function probeGuestSession(
  authBaseUrl: string,
): Promise<GuestSessionProbe> {
  try {
    const res = await fetch(`${authBaseUrl}/guest/refresh`, {
      // Backstage's auth routes refuse refreshes without it (CSRF guard).
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    if (res.ok) return 'ready';
    // A backend shutting down for a restart answers 503.
    return res.status >= 500 ? 'unavailable' : 'refused';
  } catch {
    // Connection refused while the backend (re)starts: fetch rejects.
    return 'unavailable';
  }
}
