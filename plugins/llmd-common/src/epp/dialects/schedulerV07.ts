import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import {
  coreSections,
  documentOf,
  featureGatesSection,
  gieDataSections,
  gieFlowControlSection,
} from './documentSections';
import { pdHandlerMovedParameters, schedulerV06 } from './schedulerV06';

/*
 * llm-d-inference-scheduler v0.7.0/v0.7.1 (no pkg/ diff) on GIE v1.4.0. Checked in
 * apix/config/v1alpha1/endpointpickerconfig_types.go@G v1.4.0, pkg/epp/config/loader/{configloader,defaults}.go@G
 * v1.4.0, cmd/epp/runner/runner.go@G v1.4.0 and pkg/plugins/register.go@S v0.7.0. Only the legacy apiVersion decodes
 * (zz_generated.register.go@G v1.4.0).
 */

/**
 * disagg-profile-handler parameters (pkg/plugins/profile/disagg_profile_handler.go@S v0.7.0): the nested schema or the
 * legacy flat one, never both. `stageOrder` only arrives in llm-d-router v0.10.0.
 */
export const disaggHandlerParameters = {
  profiles: v.object({
    decode: v.string('decode'),
    prefill: v.string('prefill'),
    encode: v.string('encode'),
  }),
  deciders: v.object({ prefill: v.ref('decider'), encode: v.ref('decider') }),
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

const headersHandler = {
  categories: ['pre-request'],
  parameters: headersHandlerParameters,
  summary:
    'Tells the decode pod (via request headers) which prefill or encode pods were picked.',
} as const;

/** scheduler-v0.7 dialect data. */
export const schedulerV07: EppDialect = {
  ...schedulerV06,
  id: 'scheduler-v0.7',
  title: 'llm-d-inference-scheduler v0.7 (GIE v1.4)',
  upstream:
    'llm-d-inference-scheduler v0.7.0 on gateway-api-inference-extension v1.4.0',
  // as v0.6 + priorityBands[].fairnessPolicyRef/orderingPolicyRef (types file @G v1.4.0)
  document: documentOf(
    coreSections,
    featureGatesSection,
    gieDataSections,
    gieFlowControlSection(true),
  ),
  // the default decider is now prefix-based-pd-decider (pd_profile_handler.go@S v0.7.0), and nonCachedTokens 0
  // disables P/D (prefix_based_pd_decider.go@S v0.7.0)
  pdDecider: {
    defaultName: 'prefix-based-pd-decider',
    zeroNonCachedTokens: 'never',
  },
  plugins: derivePluginTable(schedulerV06.plugins, {
    set: {
      // still registered, logs "Deprecated" (pd_profile_handler.go@S v0.7.0)
      'pd-profile-handler': {
        ...schedulerV06.plugins['pd-profile-handler'],
        movedParameters: pdHandlerMovedParameters,
        deprecated: { since: 'v0.7.0', replacement: 'disagg-profile-handler' },
      },
      'prefix-based-pd-decider': {
        ...schedulerV06.plugins['prefix-based-pd-decider'],
        summary:
          'Disaggregates when the part of the prompt not already cached is at least nonCachedTokens long (0 = never).',
      },
      // types added: pkg/plugins/register.go@S v0.7.0
      'disagg-profile-handler': {
        categories: ['profile-handler'],
        parameters: disaggHandlerParameters,
        summary:
          'Runs the decode profile, and the prefill (or encode) profile first when its decider says so.',
      },
      'disagg-headers-handler': headersHandler,
      // now an alias of disagg-headers-handler
      'prefill-header-handler': headersHandler,
      'encode-filter': {
        categories: ['filter'],
        parameters: 'none',
        summary: 'Keeps encode pods (label llm-d.ai/role encode).',
      },
      tokenizer: {
        categories: ['data-producer'],
        parameters: 'unchecked',
        summary: 'Tokenizes prompts for the plugins that need tokens.',
      },
      'always-disagg-multimodal-decider': {
        categories: ['decider'],
        parameters: 'none',
        summary:
          'Runs the encode stage when the chat request carries images, video or audio.',
      },
      'context-length-aware': {
        categories: ['scorer', 'filter'],
        parameters: 'unchecked',
        summary: 'Prefers endpoints labelled for the prompt length.',
      },
      // types added: cmd/epp/runner/runner.go@G v1.4.0
      'global-strict-fairness-policy': {
        categories: ['fairness-policy'],
        parameters: 'unchecked',
      },
      'round-robin-fairness-policy': {
        categories: ['fairness-policy'],
        parameters: 'unchecked',
      },
      'fcfs-ordering-policy': {
        categories: ['ordering-policy'],
        parameters: 'unchecked',
      },
      'edf-ordering-policy': {
        categories: ['ordering-policy'],
        parameters: 'unchecked',
      },
      'k8s-notification-source': {
        categories: ['data-source'],
        parameters: 'unchecked',
      },
      'request-attribute-reporter': {
        categories: ['request-control'],
        parameters: 'unchecked',
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'label-selector-filter':
      'label-selector-filter arrived in llm-d-router v0.9; use by-label-selector',
    'token-producer':
      'token-producer arrived in llm-d-router v0.9; use tokenizer',
  },
};
