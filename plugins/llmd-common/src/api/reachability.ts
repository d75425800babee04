/*
 * JSON of the reachability routes: `GET /api/llmd/clusters/:cluster/preflight` (what a cluster must have before any
 * model can be reached) and `GET /api/llmd/models/:namespace/:name/diagnosis` (the chain from Gateway to workload of
 * one model, with the fix of the first broken link). `llmd diagnose --format json` prints the same shapes.
 */

import { z } from 'zod';
import { clusterNameSchema } from './clusterName';

/**
 * Outcome of one preflight check. `unknown`: the portal's credentials may not read what the check needs (the
 * message names the missing permission), or the cluster has not synced yet.
 *
 * @public
 */
export type PreflightCheckStatus = 'ok' | 'warn' | 'fail' | 'unknown';

/**
 * The fixed ids of the preflight checks, in the order they are reported.
 *
 * @public
 */
export const PREFLIGHT_CHECK_IDS = [
  'crd-llminferenceservice',
  'crd-llminferenceserviceconfig',
  'crd-gateway-api',
  'crd-inferencepool',
  'crd-authpolicy',
  'crd-leaderworkerset',
  'crd-metallb',
  'gatewayclasses',
  'gateways',
  'scheduler-template',
] as const;

/**
 * Id of a preflight check.
 *
 * @public
 */
export type PreflightCheckId = (typeof PREFLIGHT_CHECK_IDS)[number];

/**
 * One preflight check of a cluster.
 *
 * @public
 */
export interface PreflightCheck {
  readonly id: PreflightCheckId;
  readonly status: PreflightCheckStatus;
  /** What was found, in words (served versions, which Gateway lacks an address, ...). */
  readonly message: string;
  /** What to do, in words; set when the status is not `ok`. */
  readonly fix?: string;
  /** The objects the check is about, as `Kind namespace/name` or `Kind name`. */
  readonly objects?: readonly string[];
}

/**
 * A CRD the preflight found, with the versions it serves.
 *
 * @public
 */
export interface InstalledCrd {
  /** `plural.group`, e.g. `llminferenceservices.serving.kserve.io`. */
  readonly name: string;
  readonly servedVersions: readonly string[];
  /** `Established=True`. */
  readonly established: boolean;
  /** The `gateway.networking.k8s.io/bundle-version` annotation of Gateway API CRDs (e.g. `v1.2.1`). */
  readonly bundleVersion?: string;
}

/**
 * Response of `GET /api/llmd/clusters/:cluster/preflight`.
 *
 * @public
 */
export interface ClusterPreflightResponse {
  readonly cluster: string;
  /** Worst status of the checks (`unknown` ranks below `fail`, above `warn`). */
  readonly status: PreflightCheckStatus;
  readonly checks: readonly PreflightCheck[];
  /** The relevant CRDs found; absent when CRDs may not be read. */
  readonly crds?: readonly InstalledCrd[];
}

/**
 * The fixed ids of the diagnosis steps, in chain order: from the cluster's CRDs through the Gateway, its listener
 * admitting the model's namespace, the HTTPRoute, auth, the InferencePool, the scheduler and model workloads to the
 * URL and the optional active probe.
 *
 * @public
 */
export const DIAGNOSIS_STEP_IDS = [
  'crds',
  'gateway',
  'gateway-address',
  'namespace-admitted',
  'httproute',
  'auth',
  'inferencepool',
  'scheduler',
  'workload',
  'url',
  'probe',
] as const;

/**
 * Id of a diagnosis step.
 *
 * @public
 */
export type DiagnosisStepId = (typeof DIAGNOSIS_STEP_IDS)[number];

/**
 * Outcome of one diagnosis step; `skip` when the step does not apply (no Gateway for a model without a router, no
 * probe when probing is off).
 *
 * @public
 */
export type DiagnosisStepStatus = 'ok' | 'warn' | 'fail' | 'unknown' | 'skip';

/**
 * One link of the reachability chain of a model.
 *
 * @public
 */
export interface DiagnosisStep {
  readonly id: DiagnosisStepId;
  readonly status: DiagnosisStepStatus;
  /** The object the step looked at, as `Kind namespace/name`. */
  readonly object?: string;
  readonly message: string;
  /** What to do, in words; set on the first failing step at least. */
  readonly fix?: string;
}

/**
 * Whether clients can reach a model on a cluster: `unreachable` when a step fails, `degraded` when one warns (e.g.
 * only an in-cluster URL, some replicas not ready), `unknown` when a step could not be evaluated before any failure.
 *
 * @public
 */
export type ReachabilityVerdict =
  | 'reachable'
  | 'unreachable'
  | 'degraded'
  | 'unknown';

/**
 * One request of an active probe (`GET <endpoint>/v1/models`).
 *
 * @public
 */
export interface ProbeRequestResult {
  /** HTTP status; absent when the request failed (timeout, connection refused, TLS). */
  readonly status?: number;
  readonly latencyMs: number;
  /** The failure in words, without credentials. */
  readonly error?: string;
  /** Model ids `/v1/models` listed (authenticated request). */
  readonly models?: readonly string[];
}

/**
 * The last active probe of a model on a cluster (the backend keeps it for 30 s).
 *
 * @public
 */
export interface ModelProbeResult {
  /** The URL probed (the model's endpoint + `/v1/models`); never carries a token. */
  readonly url: string;
  /** ISO time. */
  readonly probedAt: string;
  /** Without a token: 401/403 expected when auth is on, 200 when it is off. */
  readonly anonymous: ProbeRequestResult;
  /** With a freshly minted short-lived token; absent when auth is off or no token could be minted. */
  readonly authenticated?: ProbeRequestResult;
}

/**
 * The diagnosis of a model on one cluster.
 *
 * @public
 */
export interface ModelClusterDiagnosis {
  readonly cluster: string;
  readonly verdict: ReachabilityVerdict;
  /** Every step of {@link DIAGNOSIS_STEP_IDS}, in that order. */
  readonly steps: readonly DiagnosisStep[];
  /** ISO time of the probe the `probe` step reports. */
  readonly probedAt?: string;
  readonly probe?: ModelProbeResult;
}

/**
 * Response of `GET /api/llmd/models/:namespace/:name/diagnosis`.
 *
 * @public
 */
export interface ModelDiagnosisResponse {
  readonly namespace: string;
  readonly name: string;
  readonly clusters: readonly ModelClusterDiagnosis[];
}

/**
 * The reachability of a model in the fleet list (`ModelSummary.reachability`): the verdict and the first step that
 * is not ok.
 *
 * @public
 */
export interface ModelReachabilitySummary {
  readonly verdict: ReachabilityVerdict;
  readonly step?: DiagnosisStepId;
  readonly message?: string;
}

/**
 * Path parameters of `GET /api/llmd/clusters/:cluster/preflight`.
 *
 * @public
 */
export const clusterPreflightParamsSchema = z.object({
  cluster: clusterNameSchema,
});

/**
 * Query of `GET /api/llmd/models/:namespace/:name/diagnosis`: optionally one cluster. Strict, like every query.
 *
 * @public
 */
export const modelDiagnosisQuerySchema = z
  .object({ cluster: clusterNameSchema.optional() })
  .strict();

/**
 * Query of `POST /api/llmd/models/:namespace/:name/probe`: the cluster to probe the model on.
 *
 * @public
 */
export const modelProbeQuerySchema = z
  .object({ cluster: clusterNameSchema })
  .strict();
