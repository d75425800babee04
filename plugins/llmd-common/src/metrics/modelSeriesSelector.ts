import { promString } from './promSelector';

/**
 * How a model's series are told apart: by OpenShift AI's PodMonitor/ServiceMonitor labels, or by the pod labels the
 * KServe controller sets, as a `kubernetes_sd` labelmap writes them (upstream).
 *
 * @public
 */
export type ModelSelectorKind = 'llm_isvc_name' | 'pod-labels';

/**
 * Label holding the LLMInferenceService name, per selector kind.
 *
 * @public
 */
export const MODEL_NAME_LABELS: Readonly<Record<ModelSelectorKind, string>> = {
  llm_isvc_name: 'llm_isvc_name',
  'pod-labels': 'app_kubernetes_io_name',
};

/**
 * Labels holding a vLLM pod's P/D role (`prefill`, `decode`, `both`): OpenShift AI's and the pod label's.
 * Negative matchers on both select the pods clients' requests end on, whichever labelling is in use.
 *
 * @public
 */
export const ROLE_LABELS = ['llm_isvc_role', 'llm_d_ai_role'] as const;

/**
 * The label matchers (without braces) of one model's series: `namespace="ns",llm_isvc_name="name"`.
 *
 * @public
 */
export function modelMatchers(
  kind: ModelSelectorKind,
  namespace: string,
  name: string,
): string {
  return `namespace=${promString(namespace)},${
    MODEL_NAME_LABELS[kind]
  }=${promString(name)}`;
}

/**
 * Matchers that leave out prefill pods (a P/D request is counted once, where it is decoded and answered).
 *
 * @public
 */
export function notPrefillMatchers(): string {
  return ROLE_LABELS.map(label => `${label}!="prefill"`).join(',');
}

/**
 * Which selector finds the model, given the label sets of its series (from `/api/v1/series` matching either
 * selector); undefined when there are none.
 *
 * @public
 */
export function detectModelSelector(
  series: readonly Readonly<Record<string, string>>[],
  namespace: string,
  name: string,
): ModelSelectorKind | undefined {
  const ours = series.filter(labels => labels.namespace === namespace);
  if (ours.some(labels => labels.llm_isvc_name === name)) {
    return 'llm_isvc_name';
  }
  if (ours.some(labels => labels.app_kubernetes_io_name === name)) {
    return 'pod-labels';
  }
  return undefined;
}

/**
 * The `match[]` selectors that find a model's series of `seriesName` under either labelling, for
 * `/api/v1/series`; {@link detectModelSelector} reads the answer.
 *
 * @public
 */
export function modelSelectorProbes(
  seriesName: string,
  namespace: string,
  name: string,
): string[] {
  return (['llm_isvc_name', 'pod-labels'] as const).map(
    kind => `${seriesName}{${modelMatchers(kind, namespace, name)}}`,
  );
}
