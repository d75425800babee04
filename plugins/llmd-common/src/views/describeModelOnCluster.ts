import type { ModelClusterDetail, SchedulerEppDialect } from '../api';
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
  detectClusterEppDialect,
  detectModelEppDialect,
} from '../models/detectSchedulerEppDialect';
import {
  resolveModelEppConfig,
  type ResolveModelEppConfigOptions,
} from '../models/resolveModelEppConfig';

/** Input of {@link describeModelOnCluster}. */
export interface DescribeModelOnClusterInput
  extends DeriveModelEndpointsOptions,
    ResolveModelEppConfigOptions {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  /** The cluster cannot be reached; the objects are its last known state. */
  readonly stale?: boolean;
  /**
   * The cluster's scheduler dialect with its evidence (read once per cluster); when absent it is detected from
   * `lookup`, with `clusterDialect` as the configured one.
   */
  readonly clusterEppDialect?: SchedulerEppDialect;
}

/**
 * The dialect of the model's scheduler (its own override, else the cluster's), and whether the model's own override
 * decided it — then it wins over what the config text looks like.
 */
function modelEppDialect(input: DescribeModelOnClusterInput): {
  eppDialect: SchedulerEppDialect;
  known: boolean;
} {
  const cluster =
    input.clusterEppDialect ??
    detectClusterEppDialect({
      lookup: input.lookup,
      systemNamespaces: input.systemNamespaces,
      configured: input.clusterDialect,
    });
  const eppDialect = detectModelEppDialect(input.llmInferenceService, {
    lookup: input.lookup,
    systemNamespaces: input.systemNamespaces,
    cluster,
  });
  const ownDecided =
    eppDialect !== cluster && eppDialect.scheduler !== cluster.scheduler;
  return { eppDialect, known: ownDecided };
}

/**
 * The detail view of one LLMInferenceService on one cluster: spec shape, conditions, endpoints, auth and the
 * resolved EPP config.
 */
export function describeModelOnCluster(
  input: DescribeModelOnClusterInput,
): ModelClusterDetail {
  const llmisvc = input.llmInferenceService;
  const conditions = readModelConditions(llmisvc);
  const owner = modelOwner(llmisvc);
  const { eppDialect, known } = modelEppDialect(input);
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
    epp: resolveModelEppConfig(llmisvc, {
      ...input,
      clusterDialect: eppDialect.id,
      schedulerDialectKnown: known,
    }),
    eppDialect,
  };
}
