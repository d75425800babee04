import type { EndpointPickerConfig } from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import { findDisaggregation, type DisaggregationSetup } from './disaggregation';
import { getEppDialect, isEppDialectId } from './eppDialects';

/**
 * When one disaggregated stage (prefill or encode) runs before decode.
 *
 * @public
 */
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

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

type StageBase = Pick<EppDisaggregationStage, 'stage' | 'profile'>;
type EppPluginInstanceOf = EndpointPickerConfig['plugins'][number];

/** The dialect's decider facts, when it is a known id (undefined: a dialect without deciders, or unknown). */
function deciderFactsOf(dialect: string | undefined) {
  return dialect !== undefined && isEppDialectId(dialect)
    ? getEppDialect(dialect).pdDecider
    : undefined;
}

/**
 * prefix-based-pd-decider: `nonCachedTokens: 0` (the default) means always in S v0.6 and never from v0.7
 * (prefix_based_pd_decider.go@S v0.6.0, @S v0.7.0).
 */
function prefixDeciderStage(
  base: StageBase,
  decider: EppPluginInstanceOf,
  zeroMeans: 'always' | 'never',
): EppDisaggregationStage {
  const params = isPlainObject(decider.parameters) ? decider.parameters : {};
  const written = count(params.nonCachedTokens);
  const tokens = written ?? 0;
  const prompt = count(params.promptTokens);
  const promptClause =
    prompt && prompt > 0
      ? ` and the prompt is at least ${prompt} tokens long`
      : '';
  const zero =
    zeroMeans === 'always'
      ? 'for every request (nonCachedTokens 0 means always in this version)'
      : 'never (nonCachedTokens 0 disables disaggregation)';
  return {
    ...base,
    plugin: { name: decider.name, type: decider.type },
    parameter: 'nonCachedTokens',
    tokens,
    ...(written === undefined && { defaulted: true }),
    when:
      tokens > 0
        ? `when at least ${tokens} prompt tokens are not already cached${promptClause}`
        : zero,
  };
}

function deciderStage(
  config: EndpointPickerConfig,
  base: StageBase,
  deciderName: string | undefined,
  dialect: string | undefined,
): EppDisaggregationStage {
  const facts = deciderFactsOf(dialect);
  const lookup = deciderName ?? facts?.defaultName;
  const decider = lookup
    ? config.plugins.find(p => p.name === lookup)
    : undefined;
  if (!decider) {
    return {
      ...base,
      when: lookup
        ? `when decider "${lookup}" says so (it is not defined in plugins)`
        : 'when the handler’s default decider says so',
    };
  }
  const plugin = { name: decider.name, type: decider.type };
  switch (decider.type) {
    case 'always-disagg-pd-decider':
      return { ...base, plugin, when: 'for every request' };
    case 'always-disagg-multimodal-decider':
      return {
        ...base,
        plugin,
        when: 'when the request carries images, video or audio',
      };
    case 'prefix-based-pd-decider':
      return prefixDeciderStage(
        base,
        decider,
        facts?.zeroNonCachedTokens ?? 'never',
      );
    default:
      return {
        ...base,
        plugin,
        when: `when decider "${decider.name}" (${decider.type}) says so`,
      };
  }
}

/** The old pd-profile-handler `threshold` (v0.2–v0.5; 0 = every request). */
function thresholdStage(setup: DisaggregationSetup): EppDisaggregationStage {
  const tokens = setup.threshold ?? 0;
  return {
    stage: 'prefill',
    profile: setup.prefillProfile ?? 'prefill',
    plugin: { name: setup.handler.name, type: setup.handler.type },
    parameter: 'threshold',
    tokens,
    ...(setup.threshold === undefined && { defaulted: true }),
    when:
      tokens > 0
        ? `when more than ${tokens} prompt tokens are not already cached`
        : 'for every request (threshold 0)',
  };
}

/**
 * When the disaggregated stages of a config run (the P/D threshold or decider of each): empty when its profile
 * handler does not disaggregate, or a disagg-profile-handler configures no prefill or encode decider.
 *
 * @param dialect - id of the dialect loading the config; decides whether an unset `threshold` of
 *   pd-profile-handler means 0 (scheduler ≤ v0.5) or defers to the default decider (later versions), and what
 *   `nonCachedTokens: 0` means
 */
export function describeDisaggregationStages(
  config: EndpointPickerConfig,
  dialect?: string,
): EppDisaggregationStage[] {
  const setup = findDisaggregation(config);
  if (!setup) return [];
  if (setup.handler.type === 'pd-profile-handler') {
    const base = {
      stage: 'prefill',
      profile: setup.prefillProfile ?? 'prefill',
    } as const;
    // scheduler ≥ v0.6 moved the threshold to a decider; a written threshold is still shown (the linter flags it)
    const legacy = dialect === undefined || !deciderFactsOf(dialect);
    if (setup.threshold === undefined && (setup.prefillDecider || !legacy)) {
      return [deciderStage(config, base, setup.prefillDecider, dialect)];
    }
    return [thresholdStage(setup)];
  }
  // without a decider the handler runs no prefill (encode) stage at all
  const stages: EppDisaggregationStage[] = [];
  if (setup.prefillDecider && setup.prefillProfile) {
    const base = { stage: 'prefill', profile: setup.prefillProfile } as const;
    stages.push(deciderStage(config, base, setup.prefillDecider, dialect));
  }
  if (setup.encodeDecider && setup.encodeProfile) {
    const base = { stage: 'encode', profile: setup.encodeProfile } as const;
    stages.push(deciderStage(config, base, setup.encodeDecider, dialect));
  }
  return stages;
}
