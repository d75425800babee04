import { z } from 'zod';
import { clusterNameSchema } from './clusterName';
import type { ClientSnippets, ModelEndpoint } from './modelEndpoint';

/**
 * The shortest token lifetime the Kubernetes TokenRequest API accepts (`expirationSeconds` minimum).
 *
 * @public
 */
export const MIN_TOKEN_TTL_SECONDS = 600;

/**
 * Token lifetime when the request does not ask for one, and the default cap (`llmd.tokens.maxTtlSeconds`).
 *
 * @public
 */
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;

/**
 * Body of `POST /api/llmd/models/:namespace/:name/token`.
 *
 * @public
 */
export const createModelTokenRequestSchema = z
  .object({
    /** The cluster whose model the token is for (a token is only valid on the cluster that minted it). */
    cluster: clusterNameSchema,
    /** Requested lifetime; capped by `llmd.tokens.maxTtlSeconds`. */
    ttlSeconds: z
      .number()
      .int()
      .min(MIN_TOKEN_TTL_SECONDS, `must be at least ${MIN_TOKEN_TTL_SECONDS}`)
      .optional(),
  })
  .strict();

/**
 * Parsed body of `POST /api/llmd/models/:namespace/:name/token`.
 *
 * @public
 */
export type CreateModelTokenRequest = z.infer<
  typeof createModelTokenRequestSchema
>;

/**
 * Response of `POST /api/llmd/models/:namespace/:name/token`. Returned once; the backend keeps no copy.
 *
 * @public
 */
export interface CreateModelTokenResponse {
  readonly token: string;
  /** ISO time. */
  readonly expiresAt: string;
  /** The lifetime granted (the request's, capped). */
  readonly ttlSeconds: number;
  /** The endpoint the snippets call; absent while the model has no known address. */
  readonly endpoint?: ModelEndpoint;
  /** Snippets that read the token from `$LLMD_TOKEN`. */
  readonly snippets: ClientSnippets;
}
