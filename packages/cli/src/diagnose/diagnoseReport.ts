import type {
  ClusterPreflightResponse,
  ModelClusterDiagnosis,
} from '@llmd/plugin-llmd-common';

/** One model in `llmd diagnose` output: the API's `clusters[0]` of its diagnosis, with the model's name. */
export interface DiagnosedModel extends ModelClusterDiagnosis {
  readonly namespace: string;
  readonly name: string;
}

/** What `llmd diagnose --format json` prints. */
export interface DiagnoseReport {
  readonly preflight: ClusterPreflightResponse;
  readonly models: readonly DiagnosedModel[];
}
