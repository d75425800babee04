import { z } from 'zod';
import { boundedInteger, safeMultilineText } from './modelInputFields';

/**
 * Ids of the routing choices of a model service.
 *
 * @public
 */
export const MODEL_ROUTING_PRESETS = [
  'default',
  'kv-cache-aware',
  'precise-prefix',
  'prefill-decode',
  'custom',
] as const;

/**
 * A routing choice id.
 *
 * @public
 */
export type ModelRoutingPreset = (typeof MODEL_ROUTING_PRESETS)[number];

/**
 * Prompt tokens not in the cache from which a request is disaggregated when no threshold is given (the guide's 500).
 *
 * @public
 */
export const DEFAULT_PREFILL_THRESHOLD = 500;

/** Longest custom EPP config accepted (it travels in a container argument or the LLMInferenceService). */
const MAX_CUSTOM_EPP_CONFIG_LENGTH = 65_536;

const bare = <P extends string>(preset: P) =>
  z.object({ preset: z.literal(preset) }).strict();

/**
 * How the EPP routes requests:
 * - `default`: the controller's default scheduler; with a prefill pool it means `prefill-decode` with its default
 *   threshold, since a single-profile config would never send work to the prefill pods;
 * - `kv-cache-aware`: prefix cache + load + KV-cache utilization (only on EPP versions with that scorer);
 * - `precise-prefix`: routing on the KV-cache events of the model servers (block size taken from vLLM's);
 * - `prefill-decode`: P/D disaggregation, needs `prefill`; `threshold` = uncached prompt tokens from which a request
 *   is disaggregated (default 500);
 * - `custom`: `config` is an EndpointPickerConfig (YAML) that must load in the target's EPP version.
 */
export const modelRoutingInputSchema = z.discriminatedUnion(
  'preset',
  [
    bare('default'),
    bare('kv-cache-aware'),
    bare('precise-prefix'),
    z
      .object({
        preset: z.literal('prefill-decode'),
        /** Uncached prompt tokens from which a request goes through the prefill pool (0 = always). */
        threshold: boundedInteger(0, 1_000_000).default(
          DEFAULT_PREFILL_THRESHOLD,
        ),
      })
      .strict(),
    z
      .object({
        preset: z.literal('custom'),
        /** The EndpointPickerConfig as YAML text. */
        config: safeMultilineText(MAX_CUSTOM_EPP_CONFIG_LENGTH),
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === z.ZodIssueCode.invalid_union_discriminator
        ? { message: `must be one of ${MODEL_ROUTING_PRESETS.join(', ')}` }
        : { message: ctx.defaultError },
  },
);
