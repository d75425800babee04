import { z } from 'zod';

const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;

/** Whether `key` is a Kubernetes label key: an optional DNS-subdomain prefix (<= 253) and `/`, then a name (<= 63). */
export function isLabelKey(key: string): boolean {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined) {
    if (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) return false;
  }
  return LABEL_NAME.test(name);
}

/**
 * A Kubernetes label key, e.g. `llm-d.ai/gateway-access`.
 *
 * @public
 */
export const labelKey = z
  .string()
  .refine(
    isLabelKey,
    "must be a label key: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. llm-d.ai/gateway-access)",
  );

/** A Kubernetes label value: at most 63 letters, digits, `-`, `_` or `.`, starting and ending alphanumeric (or empty). */
export const labelValue = z
  .string()
  .regex(
    LABEL_VALUE,
    "must be a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
  );
