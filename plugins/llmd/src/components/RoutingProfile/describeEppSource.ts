import type {
  EppConfigMechanism,
  EppConfigObjectRef,
  ModelEppConfig,
} from '@llmd/plugin-llmd-common';

/*
 * Words for the header of the routing profile: where the EndpointPickerConfig comes from and which dialect it is
 * read with. Kept pure so every source/mechanism combination the backend resolves is tested without rendering.
 */

const objectWords = (ref: EppConfigObjectRef) =>
  `${ref.kind} ${ref.namespace}/${ref.name}`;

function configMapWords(epp: ModelEppConfig): string | undefined {
  const cm = epp.configMap;
  return cm && `ConfigMap ${cm.namespace}/${cm.name} key ${cm.key}`;
}

/** How a layer passes the config, e.g. "inline in spec.router.scheduler.config". */
function mechanismWords(
  mechanism: EppConfigMechanism,
  epp: ModelEppConfig,
): string {
  switch (mechanism) {
    case 'config-text-arg':
      return '--config-text of scheduler container main';
    case 'config-file-arg': {
      const cm = configMapWords(epp);
      return `--config-file of scheduler container main${cm ? ` (${cm})` : ''}`;
    }
    case 'inline':
      return 'inline in spec.router.scheduler.config';
    case 'configmap-ref':
      return `${
        configMapWords(epp) ?? 'a ConfigMap'
      } (spec.router.scheduler.config.ref)`;
    default:
      return String(mechanism);
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where a model's EndpointPickerConfig comes from, in words: e.g. "Inline in spec.router.scheduler.config of
 * LLMInferenceService team-a/m", "ConfigMap team-a/x key config.yaml (spec.router.scheduler.config.ref) of …",
 * "Controller default preset LLMInferenceServiceConfig …" or "Controller default (no EPP configuration set)".
 */
export function describeEppSource(epp: ModelEppConfig): string {
  const of = epp.origin ? ` of ${objectWords(epp.origin)}` : '';
  const how = epp.mechanism && mechanismWords(epp.mechanism, epp);
  switch (epp.source) {
    case 'config-text-arg':
    case 'config-file-arg':
    case 'inline':
    case 'configmap-ref':
      return `${capitalize(
        mechanismWords(epp.mechanism ?? epp.source, epp),
      )}${of}`;
    case 'base-ref':
      return `Base config ${
        epp.origin ? objectWords(epp.origin) : '(spec.baseRefs)'
      }${how ? `, ${how}` : ''}`;
    case 'controller-default':
      if (epp.origin?.kind === 'LLMInferenceServiceConfig') {
        return `Controller default preset ${objectWords(epp.origin)}${
          how ? `, ${how}` : ''
        }`;
      }
      // the model (or nothing at all) decided, but passes no config: the EPP's built-in default runs
      return epp.origin
        ? `EPP built-in default (the scheduler${of} passes no config)`
        : 'Controller default (no EPP configuration set)';
    default:
      return `${String(epp.source)}${of}`;
  }
}

/** The dialect and why it was chosen, e.g. "scheduler-v0.2 (cluster default)" or "router-v0.10 (detected: …)". */
export function describeEppDialect(epp: ModelEppConfig): string {
  if (epp.dialectSource === 'detected') {
    return `${epp.dialect} (detected${
      epp.dialectReason ? `: ${epp.dialectReason}` : ''
    })`;
  }
  return `${epp.dialect} (cluster default)`;
}
