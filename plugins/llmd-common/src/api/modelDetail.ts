import { z } from 'zod';
import type {
  EndpointPickerConfigDescription,
  EndpointPickerConfigLintResult,
  EppDiagnostic,
} from '../epp';
import { dnsLabel, dnsSubdomain } from '../kube/dnsNames';
import type { GovernanceFinding } from './governance';
import type { ModelEndpoint } from './modelEndpoint';
import type { ModelReplicas } from './modelSummary';
import type { SchedulerEppDialect } from './schedulerEppDialect';

/**
 * A status condition of an LLMInferenceService (Ready, WorkloadsReady, RouterReady, ...).
 *
 * @public
 */
export interface ModelCondition {
  readonly type: string;
  readonly status: 'True' | 'False' | 'Unknown';
  readonly reason?: string;
  readonly message?: string;
  readonly lastTransitionTime?: string;
  readonly severity?: string;
}

/**
 * The deployment shape from the spec (what was asked for, not what runs).
 *
 * @public
 */
export interface ModelSpecSummary {
  /** `serving.kserve.io/v1alpha1` or `serving.kserve.io/v1alpha2`. */
  readonly apiVersion: string;
  /** `spec.model.uri` (hf://, oci://, pvc://, ...). */
  readonly modelUri?: string;
  /** The served model name (`spec.model.name`, else the object name). */
  readonly modelName: string;
  readonly replicas: ModelReplicas;
  /**
   * GPUs (`nvidia.com/gpu`, `amd.com/gpu`, limits else requests) of container `main` per pod of each pool, and the
   * total over all replicas; the total is left out for multi-node (LeaderWorkerSet) pools whose size the spec does not
   * state.
   */
  readonly gpus: {
    readonly decodePerPod: number;
    readonly prefillPerPod?: number;
    readonly total?: number;
  };
  /** `spec.parallelism` of the decode pool as written (sizes, and `expert: true` for expert parallelism). */
  readonly parallelism: Readonly<Record<string, number | boolean>>;
  /** Tensor parallelism of the decode pool (1 when unset). */
  readonly tensorParallel: number;
  /** A pool runs across nodes (`spec.worker` or `spec.prefill.worker`). */
  readonly multiNode: boolean;
}

/**
 * Where the EndpointPickerConfig a model runs with comes from (see the backend README for the resolution order).
 *
 * @public
 */
export type EppConfigSource =
  /** `--config-text` of the scheduler container `main` in the model's own spec (v1alpha1 style). */
  | 'config-text-arg'
  /** `--config-file` of the scheduler container `main` in the model's own spec. */
  | 'config-file-arg'
  /** `spec.router.scheduler.config.inline` of the model (v1alpha2 style). */
  | 'inline'
  /** `spec.router.scheduler.config.ref`: a key of a ConfigMap. */
  | 'configmap-ref'
  /** An LLMInferenceServiceConfig of `spec.baseRefs`. */
  | 'base-ref'
  /** What the controller applies when the model sets nothing: its well-known scheduler preset or the EPP's built-in default. */
  | 'controller-default';

/**
 * How a config layer passes the EndpointPickerConfig.
 *
 * @public
 */
export type EppConfigMechanism =
  | 'config-text-arg'
  | 'config-file-arg'
  | 'inline'
  | 'configmap-ref';

/**
 * An object the resolution read.
 *
 * @public
 */
export interface EppConfigObjectRef {
  readonly kind: 'LLMInferenceService' | 'LLMInferenceServiceConfig';
  readonly namespace: string;
  readonly name: string;
}

/**
 * Lint result of the resolved config (the typed config itself is left out: `description` is what UIs draw).
 *
 * @public
 */
export type ModelEppLint = Omit<EndpointPickerConfigLintResult, 'config'>;

/**
 * The EndpointPickerConfig a model runs with, linted and described.
 *
 * @public
 */
