import type { GovernanceCounts, ModelEppConfig, ModelSummary } from '../api';
import { detectRoutingPreset } from '../catalog/detectRoutingPreset';
import { modelEntityRef } from '../catalog/modelEntityRef';
import {
  deriveModelEndpoints,
  type DeriveModelEndpointsOptions,
} from '../endpoints/deriveModelEndpoints';
import type { KubeObjectLike } from '../kube/kubeObject';
import { isModelReady, readModelConditions } from '../models/modelConditions';
import {
  isAuthEnabled,
  modelDisplayName,
  modelOwner,
  servedModelName,
} from '../models/modelMetadata';
import { summarizeModelSpec } from '../models/modelSpecSummary';

/**
 * Input of {@link summarizeModel}.
 *
 * @public
 */
export interface SummarizeModelInput extends DeriveModelEndpointsOptions {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** The cluster cannot be reached; the object is its last known state. */
  readonly stale?: boolean;
  /** Policy findings on the object, when a policy is configured. */
  readonly findings?: GovernanceCounts;
  /**
   * The EPP config the model runs with ({@link resolveModelEppConfig}), when the caller has the cluster's objects at
   * hand: gives the routing preset and the lint counts.
   */
  readonly epp?: ModelEppConfig;
}

/**
 * The list view of one LLMInferenceService on one cluster.
 *
 * @public
 */
export function summarizeModel(input: SummarizeModelInput): ModelSummary {
  const llmisvc = input.llmInferenceService;
  const namespace = llmisvc.metadata.namespace ?? '';
  const owner = modelOwner(llmisvc);
  const spec = summarizeModelSpec(llmisvc);
  const epp = input.epp;
  const routingPreset = epp && detectRoutingPreset(epp);
  const diagnostics = epp?.lint?.diagnostics ?? [];
  return {
    cluster: input.cluster,
    namespace,
    name: llmisvc.metadata.name,
    entityRef: modelEntityRef(namespace, llmisvc.metadata.name),
    displayName: modelDisplayName(llmisvc),
    ...(owner && { owner }),
    modelName: servedModelName(llmisvc),
    ready: isModelReady(readModelConditions(llmisvc)),
    replicas: spec.replicas,
    authEnabled: isAuthEnabled(llmisvc),
    endpoints: deriveModelEndpoints(llmisvc, input).map(e => e.baseUrl),
    stale: input.stale ?? false,
    ...(spec.gpus.total !== undefined && { gpus: spec.gpus.total }),
    ...(routingPreset && { routingPreset }),
    ...(epp?.lint && {
      eppLint: {
        errors: diagnostics.filter(d => d.severity === 'error').length,
        warnings: diagnostics.filter(d => d.severity === 'warning').length,
      },
    }),
    ...(input.findings && { findings: input.findings }),
  };
}
