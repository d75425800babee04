import { CONFIG_TEXT_FLAG_BY_SPELLING } from '../../epp/schedulerFlagSpelling';
import type { SchedulerTemplate } from '../renderTarget';

/**
 * The arguments of the EPP container `main` in OpenShift AI 3.x's well-known scheduler config
 * (`kserve-config-llm-scheduler`), copied from
 * vendor/kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml.
 *
 * On LLMInferenceService v1alpha1 the only way to give the EPP a config is `--config-text` in
 * `router.scheduler.template.containers[main].args`, and the controller's strategic merge replaces a container's
 * `args` list as a whole — so the defaults must be repeated or the EPP loses its pool, ports and TLS settings. The
 * `{{ … }}` strings are Go templates the controller fills in (pool name, namespace).
 *
 * OpenShift AI's list rather than upstream KServe v0.16.0's (vendor/kserve/upstream-v0.16.0/config/
 * llmisvcconfig/config-llm-scheduler.yaml): v1alpha1 targets OpenShift AI 3.x, whose template mounts the serving
 * certificate at /var/run/kserve/tls and serves the EPP over TLS; upstream v0.16.0 uses camelCase flags and no TLS.
 */
export const SCHEDULER_DEFAULT_ARGS_V1ALPHA1: readonly string[] = [
  '--pool-name',
  '{{ ChildName .ObjectMeta.Name `-inference-pool` }}',
  '--pool-namespace',
  '{{ .ObjectMeta.Namespace }}',
  '--pool-group',
  'inference.networking.x-k8s.io',
  '--zap-encoder',
  'json',
  '--grpc-port',
  '9002',
  '--grpc-health-port',
  '9003',
  '--secure-serving',
  '--model-server-metrics-scheme',
  'https',
  '--cert-path',
  '/var/run/kserve/tls',
];

/**
 * The arguments of the EPP container `main` in upstream KServe v0.16.0's well-known scheduler config, copied from
 * vendor/kserve/upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml: camelCase flags for
 * llm-d-inference-scheduler v0.2.0 (GIE v0.5.0 runner.go), no TLS (its TLS flags are commented out there).
 */
export const SCHEDULER_DEFAULT_ARGS_KSERVE_V016: readonly string[] = [
  '--poolName',
  '{{ ChildName .ObjectMeta.Name `-inference-pool` }}',
  '--poolNamespace',
  '{{ .ObjectMeta.Namespace }}',
  '--zap-encoder',
  'json',
  '--grpcPort',
  '9002',
  '--grpcHealthPort',
  '9003',
];

/** What a v1alpha1 render repeats of a scheduler template, and the flag it adds the config with. */
export interface SchedulerTemplateArgs {
  /** The template's arguments of container `main` (strategic merge replaces the list, so they are repeated). */
  readonly defaultArgs: readonly string[];
  /** The flag carrying the EndpointPickerConfig text in that template's spelling. */
  readonly configTextFlag: string;
}

const TEMPLATE_ARGS: Readonly<
  Record<SchedulerTemplate, SchedulerTemplateArgs>
> = {
  'openshift-ai': {
    defaultArgs: SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
    configTextFlag: CONFIG_TEXT_FLAG_BY_SPELLING['kebab-case'],
  },
  'kserve-v0.16': {
    defaultArgs: SCHEDULER_DEFAULT_ARGS_KSERVE_V016,
    configTextFlag: CONFIG_TEXT_FLAG_BY_SPELLING.camelCase,
  },
};

/** The default arguments and the config flag of a scheduler template flavour. */
export function schedulerTemplateArgs(
  template: SchedulerTemplate,
): SchedulerTemplateArgs {
  return TEMPLATE_ARGS[template];
}
