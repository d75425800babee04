import {
  describeModelOnCluster,
  isSchedulerEppDialectCertain,
  type ModelDetailResponse,
  modelEntityRef,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterContext } from './clusterContext';
import type { FleetGovernance } from './governance/FleetGovernance';

/** A model on every cluster that has it; undefined when none does. */
export function describeModel(
  cache: LlmdClusterCache,
  namespace: string,
  name: string,
  governance?: FleetGovernance,
): Omit<ModelDetailResponse, 'tokens'> | undefined {
  const clusters = cache.listClusters().flatMap(health => {
    const found = cache.get(
      health.name,
      'LLMInferenceService',
      namespace,
      name,
    );
    if (!found) return [];
    const context = clusterContext(cache, health);
    const detail = describeModelOnCluster({
      ...context,
      llmInferenceService: found.object,
    });
    const findings = governance?.findingsOf(found.object, {
      eppDialect: detail.eppDialect.id,
      eppDialectUncertain: !isSchedulerEppDialectCertain(detail.eppDialect),
      epp: detail.epp,
    });
    return [{ ...detail, ...(findings && { findings }) }];
  });
  if (clusters.length === 0) return undefined;
  return {
    namespace,
    name,
    entityRef: modelEntityRef(namespace, name),
    clusters,
  };
}
