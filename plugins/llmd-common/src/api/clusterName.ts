import { z } from 'zod';

/**
 * What a cluster name may look like: letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit
 * (a DNS subdomain or a config key, case kept). Request inputs naming a cluster are checked against it before anything
 * else looks at them, so a value with line breaks or terminal escapes never reaches a log line or an error message;
 * configured names are held to it too, so every configured cluster stays addressable.
 */
const CLUSTER_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** Longest cluster name (a DNS subdomain's limit). */
const MAX_CLUSTER_NAME_LENGTH = 253;

/**
 * Whether `value` is a well-formed cluster name (not whether such a cluster is configured).
 *
 * @public
 */
export function isClusterName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_CLUSTER_NAME_LENGTH &&
    CLUSTER_NAME_PATTERN.test(value)
  );
}

/** A cluster name in request input; the messages never repeat the value. */
export const clusterNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_CLUSTER_NAME_LENGTH, 'must be at most 253 characters')
  .regex(
    CLUSTER_NAME_PATTERN,
    "must be a cluster name: letters, digits, '.', '_' and '-', starting and ending with a letter or digit",
  );
