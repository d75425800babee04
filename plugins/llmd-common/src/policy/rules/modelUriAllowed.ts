import { z } from 'zod';
import { summarizeModelSpec } from '../../models/modelSpecSummary';
import type { PolicyRule } from '../policyRule';

/** `model-uri-allowed`: models come only from approved registries and organisations. */
export const modelUriAllowed: PolicyRule<'model-uri-allowed'> = {
  id: 'model-uri-allowed',
  description:
    'spec.model.uri starts with one of the allowed prefixes (approved registries and organisations)',
  kinds: ['LLMInferenceService'],
  options: { prefixes: z.array(z.string().min(1)).min(1) },
  check(llmisvc, { prefixes }) {
    const uri = summarizeModelSpec(llmisvc).modelUri;
    if (uri && prefixes.some(prefix => uri.startsWith(prefix))) return [];
    return [
      {
        path: 'spec.model.uri',
        message: `${
          uri ? `model URI "${uri}" is` : 'no model URI is set, so the model is'
        } not from an allowed source (allowed: ${prefixes.join(', ')})`,
      },
    ];
  },
};
