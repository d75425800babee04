import type { z } from 'zod/v3';

/**
 * Hands an llm-d input schema (from `@llmd/plugin-llmd-common`, zod 3) to `createTemplateAction`, whose callbacks are
 * typed with the scaffolder's own zod copy (`zod/v3` of zod 4). Both are the zod v3 API and the scaffolder only
 * converts the schema to JSON Schema, so the schema is reused as is; the handler re-parses the raw input with
 * `renderFromInput`. The loose type keeps TypeScript from comparing the two copies' deep generic types.
 */
export function llmdSchema(schema: unknown): () => z.ZodType<unknown> {
  return () => schema as z.ZodType<unknown>;
}
