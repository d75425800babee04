import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { derivePluginTable } from './derivePluginTable';
import {
  coreSections,
  documentOf,
  featureGatesSection,
} from './documentSections';
import { pdHandlerV02Parameters, schedulerV02 } from './schedulerV02';

/*
 * llm-d-inference-scheduler v0.3 on GIE v1.0 (reference/epp/VERSIONS.md, README.txt). GIE v1.0 renamed
 * kv-cache-scorer, made scorer weights optional (default 1) and added featureGates. Parameter decoding is still
 * lenient, so types added here whose parameters we have not verified are marked 'unchecked'.
 */

/** pd-profile-handler parameters in v0.3. */
export const pdHandlerV03Parameters = {
  ...pdHandlerV02Parameters,
  prefixPluginName: v.string('prefix-cache-scorer'),
};

/** scheduler-v0.3 dialect data. */
export const schedulerV03: EppDialect = {
  ...schedulerV02,
  id: 'scheduler-v0.3',
  title: 'llm-d-inference-scheduler v0.3 (GIE v1.0)',
  upstream:
    'llm-d-inference-scheduler v0.3 on gateway-api-inference-extension v1.0.0',
  document: documentOf(coreSections, featureGatesSection),
  weight: { type: 'int', requiredOnScorers: false },
  featureGates: ['dataLayer'],
  plugins: derivePluginTable(schedulerV02.plugins, {
    remove: ['kv-cache-scorer'],
    set: {
      'kv-cache-utilization-scorer': {
        categories: ['scorer'],
        parameters: 'none',
        summary: 'Prefers endpoints with more free KV-cache capacity.',
      },
      'lora-affinity-scorer': {
        categories: ['scorer'],
        parameters: 'none',
        summary:
          'Prefers endpoints that have the requested LoRA adapter loaded or room to load it.',
      },
      'active-request-scorer': {
        categories: ['scorer'],
        parameters: 'unchecked',
        summary: 'Prefers endpoints with fewer requests in flight.',
      },
      'no-hit-lru-scorer': {
        categories: ['scorer'],
        parameters: 'unchecked',
        summary:
          'Spreads requests without a cache hit over the least recently used endpoints.',
      },
      'precise-prefix-cache-scorer': {
        categories: ['scorer', 'data-producer'],
        parameters: 'unchecked',
        summary:
          'Scores endpoints by the prompt blocks they really hold, tracked from KV-cache events (needs the model tokenizer).',
      },
      'weighted-random-picker': {
        categories: ['picker'],
        parameters: { maxNumOfEndpoints: v.int(1) },
        summary: 'Picks at random, weighted by score.',
      },
      'pd-profile-handler': {
        ...schedulerV02.plugins['pd-profile-handler'],
        parameters: pdHandlerV03Parameters,
      },
    },
  }),
  unknownTypeHints: {
    'kv-cache-scorer': 'renamed to kv-cache-utilization-scorer in GIE v1.0',
    'disagg-profile-handler':
      'this version uses pd-profile-handler (disagg-profile-handler arrived in llm-d v0.7)',
    'prefix-based-pd-decider':
      'this version has no deciders; set threshold on pd-profile-handler',
  },
};