export interface ModelEppConfig {
  readonly source: EppConfigSource;
  /** How the deciding layer passes the config; for `base-ref` and `controller-default` the mechanism inside it. */
  readonly mechanism?: EppConfigMechanism;
  /** The object whose spec decided (the model, a base config or the controller's preset). */
  readonly origin?: EppConfigObjectRef;
  /** The ConfigMap key the text was (or would be) read from. */
  readonly configMap?: {
    readonly namespace: string;
    readonly name: string;
    readonly key: string;
  };
  /** Why the text is missing or anything else worth knowing about the resolution. */
  readonly note?: string;
  /** Dialect the config is linted and described with. */
  readonly dialect: string;
  /** The cluster's default dialect, or detected from the text when the model brings its own scheduler image. */
  readonly dialectSource: 'cluster-default' | 'detected';
  /** Why the detected dialect was chosen. */
  readonly dialectReason?: string;
  /** The config text; undefined when the EPP runs its built-in default or the text could not be read. */
  readonly text?: string;
  readonly lint?: ModelEppLint;
  /** How requests are routed (profiles: Filter → Score → Pick), for drawing; absent for unreadable configs. */
  readonly description?: EndpointPickerConfigDescription;
  /** Set when nothing passes the EPP a config: what that scheduler version runs then (in `dialect`). */
  readonly builtIn?: ModelBuiltInEppConfig;
}

/**
 * What an EPP runs when no config is passed: the loader's built-in default, or nothing, because it cannot start.
 *
 * @public
 */
export type ModelBuiltInEppConfig =
  | {
      readonly kind: 'built-in-default';
      /** The default as an EndpointPickerConfig (with the plugins the loader adds written out). */
      readonly text: string;
      /** What the loader adds beyond `text`. */
      readonly notes: readonly string[];
      readonly description?: EndpointPickerConfigDescription;
    }
  | {
      readonly kind: 'cannot-start';
      /** The error finding (code `epp-config-required`). */
      readonly diagnostic: EppDiagnostic;
    };

/**
 * One cluster's view of a model service.
 *
 * @public
 */
export interface ModelClusterDetail {
  readonly cluster: string;
  /** The cluster cannot be reached; this is its last known state. */
  readonly stale: boolean;
  readonly displayName: string;
  readonly owner?: string;
  readonly spec: ModelSpecSummary;
  readonly conditions: readonly ModelCondition[];
  /** The `Ready` condition is `True`. */
  readonly ready: boolean;
  /** Most authoritative first. */
  readonly endpoints: readonly ModelEndpoint[];
  /** The Gateways the model attaches to (`spec.router.gateway`), in spec order; empty without a gateway section. */
  readonly gateways: readonly {
    readonly namespace: string;
    readonly name: string;
    /** The listener the route attaches to, when the ref names one. */
    readonly sectionName?: string;
  }[];
  readonly authEnabled: boolean;
  /** The ServiceAccount minted tokens belong to (created by the model's access.yaml). */
  readonly clientServiceAccount: string;
  readonly epp: ModelEppConfig;
  /** The dialect of the scheduler this model's EPP runs, and why (the cluster's, or the model's own override). */
  readonly eppDialect: SchedulerEppDialect;
  /** Policy findings on the live object; absent when no policy is configured. */
  readonly findings?: readonly GovernanceFinding[];
}

/**
 * Response of `GET /api/llmd/models/:namespace/:name`: the model on every cluster that runs it.
 *
 * @public
 */
export interface ModelDetailResponse {
  readonly namespace: string;
  readonly name: string;
  readonly entityRef: string;
  readonly clusters: readonly ModelClusterDetail[];
  /** Token lifetimes the backend grants (`llmd.tokens.maxTtlSeconds` caps requests). */
  readonly tokens: {
    readonly minTtlSeconds: number;
    readonly defaultTtlSeconds: number;
    readonly maxTtlSeconds: number;
  };
}

/**
 * Path parameters naming a model service.
 *
 * @public
 */
export const modelRefParamsSchema = z.object({
  namespace: dnsLabel,
  name: dnsSubdomain,
});
