import {
  parseEndpointPickerConfig,
  type EndpointPickerConfig,
  type EppPluginInstance,
} from '@llmd/plugin-llmd-common';

/*
 * The P/D threshold of a disaggregating config, read from the config's plugin parameters. The description llmd-common
 * sends (`EndpointPickerConfigDescription`) only carries it inside the `routing` sentence, so the picture reads the
 * numbers itself. The rules mirror llmd-common's disaggregation reading (findDisaggregation, not exported):
 * `pd-profile-handler` `threshold` (scheduler ≤ v0.5; 0 = always), else a decider plugin referenced by the handler
 * (`prefix-based-pd-decider` `nonCachedTokens`, 0 = never; `always-disagg-*` deciders).
 */

/** When a disaggregated stage (prefill or encode) runs before decode. */
export interface PdStageDecision {
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

const DISAGGREGATING_HANDLERS = [
  'pd-profile-handler',
  'disagg-profile-handler',
];

// dialects whose pd-profile-handler still takes `threshold` (default 0); later ones delegate to a decider
const THRESHOLD_DIALECTS = [
  'scheduler-v0.2',
  'scheduler-v0.3',
  'scheduler-v0.5',
];

const text = (value: unknown) =>
  typeof value === 'string' ? value : undefined;
const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function deciderDecision(
  config: EndpointPickerConfig,
  stage: PdStageDecision['stage'],
  profile: string,
  deciderName: string | undefined,
): PdStageDecision {
  const decider = deciderName
    ? config.plugins.find(p => p.name === deciderName)
    : undefined;
  const plugin = decider && { name: decider.name, type: decider.type };
  if (!decider) {
    return {
      stage,
      profile,
      when: deciderName
        ? `when decider "${deciderName}" says so (it is not defined in plugins)`
        : 'when the handler’s default decider says so',
    };
  }
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
      const params = record(decider.parameters);
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

function pdHandlerDecisions(
  handler: EppPluginInstance,
  config: EndpointPickerConfig,
  dialect: string | undefined,
): PdStageDecision[] {
  const params = record(handler.parameters);
  const profile = text(params.prefillProfile) ?? 'prefill';
  const deciderName = text(params.deciderPluginName);
  const threshold = count(params.threshold);
  // scheduler ≥ v0.6 moved the threshold to a decider; a written threshold is still shown (the linter flags it)
  const legacy = dialect === undefined || THRESHOLD_DIALECTS.includes(dialect);
  if (threshold === undefined && (deciderName || !legacy)) {
    return [deciderDecision(config, 'prefill', profile, deciderName)];
  }
  const tokens = threshold ?? 0;
  return [
    {
      stage: 'prefill' as const,
      profile,
      plugin: { name: handler.name, type: handler.type },
      parameter: 'threshold',
      tokens,
      ...(threshold === undefined && { defaulted: true }),
      when:
        tokens > 0
          ? `when more than ${tokens} prompt tokens are not already cached`
          : 'for every request (threshold 0)',
    },
  ];
}

function disaggHandlerDecisions(
  handler: EppPluginInstance,
  config: EndpointPickerConfig,
): PdStageDecision[] {
  const params = record(handler.parameters);
  const profiles = record(params.profiles);
  const deciders = record(params.deciders);
  const prefillDecider =
    text(deciders.prefill) ??
    text(params.prefillDeciderPluginName) ??
    text(params.deciderPluginName);
  const encodeDecider =
    text(deciders.encode) ?? text(params.encodeDeciderPluginName);
  const decisions: PdStageDecision[] = [];
  // without a decider the handler runs no prefill (encode) stage at all
  if (prefillDecider) {
    const profile =
      text(profiles.prefill) ?? text(params.prefillProfile) ?? 'prefill';
    decisions.push(deciderDecision(config, 'prefill', profile, prefillDecider));
  }
  if (encodeDecider) {
    const profile =
      text(profiles.encode) ?? text(params.encodeProfile) ?? 'encode';
    decisions.push(deciderDecision(config, 'encode', profile, encodeDecider));
  }
  return decisions;
}

/**
 * When the disaggregated stages of a config run: empty when its profile handler does not disaggregate (or a
 * disagg-profile-handler configures no prefill or encode decider).
 */
export function pdStageDecisions(
  config: EndpointPickerConfig | undefined,
  dialect?: string,
): PdStageDecision[] {
  const handler = config?.plugins.find(p =>
    DISAGGREGATING_HANDLERS.includes(p.type),
  );
  if (!config || !handler) return [];
  return handler.type === 'pd-profile-handler'
    ? pdHandlerDecisions(handler, config, dialect)
    : disaggHandlerDecisions(handler, config);
}

/** {@link pdStageDecisions} of config text; empty when the text is not a readable config. */
export function pdStageDecisionsOfText(
  configText: string | undefined,
  dialect?: string,
): PdStageDecision[] {
  if (configText === undefined) return [];
  return pdStageDecisions(
    parseEndpointPickerConfig(configText).config,
    dialect,
  );
}
