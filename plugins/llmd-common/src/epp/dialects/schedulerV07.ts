import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import { schedulerV06 } from './schedulerV06';

/*
 * llm-d-inference-scheduler v0.7 (reference/epp/VERSIONS.md): disagg-profile-handler with deciders replaces the now
 * deprecated pd-profile-handler; the headers are still written by a separate disagg-headers-handler.
 */

/** disagg-profile-handler parameters (v0.7 on). */
export const disaggHandlerParameters = {
  profiles: v.object({
    decode: v.string('decode'),
    prefill: v.string('prefill'),
    encode: v.string('encode'),
  }),
  deciders: v.object({ prefill: v.ref('decider'), encode: v.ref('decider') }),
  stageOrder: v.oneOf(['decode-first', 'prefill-first']),
  decodeProfile: v.string(),
  prefillProfile: v.string(),
  encodeProfile: v.string(),
  deciderPluginName: v.ref('decider'),
  prefillDeciderPluginName: v.ref('decider'),
  encodeDeciderPluginName: v.ref('decider'),
};

/** Headers handler parameters (both its names). */
export const headersHandlerParameters = {
  prefillProfile: v.string('prefill'),
  encodeProfile: v.string('encode'),
};

/** scheduler-v0.7 dialect data. */
export const schedulerV07: EppDialect = {
  ...schedulerV06,
  id: 'scheduler-v0.7',
  title: 'llm-d-inference-scheduler v0.7',
  upstream: 'llm-d-inference-scheduler v0.7.0',
  plugins: derivePluginTable(schedulerV06.plugins, {
    set: {
      'pd-profile-handler': {
        ...schedulerV06.plugins['pd-profile-handler'],
        deprecated: { since: 'v0.7.0', replacement: 'disagg-profile-handler' },
      },
      'disagg-profile-handler': {
        categories: ['profile-handler'],
        parameters: disaggHandlerParameters,
        summary:
          'Runs the decode profile, and the prefill (or encode) profile first when its decider says so.',
      },
      'disagg-headers-handler': {
        categories: ['pre-request'],
        parameters: headersHandlerParameters,
        summary:
          'Tells the decode pod (via request headers) which prefill or encode pods were picked.',
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
  },
};
