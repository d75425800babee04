import type { ModelSummary } from '../api';
import { modelEntityRef } from '../catalog/modelEntityRef';
import {
  deriveModelEndpoints,
  type DeriveModelEndpointsOptions,
} from '../endpoints/deriveModelEndpoints';
import type { KubeObjectLike } from './kubeObject';
import { isModelReady, readModelConditions } from './modelConditions';
import {
  isAuthEnabled,
  modelDisplayName,
  modelOwner,
  servedModelName,
} from './modelMetadata';
import { modelReplicas } from './modelSpecSummary';

/** Input of {@link summarizeModel}. */
export interface SummarizeModelInput extends DeriveModelEndpointsOptions {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** The cluster cannot be reached; the object is its last known state. */
  readonly stale?: boolean;
}

/** The list view of one LLMInferenceService on one cluster. */
export function summarizeModel(input: SummarizeModelInput): ModelSummary {
  const llmisvc = input.llmInferenceService;
  const namespace = llmisvc.metadata.namespace ?? '';
  const owner = modelOwner(llmisvc);
  return {
    cluster: input.cluster,
    namespace,
    name: llmisvc.metadata.name,
    entityRef: modelEntityRef(namespace, llmisvc.metadata.name),
    displayName: modelDisplayName(llmisvc),
    ...(owner && { owner }),
    modelName: servedModelName(llmisvc),
    ready: isModelReady(readModelConditions(llmisvc)),
    replicas: modelReplicas(llmisvc),
    authEnabled: isAuthEnabled(llmisvc),
    endpoints: deriveModelEndpoints(llmisvc, input).map(e => e.baseUrl),
    stale: input.stale ?? false,
  };
}
