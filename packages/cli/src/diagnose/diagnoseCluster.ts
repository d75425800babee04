import {
  diagnoseModel,
  evaluateClusterPreflight,
  type KindAccess,
} from '@llmd/plugin-llmd-common';
import { readReachabilitySnapshot } from '@llmd/plugin-llmd-node';
import type { DiagnosedModel, DiagnoseReport } from './diagnoseReport';
import { probeModel } from './probeModel';
import { probeStepForCli } from './probeStepForCli';
import type { KubeconfigTarget } from './readKubeconfigTarget';

/** Which cluster and models to diagnose. */
export interface DiagnoseRequest {
  readonly kubeconfigFile: string;
  readonly target: KubeconfigTarget;
  readonly namespace?: string;
  readonly name?: string;
  /** Request each model's endpoint (anonymously, and with a minted token when auth is on). */
  readonly probe: boolean;
}

/**
 * Reads the cluster once with the user's credentials and evaluates it as the portal does: the preflight, then each
 * matching model's chain (with its probe when asked). `modelAccess` tells why no model was found, when none was.
 */
export async function diagnoseCluster(
  request: DiagnoseRequest,
): Promise<{ report: DiagnoseReport; modelAccess: KindAccess }> {
  const snapshot = await readReachabilitySnapshot({
    kubeconfigFile: request.kubeconfigFile,
    context: request.target.context,
    namespace: request.namespace,
    name: request.name,
  });
  const { cluster, source } = snapshot;
  const preflight = evaluateClusterPreflight({
    cluster,
    source,
    llmisvcApiVersion: snapshot.llmisvcApiVersion,
  });
  const models: DiagnosedModel[] = [];
  // One model at a time: a CLI run probes a handful of models, and the output keeps their order.
  for (const model of snapshot.models) {
    const probe = request.probe
      ? await probeModel(request.target.kubeConfig, source, model)
      : undefined;
    const diagnosis = diagnoseModel({
      cluster,
      llmInferenceService: model,
      source,
      ...(probe && { probe: probe.result }),
      probeEnabled: request.probe,
    });
    models.push({
      namespace: model.metadata.namespace ?? '',
      name: model.metadata.name,
      ...diagnosis,
      steps: diagnosis.steps.map(step =>
        probeStepForCli(step, request.probe, probe?.tokenError),
      ),
    });
  }
  return {
    report: { preflight, models },
    modelAccess: source.access('LLMInferenceService'),
  };
}
