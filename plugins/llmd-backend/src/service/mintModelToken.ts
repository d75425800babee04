import { NotFoundError } from '@backstage/errors';
import {
  clientSnippets,
  type CreateModelTokenResponse,
  deriveModelEndpoints,
  isAuthEnabled,
  type KubeObjectLike,
  modelClientServiceAccountName,
  primaryModelEndpoint,
  servedModelName,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { requireManagedClientServiceAccount } from './requireManagedClientServiceAccount';

/** A permitted token request: the model on one cluster and the lifetime already granted. */
export interface ModelTokenRequest {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly ttlSeconds: number;
}

/**
 * Mints a token for a model's client ServiceAccount and describes how to call the model with it: the primary
 * endpoint and the client snippets. The caller has authorised the request; this only checks that the cluster, the
 * model and the portal-managed ServiceAccount exist. The token is returned, never logged or kept.
 *
 * @throws NotFoundError when the cluster, the model or its client ServiceAccount is unknown
 * @throws NotAllowedError when the ServiceAccount is not the one the portal rendered
 */
export async function mintModelToken(
  cache: LlmdClusterCache,
  request: ModelTokenRequest,
): Promise<CreateModelTokenResponse> {
  const { cluster, namespace, name, ttlSeconds } = request;
  const health = cache.getCluster(cluster);
  if (!health) throw new NotFoundError(`No cluster named ${cluster}`);
  const model = cache.get(
    cluster,
    'LLMInferenceService',
    namespace,
    name,
  )?.object;
  if (!model) {
    throw new NotFoundError(
      `No model service ${namespace}/${name} on cluster ${cluster}`,
    );
  }

  const serviceAccountName = modelClientServiceAccountName(name);
  await requireManagedClientServiceAccount(cache, {
    cluster,
    namespace,
    name: serviceAccountName,
  });
  const minted = await cache.createServiceAccountToken({
    cluster,
    namespace,
    serviceAccountName,
    expirationSeconds: ttlSeconds,
    audience: health.defaults.tokenAudience,
  });
  return {
    token: minted.token,
    expiresAt: minted.expiresAt,
    ttlSeconds,
    ...modelClientDetails(cache, request, model),
  };
}

/** The model's primary endpoint (when it has one) and the snippets that call it. */
function modelClientDetails(
  cache: LlmdClusterCache,
  { cluster, namespace, name }: ModelTokenRequest,
  model: KubeObjectLike,
): Pick<CreateModelTokenResponse, 'endpoint' | 'snippets'> {
  const endpoint = primaryModelEndpoint(
    deriveModelEndpoints(model, {
      gateways: cache.list('Gateway', { cluster }).map(c => c.object),
    }),
  );
  return {
    ...(endpoint && { endpoint }),
    snippets: clientSnippets({
      namespace,
      name,
      baseUrl: endpoint?.baseUrl,
      modelName: servedModelName(model),
      authEnabled: isAuthEnabled(model),
    }),
  };
}
