import { createApiRef } from '@backstage/core-plugin-api';
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

/**
 * Names a model service: the namespace and name of its LLMInferenceService.
 *
 * @public
 */
export interface ModelRef {
  readonly namespace: string;
  readonly name: string;
}

/**
 * Typed client of the llm-d backend (`/api/llmd`). Errors are thrown as `ResponseError` from `@backstage/errors`
 * (status and the backend's message), so components can tell "not found" and "not permitted" apart.
 * @public
 */
export interface LlmdApi {
  /** Health of every configured cluster. */
  listClusters(): Promise<ListClustersResponse>;
  /** Every model on every cluster (one row per model and cluster). */
  listModels(query?: ListModelsQueryInput): Promise<ListModelsResponse>;
  /** One model on every cluster that runs it. */
  getModel(ref: ModelRef): Promise<ModelDetailResponse>;
  /** Mints a short-lived token for the model's client ServiceAccount; the result is shown once and never kept. */
  createToken(
    ref: ModelRef,
    request: CreateModelTokenRequest,
  ): Promise<CreateModelTokenResponse>;
  /** The platform policy evaluated over the live objects: one page of the objects with findings. */
  getGovernance(query?: GovernanceQueryInput): Promise<GovernanceResponse>;
  /** What a cluster must have before any model on it can be reached: CRDs, GatewayClasses, Gateways, templates. */
  getClusterPreflight(cluster: string): Promise<ClusterPreflightResponse>;
  /** The reachability chain of a model, on every cluster that runs it or on the one named. */
  getModelDiagnosis(
    ref: ModelRef & { readonly cluster?: string },
  ): Promise<ModelDiagnosisResponse>;
  /** Probes the model's endpoint on one cluster now (anonymous and with a short-lived token) and diagnoses it again. */
  probeModel(
    ref: ModelRef & { readonly cluster: string },
  ): Promise<ModelClusterDiagnosis>;
  /** Serving metrics of a model on one cluster (the first that runs it when none is named) over a range. */
  getModelMetrics(
    ref: ModelRef & {
      readonly cluster?: string;
      readonly range?: MetricsRange;
    },
  ): Promise<ModelMetricsResponse>;
  /** Headline metrics of the models of a fleet page, in one request. */
  getFleetMetrics(request: FleetMetricsRequest): Promise<FleetMetricsResponse>;
}

/** @public */
export const llmdApiRef = createApiRef<LlmdApi>({ id: 'plugin.llmd.api' });
