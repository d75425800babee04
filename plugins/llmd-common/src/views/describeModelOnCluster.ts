import type { ModelClusterDetail } from '../api';
import {
  deriveModelEndpoints,
  type DeriveModelEndpointsOptions,
} from '../endpoints/deriveModelEndpoints';
import { gatewayRefsOf } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { isModelReady, readModelConditions } from '../models/modelConditions';
import { modelClientServiceAccountName } from '../render/model/renderModelAccess';
import {
  isAuthEnabled,
  modelDisplayName,
  modelOwner,
} from '../models/modelMetadata';
import { summarizeModelSpec } from '../models/modelSpecSummary';
import {
  resolveModelEppWithDialect,
  type ResolveModelEppWithDialectOptions,
} from '../models/resolveModelEppWithDialect';

/**
 * Input of {@link describeModelOnCluster}.
 *
 * @public
 */
export interface DescribeModelOnClusterInput
  extends DeriveModelEndpointsOptions,
    ResolveModelEppWithDialectOptions {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** The cluster cannot be reached; the objects are its last known state. */
  readonly stale?: boolean;
}

/**
 * The detail view of one LLMInferenceService on one cluster: spec shape, conditions, endpoints, auth and the
 * resolved EPP config.
 *
 * @public
 */
export function describeModelOnCluster(
  input: DescribeModelOnClusterInput,
): ModelClusterDetail {
  const llmisvc = input.llmInferenceService;
  const conditions = readModelConditions(llmisvc);
  const owner = modelOwner(llmisvc);
  const { epp, eppDialect } = resolveModelEppWithDialect(llmisvc, input);
  return {
    cluster: input.cluster,
    stale: input.stale ?? false,
    displayName: modelDisplayName(llmisvc),
    ...(owner && { owner }),
    spec: summarizeModelSpec(llmisvc),
    conditions,
    ready: isModelReady(conditions),
    endpoints: deriveModelEndpoints(llmisvc, input),
    gateways: gatewayRefsOf(llmisvc, input.defaultGateway).map(
      ({ namespace, name, sectionName }) => ({
        namespace,
        name,
        ...(sectionName && { sectionName }),
      }),
    ),
    authEnabled: isAuthEnabled(llmisvc),
    clientServiceAccount: modelClientServiceAccountName(llmisvc.metadata.name),
    epp,
    eppDialect,
  };
}
