import {
  diagnoseModel,
  type KubeObjectLike,
  type ModelClusterDiagnosis,
  type ModelProbeResult,
} from '@llmd/plugin-llmd-common';
import {
  type LlmdClusterCache,
  reachabilitySourceOf,
} from '@llmd/plugin-llmd-node';
import type { ModelProber } from './ModelProber';

/** Diagnoses one model of the cluster {@link modelDiagnoser} was made for. */
export type ModelDiagnoser = (
  llmInferenceService: KubeObjectLike,
  /** A probe result to report instead of the cached one (the probe route's fresh result). */
  probe?: ModelProbeResult,
) => ModelClusterDiagnosis;

/**
 * The reachability diagnosis of models of one cluster, read from the watch cache only (no API-server request) with
 * the last probe result when one is fresh; made once per request and cluster, used for each model.
 */
export function modelDiagnoser(
  cache: LlmdClusterCache,
  prober: ModelProber,
  cluster: string,
): ModelDiagnoser {
  const source = reachabilitySourceOf(cache, cluster);
  const probeEnabled = prober.enabled(cluster);
  return (llmInferenceService, probe) => {
    const { namespace = '', name } = llmInferenceService.metadata;
    const lastProbe =
      probe ??
      (probeEnabled ? prober.cached({ cluster, namespace, name }) : undefined);
    return diagnoseModel({
      cluster,
      llmInferenceService,
      source,
      probeEnabled,
      ...(lastProbe && { probe: lastProbe }),
    });
  };
}
