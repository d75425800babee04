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

/** The EPP flag that carries the EndpointPickerConfig as text. */
export const EPP_CONFIG_TEXT_FLAG = '--config-text';
