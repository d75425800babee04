import { parse } from 'yaml';
import { builtInSchedulerConfig } from '../../epp/builtInSchedulerConfig';
import { renderEppPreset, type EppPresetId } from '../../epp/eppPresets';
import type { RenderTarget } from '../renderTarget';
import type { ModelInput } from './modelInput';
import {
  DEFAULT_PREFILL_THRESHOLD,
  type ModelRoutingPreset,
} from './modelRoutingInput';
import { vllmKvBlockSize } from './vllmAdditionalArgs';

/** The EndpointPickerConfig a model service deploys, when it is not the controller's default. */
export interface ModelServiceEppConfig {
  /** The preset it came from, or `custom`. */
  readonly source: EppPresetId | 'custom';
  /** As YAML text (v1alpha1 passes it as `--config-text`). */
  readonly text: string;
  /** As data (newer API versions embed it in `router.scheduler.config.inline`). */
  readonly config: Readonly<Record<string, unknown>>;
}

/** The routing a service gets: `default` with a prefill pool means `prefill-decode` (single-profile configs never use the prefill pods). */
export function effectiveRoutingPreset(input: ModelInput): ModelRoutingPreset {
  return input.routing.preset === 'default' && input.prefill
    ? 'prefill-decode'
    : input.routing.preset;
}

/**
 * The EPP config of a model service for a target, or undefined when the controller's default scheduler config is
 * right (routing `default` without a prefill pool, on a scheduler with a built-in default: v0.7 on).
 *
 * @throws EppPresetNotExpressibleError when the preset cannot be expressed in the target's EPP dialect
 *   (`parseModelInput` reports that as an input problem first)
 */
export function modelServiceEppConfig(
  input: ModelInput,
  target: RenderTarget,
): ModelServiceEppConfig | undefined {
  const routing = input.routing;
  if (routing.preset === 'custom') {
    return {
      source: 'custom',
      text: routing.config,
      config: parse(routing.config) as Record<string, unknown>,
    };
  }
  const preset = effectiveRoutingPreset(input);
  if (preset === 'custom') return undefined;
  // the controller's scheduler templates pass no config (DIALECT-FACTS Part 3), and before scheduler-v0.7 the EPP
  // cannot start without one (Part 2): there `default` writes the default preset instead of relying on the template
  if (
    preset === 'default' &&
    builtInSchedulerConfig(target.eppDialect).kind === 'built-in-default'
  ) {
    return undefined;
  }
  const rendering = renderEppPreset(preset, target.eppDialect, {
    prefillThreshold:
      routing.preset === 'prefill-decode'
        ? routing.threshold
        : DEFAULT_PREFILL_THRESHOLD,
    kvBlockSize: vllmKvBlockSize(input.vllmArgs, input.prefill !== undefined),
    modelName: input.model.name ?? input.name,
  });
  return { source: preset, text: rendering.yaml, config: rendering.config };
}
