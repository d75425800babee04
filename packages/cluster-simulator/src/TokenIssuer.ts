import { randomBytes, randomUUID } from 'node:crypto';
import { kubeTimestamp } from './objectLifecycle';
import { ResourceType } from './ResourceTable';
import { invalid } from './StatusError';
import { StoredObject } from './StoredObject';
import { IssuedToken } from './types';

/** The API server's own audience, the default of a TokenRequest. */
export const DEFAULT_TOKEN_AUDIENCE = 'https://kubernetes.default.svc';
const MIN_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 2 ** 32;

const TOKEN_REQUEST_TYPE = {
  group: 'authentication.k8s.io',
  kind: 'TokenRequest',
} as ResourceType;

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * The TokenRequest API (`POST .../serviceaccounts/<name>/token`): mints JWT-shaped tokens and records them,
 * so tests can check what was minted. The tokens carry a random signature and are not accepted by the
 * simulator's own API (they are meant for the model gateway's TokenReview).
 */
export class TokenIssuer {
  readonly issued: IssuedToken[] = [];
  private readonly byToken = new Map<string, IssuedToken>();

  /** The record of a minted token, undefined for tokens not minted here. */
  find(token: string): IssuedToken | undefined {
    return this.byToken.get(token);
  }

  /**
   * Mints a token for `serviceAccount` and returns the TokenRequest response object.
   *
   * @throws StatusError 422 for an expiration out of range or malformed audiences
   */
  issue(serviceAccount: StoredObject, body: unknown): Record<string, unknown> {
    const name = serviceAccount.name;
    const namespace = serviceAccount.namespace;
    const spec = ((body as any)?.spec ?? {}) as TokenRequestSpec;
    const audiences = requestedAudiences(spec, name);
    const expirationSeconds = requestedExpirationSeconds(spec, name);
    const now = Math.floor(Date.now() / 1000);
    const exp = now + expirationSeconds;
    const token = jwtShapedToken(serviceAccount, audiences, now, exp);
    const expirationTimestamp = kubeTimestamp(new Date(exp * 1000));
    const record = {
      namespace,
      serviceAccountName: name,
      audiences: [...audiences],
      expirationSeconds,
      token,
      expirationTimestamp,
    };
    this.issued.push(record);
    this.byToken.set(token, record);
    return {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: {
        name,
        namespace,
        creationTimestamp: kubeTimestamp(new Date(now * 1000)),
      },
      spec: {
        audiences,
        expirationSeconds,
        boundObjectRef: spec.boundObjectRef ?? null,
      },
      status: { token, expirationTimestamp },
    };
  }
}

/** The fields of a TokenRequest's spec, as sent (unchecked). */
interface TokenRequestSpec {
  audiences?: unknown;
  expirationSeconds?: unknown;
  boundObjectRef?: unknown;
}

/** @throws StatusError 422 unless every audience is a non-empty string */
function requestedAudiences(spec: TokenRequestSpec, name: string): string[] {
  // Absent, null (as kubectl sends) and [] all mean the API server's own audience.
  const audiences =
    spec.audiences === undefined ||
    spec.audiences === null ||
    (Array.isArray(spec.audiences) && spec.audiences.length === 0)
      ? [DEFAULT_TOKEN_AUDIENCE]
      : spec.audiences;
  if (
    !Array.isArray(audiences) ||
    !audiences.every(a => typeof a === 'string' && a)
  ) {
    throw invalid(
      TOKEN_REQUEST_TYPE,
      name,
      'spec.audiences',
      'Invalid value: audiences must be non-empty strings',
    );
  }
  return audiences;
}

/** @throws StatusError 422 for a lifetime under 10 minutes or over 2^32 seconds; the default is an hour */
function requestedExpirationSeconds(
  spec: TokenRequestSpec,
  name: string,
): number {
  const expirationSeconds = spec.expirationSeconds ?? 3600;
  if (
    typeof expirationSeconds !== 'number' ||
    !Number.isInteger(expirationSeconds) ||
    expirationSeconds < MIN_EXPIRATION_SECONDS ||
    expirationSeconds > MAX_EXPIRATION_SECONDS
  ) {
    throw invalid(
      TOKEN_REQUEST_TYPE,
      name,
      'spec.expirationSeconds',
      `Invalid value: ${JSON.stringify(
        expirationSeconds,
      )}: may not specify a duration less than 10 minutes or larger than 2^32 seconds`,
    );
  }
  return expirationSeconds;
}

/** A token shaped like a service account JWT (header, the usual claims), with a random signature. */
function jwtShapedToken(
  serviceAccount: StoredObject,
  audiences: readonly string[],
  now: number,
  exp: number,
): string {
  const { name, namespace } = serviceAccount;
  return [
    base64url({ alg: 'RS256', kid: 'cluster-simulator' }),
    base64url({
      aud: audiences,
      exp,
      iat: now,
      nbf: now,
      iss: DEFAULT_TOKEN_AUDIENCE,
      jti: randomUUID(),
      sub: `system:serviceaccount:${namespace}:${name}`,
      'kubernetes.io': {
        namespace,
        serviceaccount: { name, uid: serviceAccount.object.metadata.uid },
      },
    }),
    randomBytes(256).toString('base64url'),
  ].join('.');
}
