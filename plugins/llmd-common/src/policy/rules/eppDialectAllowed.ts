import { z } from 'zod';
import { EPP_DIALECT_IDS } from '../../epp/eppDialects';
import type { PolicyRule } from '../policyRule';

/** `epp-dialect-allowed`: a model's own EPP config targets one of the dialects the platform supports. */
export const eppDialectAllowed: PolicyRule<'epp-dialect-allowed'> = {
  id: 'epp-dialect-allowed',
  description:
    'the EPP config a model carries is for one of the allowed dialects (the cluster/target dialect, or the one detected from the config when the model brings its own scheduler image or none is known)',
  kinds: ['LLMInferenceService'],
  options: {
    dialects: z
      .array(z.enum(EPP_DIALECT_IDS as unknown as [string, ...string[]]))
      .min(1),
  },
  check(llmisvc, { dialects }, context) {
    const epp = context.eppConfigOf(llmisvc);
    if (!epp) return [];
    const { dialect, dialectSource, dialectReason } = epp.analysis;
    if ((dialects as readonly string[]).includes(dialect)) return [];
    const why =
      dialectSource === 'detected'
        ? `detected: ${dialectReason ?? 'from its content'}`
        : 'the dialect of the scheduler that loads it';
    return [
      {
        path: epp.path,
        message: `the EPP config is for dialect ${dialect} (${why}); allowed: ${dialects.join(
          ', ',
        )}`,
      },
    ];
  },
};
