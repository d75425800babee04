import { z } from 'zod';
import {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  type EppDialectId,
} from '../epp/eppDialects';

/** LLMInferenceService API versions the renderers can target. */
export const LLMISVC_API_VERSIONS = ['v1alpha1', 'v1alpha2'] as const;

/** An LLMInferenceService API version. */
export type LlmisvcApiVersion = (typeof LLMISVC_API_VERSIONS)[number];

/**
 * What a render produces manifests for: the LLMInferenceService API version the cluster serves (v1alpha1 on KServe
 * 0.15/0.16 and OpenShift AI 3.x, v1alpha2 on KServe 0.17+) and the dialect of its EPP scheduler.
 */
export interface RenderTarget {
  readonly llmisvcApiVersion: LlmisvcApiVersion;
  readonly eppDialect: EppDialectId;
}

/** The target when nothing is configured: what OpenShift AI 3.x runs (the guide's target). */
export const DEFAULT_RENDER_TARGET: RenderTarget = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: DEFAULT_EPP_DIALECT,
};

/** Zod schema of a (partial) render target, e.g. from app-config cluster defaults or CLI flags. */
export const renderTargetSchema = z
  .object({
    llmisvcApiVersion: z.enum(LLMISVC_API_VERSIONS).optional(),
    eppDialect: z.enum(EPP_DIALECT_IDS).optional(),
  })
  .strict();

/** Fills the unset parts of a target with {@link DEFAULT_RENDER_TARGET}. */
export function resolveRenderTarget(
  partial: Partial<RenderTarget> = {},
): RenderTarget {
  return {
    llmisvcApiVersion:
      partial.llmisvcApiVersion ?? DEFAULT_RENDER_TARGET.llmisvcApiVersion,
    eppDialect: partial.eppDialect ?? DEFAULT_RENDER_TARGET.eppDialect,
  };
}
