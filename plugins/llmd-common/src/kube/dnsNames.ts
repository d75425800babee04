import { z } from 'zod';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A Kubernetes DNS-1123 label (namespace, object name): lower-case alphanumerics and '-', at most 63 characters.
 *
 * @public
 */
export const dnsLabel = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    DNS_1123_LABEL,
    "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  );

/**
 * A DNS-1123 subdomain, e.g. a hostname or a Secret name.
 *
 * @public
 */
export const dnsSubdomain = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.'",
  );
