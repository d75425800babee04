import type { EppPluginCategory, ObjectSpec, ValueSpec } from './valueSpec';

/**
 * The parameters a plugin type accepts:
 * - a field table (unknown keys are rejected by strict loaders and ignored by lenient ones),
 * - `'none'`: the plugin reads no parameters, anything given is ignored,
 * - `'unchecked'`: the plugin takes parameters we have not verified, so only their shape as an object is checked.
 *
 * @public
 */
export type PluginParameters =
  | Readonly<Record<string, ValueSpec>>
  | 'none'
  | 'unchecked';

/**
 * One registered plugin type of a dialect.
 *
 * @public
 */
export interface PluginTypeSpec {
  /** First entry is the primary category; more when the plugin implements several roles. */
  readonly categories: readonly EppPluginCategory[];
  readonly parameters: PluginParameters;
  /** Alpha plugins need `--allow-experimental-plugins` where the dialect gates them. */
  readonly stability?: 'alpha' | 'beta';
  readonly deprecated?: {
    readonly since: string;
    readonly removal?: string;
    readonly replacement?: string;
  };
  /** A parameter the factory refuses unless another one is set too (key → the key it needs). */
  readonly parameterNeeds?: Readonly<Record<string, string>>;
  /** Parameter keys that moved elsewhere, with a hint where to (still rejected/ignored as unknown keys). */
  readonly movedParameters?: Readonly<Record<string, string>>;
  /** The loader instantiates this plugin by itself when something needs it, so it may be referenced undefined. */
  readonly autoInjected?: boolean;
  /** One plain sentence about what the plugin does (used by describeEndpointPickerConfig). */
  readonly summary?: string;
}

/**
 * How a dialect's KV-cache utilization signal is sourced.
 *
 * @public
 */
export interface KvCacheMetricFacts {
  /** Metric name the scorer reads by default. */
  readonly defaultMetric: string;
  /** Whether the EPP flag naming the KV metric is accepted or fails validation. */
  readonly usageFlag: 'accepted' | 'rejected';
  /** That flag as this version spells it (`-kvCacheUsagePercentageMetric` on GIE v0.5, kebab-case from v1.0). */
  readonly usageFlagName: string;
}

/**
 * One EPP version family ("dialect"): everything the linter, the presets and auto-detection need to know about it.
 * This is data; the checks read it instead of branching on dialect ids.
 *
 * @public
 */
export interface EppDialect {
  readonly id: string;
  readonly title: string;
  /** Upstream release(s) this dialect describes. */
  readonly upstream: string;
  /** apiVersions the loader accepts; `deprecated` ones load with a deprecation log line. */
  readonly apiVersions: readonly {
    readonly value: string;
    readonly deprecated?: boolean;
  }[];
  /** Shape of the whole document (decoded strictly by every loader version). */
  readonly document: ObjectSpec;
  readonly weight: {
    readonly type: 'int' | 'float';
    /** Before GIE v1.0 a scorer without weight failed to load. */
    readonly requiredOnScorers: boolean;
    /** GIE v1.0–v1.2: a scorer without weight listed after the profile's picker keeps a nil weight → startup panic. */
    readonly unweightedAfterPickerPanics?: boolean;
  };
  readonly parameterDecoding: 'strict' | 'lenient';
  /** `declaration`: a plugin referencing another by name must come after it; `sorted`: any order. */
  readonly pluginOrder: 'declaration' | 'sorted';
  readonly experimentalPlugins: 'gated' | 'ungated';
  /** `single-profile-handler` with several profiles: a load error since GIE v1.3, before that every request fails. */
  readonly singleHandlerWithManyProfiles: 'error' | 'warning';
  readonly featureGates: readonly string[];
  /** Gates still accepted but without effect (the loader logs "remove it"). */
  readonly deprecatedFeatureGates?: readonly string[];
  /** GIE v1.3: `data:` is an error without the dataLayer gate, and the gate is an error without `data:`. */
  readonly dataSectionNeedsGate?: boolean;
  /**
   * P/D deciders (llm-d v0.6+): the decider pd-profile-handler looks up by name when `deciderPluginName` is not set,
   * and what `nonCachedTokens: 0` of prefix-based-pd-decider means in this version.
   */
  readonly pdDecider?: {
    readonly defaultName: string;
    readonly zeroNonCachedTokens: 'always' | 'never';
  };
  /** Names the loader resolves even when no plugin of that name is declared (defaults it instantiates). */
  readonly implicitPluginNames: readonly string[];
  /** Whether P/D needs a separate headers pre-request plugin next to the profile handler. */
  readonly pdNeedsHeadersHandler: boolean;
  readonly kvCacheMetric: KvCacheMetricFacts;
  readonly plugins: Readonly<Record<string, PluginTypeSpec>>;
  /** Types this dialect does not know, with a hint (renamed, introduced later, removed). */
  readonly unknownTypeHints?: Readonly<Record<string, string>>;
}
