import type { EppConfigSource } from '../api';

const PATHS: Record<EppConfigSource, string> = {
  'config-text-arg': 'spec.router.scheduler.template.containers',
  'config-file-arg': 'spec.router.scheduler.template.containers',
  inline: 'spec.router.scheduler.config.inline',
  'configmap-ref': 'spec.router.scheduler.config.ref',
  'base-ref': 'spec.baseRefs',
  'controller-default': 'spec.router.scheduler',
};

/**
 * The field of an LLMInferenceService that leads to the EPP config it runs with, by where the config came from
 * ({@link resolveModelEppConfig}): where a finding about that config should point the reader.
 *
 * @public
 */
export function eppConfigFieldPath(source: EppConfigSource): string {
  return PATHS[source];
}
