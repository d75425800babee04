import { NotFoundError } from '@backstage/errors';
import type { ModelDiagnosisResponse } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';
import { modelOnClusters } from '../modelOnClusters';
import { modelDiagnoser } from './modelDiagnoser';
import type { ModelProber } from './ModelProber';

/** Which model to diagnose, optionally on one cluster only. */
export interface ModelDiagnosisRequest {
  readonly namespace: string;
  readonly name: string;
  readonly cluster?: string;
}

/**
 * The reachability diagnosis of a model on every cluster that has it (or on the one asked for), from the cache.
 *
 * @throws NotFoundError for an unknown cluster, or when no (such) cluster has the model
 */
export function diagnoseModelAcrossClusters(
  cache: LlmdClusterCache,
  prober: ModelProber,
  { namespace, name, cluster }: ModelDiagnosisRequest,
): ModelDiagnosisResponse {
  if (cluster !== undefined && !cache.getCluster(cluster)) {
    throw new NotFoundError(`No cluster named ${cluster}`);
  }
  const clusters = modelOnClusters(cache, namespace, name, cluster).map(
    ({ health, object }) => modelDiagnoser(cache, prober, health.name)(object),
  );
  if (clusters.length === 0) {
    throw new NotFoundError(
      `No model service ${namespace}/${name}${
        cluster === undefined ? '' : ` on cluster ${cluster}`
      }`,
    );
  }
  return { namespace, name, clusters };
}
