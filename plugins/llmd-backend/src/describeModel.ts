import {
  describeModelOnCluster,
  isSchedulerEppDialectCertain,
  type ModelDetailResponse,
  modelEntityRef,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { clusterContext } from './clusterContext';
import type { FleetGovernance } from './governance/FleetGovernance';
import { modelOnClusters } from './modelOnClusters';

/** A model on every cluster that has it; undefined when none does. */
export function describeModel(
  cache: LlmdClusterCache,
  namespace: string,
  name: string,
  governance?: FleetGovernance,
): Omit<ModelDetailResponse, 'tokens'> | undefined {
  const clusters = modelOnClusters(cache, namespace, name).map(
    ({ health, object }) => {
      const context = clusterContext(cache, health);
      const detail = describeModelOnCluster({
        ...context,
        llmInferenceService: object,
      });
      const findings = governance?.findingsOf(object, {
        eppDialect: detail.eppDialect.id,
        eppDialectUncertain: !isSchedulerEppDialectCertain(detail.eppDialect),
        epp: detail.epp,
      });
      return { ...detail, ...(findings && { findings }) };
    },
  );
  if (clusters.length === 0) return undefined;
  return {
    namespace,
    name,
    entityRef: modelEntityRef(namespace, name),
    clusters,
  };
}
