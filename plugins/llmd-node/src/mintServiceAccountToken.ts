import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { CoreV1Api } from '@kubernetes/client-node';
import { describeKubeError } from './describeKubeError';
import { statusCodeOf } from './statusCodeOf';
import type { MintedToken } from './types';

/** What to mint. */
export interface MintRequest {
  readonly cluster: string;
  readonly namespace: string;
  readonly serviceAccountName: string;
  readonly expirationSeconds: number;
  readonly audience: string;
}

/**
 * Mints a service account token through the TokenRequest API (`POST .../serviceaccounts/<name>/token`). The token
 * is returned to the caller only: it is never logged, cached or put into an error message.
 *
 * @throws NotFoundError when the service account (or its namespace) does not exist
 * @throws InputError when the API server rejects the request (e.g. expirationSeconds below its minimum)
 * @throws NotAllowedError when the cache's credentials may not create tokens for the account
 * @throws ServiceUnavailableError for other failures
 */
export async function mintServiceAccountToken(
  core: CoreV1Api,
  request: MintRequest,
  secrets: readonly string[],
): Promise<MintedToken> {
  const where = `service account ${request.namespace}/${request.serviceAccountName} in cluster '${request.cluster}'`;
  let response;
  try {
    response = await core.createNamespacedServiceAccountToken({
      name: request.serviceAccountName,
      namespace: request.namespace,
      body: {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
        spec: {
          audiences: [request.audience],
          expirationSeconds: request.expirationSeconds,
        },
      },
    });
  } catch (error) {
    const detail = describeKubeError(error, secrets);
    switch (statusCodeOf(error)) {
      case 404:
        throw new NotFoundError(`No ${where}`);
      case 400:
      case 422:
        throw new InputError(`Cannot mint a token for ${where}: ${detail}`);
      case 401:
      case 403:
        throw new NotAllowedError(
          `The portal may not mint tokens for ${where}: ${detail}`,
        );
      default:
        throw new ServiceUnavailableError(
          `Cannot mint a token for ${where}: ${detail}`,
        );
    }
  }
  const token = response.status?.token;
  if (!token) {
    throw new ServiceUnavailableError(
      `The API server returned no token for ${where}`,
    );
  }
  const expiresAt = isoTime(
    response.status?.expirationTimestamp,
    Date.now() + request.expirationSeconds * 1000,
  );
  return { token, expiresAt };
}

/** The typed client turns timestamps into Dates; accept a string too, and fall back when the server sent none. */
function isoTime(value: unknown, fallbackMs: number): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  return new Date(fallbackMs).toISOString();
}
