import type { EndpointPickerConfig } from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import { findDisaggregation } from './disaggregation';

/** When one disaggregated stage (prefill or encode) runs before decode. */
export interface EppDisaggregationStage {
  readonly stage: 'prefill' | 'encode';
  /** The scheduling profile of the stage. */
  readonly profile: string;
  /** The plugin holding the setting: the handler itself (old threshold) or the decider. */
  readonly plugin?: { readonly name: string; readonly type: string };
  /** The parameter that sets it, e.g. `threshold` or `nonCachedTokens`; absent when nothing is tunable. */
  readonly parameter?: string;
  /** Its token count (the default when unset); absent for non-numeric deciders. */
  readonly tokens?: number;
  /** The value is the plugin's default rather than written in the config. */
  readonly defaulted?: boolean;
  /** When the stage runs, completing "prefill runs …". */
  readonly when: string;
}

// dialects whose pd-profile-handler still takes `threshold` (default 0); later ones delegate to a decider
const THRESHOLD_DIALECTS = [
  'scheduler-v0.2',
  'scheduler-v0.3',
  'scheduler-v0.5',
];

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function deciderStage(
  config: EndpointPickerConfig,
  stage: EppDisaggregationStage['stage'],
  profile: string,
  deciderName: string | undefined,
): EppDisaggregationStage {
  const decider = deciderName
    ? config.plugins.find(p => p.name === deciderName)
    : undefined;
  if (!decider) {
    return {
      stage,
      profile,
      when: deciderName
        ? `when decider "${deciderName}" says so (it is not defined in plugins)`
        : 'when the handler’s default decider says so',
    };
  }
  const plugin = { name: decider.name, type: decider.type };
  switch (decider.type) {
    case 'always-disagg-pd-decider':
      return { stage, profile, plugin, when: 'for every request' };
    case 'always-disagg-multimodal-decider':
      return {
        stage,
        profile,
        plugin,
        when: 'when the request carries images, video or audio',
      };
    case 'prefix-based-pd-decider': {
      const params = isPlainObject(decider.parameters)
        ? decider.parameters
        : {};
      const written = count(params.nonCachedTokens);
      const tokens = written ?? 0;
      const prompt = count(params.promptTokens);
      // nonCachedTokens 0 (the default) disables disaggregation, unlike the old threshold 0
      const when =
        tokens > 0
          ? `when at least ${tokens} prompt tokens are not already cached${
              prompt && prompt > 0
                ? ` and the prompt is at least ${prompt} tokens long`
                : ''
            }`
          : 'never (nonCachedTokens 0 disables disaggregation)';
      return {
        stage,
        profile,
        plugin,
        parameter: 'nonCachedTokens',
        tokens,
        ...(written === undefined && { defaulted: true }),
        when,
      };
    }
    default:
      return {
        stage,
        profile,
        plugin,
        when: `when decider "${decider.name}" (${decider.type}) says so`,
      };
  }
}

/**
 * When the disaggregated stages of a config run (the P/D threshold or decider of each): empty when its profile
 * handler does not disaggregate, or a disagg-profile-handler configures no prefill or encode decider.
 *
 * @param dialect - id of the dialect loading the config; decides whether an unset `threshold` of
 *   pd-profile-handler means 0 (scheduler ≤ v0.5) or defers to the default decider (later versions)
 */
export function describeDisaggregationStages(
  config: EndpointPickerConfig,
  dialect?: string,
): EppDisaggregationStage[] {
  const setup = findDisaggregation(config);
  if (!setup) return [];
  if (setup.handler.type === 'pd-profile-handler') {
    const profile = setup.prefillProfile ?? 'prefill';
    // scheduler ≥ v0.6 moved the threshold to a decider; a written threshold is still shown (the linter flags it)
    const legacy =
      dialect === undefined || THRESHOLD_DIALECTS.includes(dialect);
    if (setup.threshold === undefined && (setup.prefillDecider || !legacy)) {
      return [deciderStage(config, 'prefill', profile, setup.prefillDecider)];
    }
    const tokens = setup.threshold ?? 0;
    return [
      {
        stage: 'prefill',
        profile,
        plugin: { name: setup.handler.name, type: setup.handler.type },
        parameter: 'threshold',
        tokens,
        ...(setup.threshold === undefined && { defaulted: true }),
        when:
          tokens > 0
            ? `when more than ${tokens} prompt tokens are not already cached`
            : 'for every request (threshold 0)',
      },
    ];
  }
  // without a decider the handler runs no prefill (encode) stage at all
  return [
    ...(setup.prefillDecider && setup.prefillProfile
      ? [
          deciderStage(
            config,
            'prefill',
            setup.prefillProfile,
            setup.prefillDecider,
          ),
        ]
      : []),
    ...(setup.encodeDecider && setup.encodeProfile
      ? [
          deciderStage(
            config,
            'encode',
            setup.encodeProfile,
            setup.encodeDecider,
          ),
        ]
      : []),
  ];
}
