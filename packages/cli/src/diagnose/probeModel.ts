import { ApiException, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import {
  deriveModelEndpoints,
  isAuthEnabled,
  MIN_TOKEN_TTL_SECONDS,
  modelClientServiceAccountName,
  primaryModelEndpoint,
  type KubeObjectLike,
  type ModelProbeResult,
  type ReachabilitySource,
} from '@llmd/plugin-llmd-common';
import {
  DEFAULT_TOKEN_AUDIENCE,
  modelsListUrl,
  probeModelEndpoint,
} from '@llmd/plugin-llmd-node';

/** Bound on each probe request, body included. */
const PROBE_TIMEOUT_MS = 5_000;

/** A probe, and why no authenticated request was made when auth is on but no token could be minted. */
export interface ModelProbe {
  readonly result: ModelProbeResult;
  /** Why the user's credentials could not mint a token (the result then has no `authenticated` request). */
  readonly tokenError?: string;
}

/**
 * Probes a model's endpoint (`GET <endpoint>/v1/models`) without a token and, when auth is on, with a token minted
 * through TokenRequest for the model's client ServiceAccount with the user's credentials. The token is sent in the
 * Authorization header of that one request and dropped. Undefined when the model has no URL to probe (the `url`
 * step says why).
 */
export async function probeModel(
  kubeConfig: KubeConfig,
  source: ReachabilitySource,
  model: KubeObjectLike,
): Promise<ModelProbe | undefined> {
  const endpoint = primaryModelEndpoint(
    deriveModelEndpoints(model, { gateways: source.list('Gateway') }),
  );
  if (!endpoint) return undefined;
  const request = { url: endpoint.baseUrl, timeoutMs: PROBE_TIMEOUT_MS };
  const probedAt = new Date().toISOString();
  const anonymous = await probeModelEndpoint(request);
  const minted = isAuthEnabled(model)
    ? await mintClientToken(kubeConfig, model)
    : undefined;
  // as the contract says: no authenticated result when no token could be minted
  const authenticated =
    minted && 'token' in minted
      ? await probeModelEndpoint({ ...request, token: minted.token })
      : undefined;
  return {
    result: {
      url: modelsListUrl(endpoint.baseUrl),
      probedAt,
      anonymous,
      ...(authenticated && { authenticated }),
    },
    ...(minted && 'error' in minted && { tokenError: minted.error }),
  };
}

/** A short-lived token of the model's client ServiceAccount, or why the user's credentials could not mint one. */
async function mintClientToken(
  kubeConfig: KubeConfig,
  model: KubeObjectLike,
): Promise<{ token: string } | { error: string }> {
  const namespace = model.metadata.namespace ?? 'default';
  const serviceAccount = modelClientServiceAccountName(model.metadata.name);
  const why = `no token could be minted for the model's client ServiceAccount ${namespace}/${serviceAccount}`;
  try {
    const response = await kubeConfig
      .makeApiClient(CoreV1Api)
      .createNamespacedServiceAccountToken({
        name: serviceAccount,
        namespace,
        body: {
          apiVersion: 'authentication.k8s.io/v1',
          kind: 'TokenRequest',
          // TokenRequest refuses lifetimes under 600 s on real API servers: the shortest allowed, used once
          spec: {
            audiences: [DEFAULT_TOKEN_AUDIENCE],
            expirationSeconds: MIN_TOKEN_TTL_SECONDS,
          },
        },
      });
    const token = response.status?.token;
    return token ? { token } : { error: `${why}: the API server sent none` };
  } catch (error) {
    return { error: `${why}: ${describeMintError(error)}` };
  }
}

/** The status and the Status message of a failed TokenRequest: never the request, its headers or a token. */
function describeMintError(error: unknown): string {
  if (!(error instanceof ApiException)) {
    return (error as Error)?.message ?? String(error);
  }
  let message: unknown;
  try {
    const body =
      typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
    message = body?.message;
  } catch {
    message = undefined;
  }
  const hint =
    error.code === 403
      ? ' (needs create serviceaccounts/token in the namespace)'
      : '';
  return `HTTP ${error.code}${
    typeof message === 'string' ? `: ${message}` : ''
  }${hint}`;
}
