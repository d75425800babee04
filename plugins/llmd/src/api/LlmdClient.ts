import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ClusterPreflightResponse,
  CreateModelTokenRequest,
  CreateModelTokenResponse,
  FleetMetricsRequest,
  FleetMetricsResponse,
  GovernanceQueryInput,
  GovernanceResponse,
  ListClustersResponse,
  ListModelsQueryInput,
  ListModelsResponse,
  ModelClusterDiagnosis,
  ModelDetailResponse,
  ModelDiagnosisResponse,
  MetricsRange,
  ModelMetricsResponse,
} from '@llmd/plugin-llmd-common';
import type { LlmdApi, ModelRef } from './LlmdApi';

/**
 * Dependencies of {@link LlmdClient}.
 *
 * @public
 */
export interface LlmdClientOptions {
  readonly discoveryApi: DiscoveryApi;
  readonly fetchApi: FetchApi;
}

/** `?a=1&b=2` of the defined values, or the empty string. */
function searchOf(
  query: Readonly<Record<string, string | number | undefined>>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

const modelPath = (ref: ModelRef) =>
  `/models/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(
    ref.name,
  )}`;

/**
 * {@link LlmdApi} over HTTP. Requests go through the app's `fetchApi`, which adds the user's Backstage token; the
 * minted model token travels only in the POST response body, never in a URL.
 * @public
 */
export class LlmdClient implements LlmdApi {
  constructor(private readonly options: LlmdClientOptions) {}

  listClusters(): Promise<ListClustersResponse> {
    return this.request('/clusters');
  }

  listModels(query: ListModelsQueryInput = {}): Promise<ListModelsResponse> {
    return this.request(`/models${searchOf(query)}`);
  }

  getModel(ref: ModelRef): Promise<ModelDetailResponse> {
    return this.request(modelPath(ref));
  }

  createToken(
    ref: ModelRef,
    request: CreateModelTokenRequest,
  ): Promise<CreateModelTokenResponse> {
    return this.request(`${modelPath(ref)}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      // the answer holds a secret: keep it out of every HTTP cache
      cache: 'no-store',
    });
  }

  getGovernance(query: GovernanceQueryInput = {}): Promise<GovernanceResponse> {
    return this.request(`/governance${searchOf(query)}`);
  }

  getClusterPreflight(cluster: string): Promise<ClusterPreflightResponse> {
    return this.request(`/clusters/${encodeURIComponent(cluster)}/preflight`);
  }

  getModelDiagnosis(
    ref: ModelRef & { readonly cluster?: string },
  ): Promise<ModelDiagnosisResponse> {
    const search = ref.cluster
      ? `?${new URLSearchParams({ cluster: ref.cluster })}`
      : '';
    return this.request(`${modelPath(ref)}/diagnosis${search}`);
  }

  probeModel(
    ref: ModelRef & { readonly cluster: string },
  ): Promise<ModelClusterDiagnosis> {
    const search = new URLSearchParams({ cluster: ref.cluster });
    return this.request(`${modelPath(ref)}/probe?${search}`, {
      method: 'POST',
      // a probe is an action with a fresh answer each time: never served from a cache
      cache: 'no-store',
    });
  }

  getModelMetrics(
    ref: ModelRef & {
      readonly cluster?: string;
      readonly range?: MetricsRange;
    },
  ): Promise<ModelMetricsResponse> {
    const { cluster, range } = ref;
    return this.request(
      `${modelPath(ref)}/metrics${searchOf({ cluster, range })}`,
    );
  }

  getFleetMetrics(request: FleetMetricsRequest): Promise<FleetMetricsResponse> {
    // a POST because a page of 500 model refs does not fit in a URL
    return this.request('/metrics/fleet', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('llmd');
    const response = await this.options.fetchApi.fetch(
      `${baseUrl}${path}`,
      init,
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
