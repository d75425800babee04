import type { EppDialect } from './eppDialect';
import {
  apiVersionOf,
  pluginEntry,
  ref,
  weightedRefs,
  type PresetBuild,
} from './eppPresetBuilders';

/*
 * The seed guide's P/D config made correct for each dialect: `parameters:` (never `config:`), the headers plugin
 * where the version needs it, and the threshold expressed the way the version understands it.
 */

function deciderFor(dialect: EppDialect, threshold: number) {
  if (threshold > 0) {
    return pluginEntry('prefix-based-pd-decider', {
      nonCachedTokens: threshold,
    });
  }
  // the old `threshold: 0` meant "always"; deciders say that with always-disagg-pd-decider, not nonCachedTokens 0
  return Object.hasOwn(dialect.plugins, 'always-disagg-pd-decider')
    ? pluginEntry('always-disagg-pd-decider')
    : undefined;
}

function handlerAndHelpers(
  dialect: EppDialect,
  threshold: number,
): Record<string, unknown>[] | string {
  const has = (type: string) => Object.hasOwn(dialect.plugins, type);
  const pdParameters = dialect.plugins['pd-profile-handler']?.parameters;
  if (typeof pdParameters === 'object' && 'threshold' in pdParameters) {
    return [
      pluginEntry('prefill-header-handler'),
      pluginEntry('pd-profile-handler', { threshold }),
    ];
  }
  const decider = deciderFor(dialect, threshold);
  if (!decider) {
    return 'a threshold of 0 (always disaggregate) needs always-disagg-pd-decider, which this version lacks';
  }
  const deciderName = decider.type as string;
  const headers = dialect.pdNeedsHeadersHandler
    ? [
        pluginEntry(
          has('disagg-headers-handler')
            ? 'disagg-headers-handler'
            : 'prefill-header-handler',
        ),
      ]
    : [];
  const handler = has('disagg-profile-handler')
    ? pluginEntry('disagg-profile-handler', {
        deciders: { prefill: deciderName },
      })
    : pluginEntry('pd-profile-handler', { deciderPluginName: deciderName });
  // the decider precedes the handler: loaders before router v0.10 need referenced plugins first
  return [...headers, decider, handler];
}

/** Builds the prefill-decode preset for a dialect. */
export function buildPrefillDecodePreset(
  dialect: EppDialect,
  threshold: number,
): PresetBuild {
  const handlers = handlerAndHelpers(dialect, threshold);
  if (typeof handlers === 'string') return { notExpressible: handlers };
  return {
    config: {
      apiVersion: apiVersionOf(dialect),
      kind: 'EndpointPickerConfig',
      plugins: [
        pluginEntry('prefill-filter'),
        pluginEntry('decode-filter'),
        pluginEntry('prefix-cache-scorer'),
        pluginEntry('load-aware-scorer'),
        pluginEntry('max-score-picker'),
        ...handlers,
      ],
      schedulingProfiles: [
        {
          name: 'prefill',
          plugins: [
            ref('prefill-filter'),
            ...weightedRefs(dialect, [['load-aware-scorer', 1]]),
            ref('max-score-picker'),
          ],
        },
        {
          name: 'decode',
          plugins: [
            ref('decode-filter'),
            ...weightedRefs(dialect, [
              ['prefix-cache-scorer', 2],
              ['load-aware-scorer', 1],
            ]),
            ref('max-score-picker'),
          ],
        },
      ],
    },
  };
}
