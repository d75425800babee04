/**
 * The PEM text of configured CA data. Kubeconfig-style CA data is base64 of the PEM; a pasted PEM is taken as it is.
 */
export function caPem(ca: string): string {
  const trimmed = ca.trim();
  return trimmed.startsWith('-----BEGIN')
    ? trimmed
    : Buffer.from(trimmed, 'base64').toString('utf8');
}
