/** The identity the guest sign-in hands out, as the frontend receives it. */
export interface GuestIdentity {
  token: string;
  userEntityRef: string;
  ownershipEntityRefs: string[];
}

/** Signs in through the guest provider exactly like the frontend does. */
export async function signInAsGuest(baseUrl: string): Promise<GuestIdentity> {
  const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    // The auth backend only answers browser-originated refreshes.
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok) {
    throw new Error(`guest sign-in failed: ${res.status} ${await res.text()}`);
  }
  const { backstageIdentity } = await res.json();
  return {
    token: backstageIdentity.token,
    userEntityRef: backstageIdentity.identity.userEntityRef,
    ownershipEntityRefs: backstageIdentity.identity.ownershipEntityRefs,
  };
}
