import { z } from 'zod';
import {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  type EppDialectId,
} from '../epp/eppDialects';

/**
 * LLMInferenceService API versions the renderers can target.
 *
 * @public
 */
export const LLMISVC_API_VERSIONS = ['v1alpha1', 'v1alpha2'] as const;

/**
 * An LLMInferenceService API version.
 *
 * @public
 */
export type LlmisvcApiVersion = (typeof LLMISVC_API_VERSIONS)[number];

/**
 * The controller's scheduler template a v1alpha1 render extends (its `kserve-config-llm-scheduler`): OpenShift AI's
 * (kebab-case flags, `--config-text`; EPPs from llm-d-inference-scheduler v0.3 on) or upstream KServe v0.16's
 * (camelCase flags, `--configText`; llm-d-inference-scheduler v0.2).
 *
 * @public
 */
export const SCHEDULER_TEMPLATES = ['openshift-ai', 'kserve-v0.16'] as const;

/**
 * A scheduler template flavour; see {@link SCHEDULER_TEMPLATES}.
 *
 * @public
 */
export type SchedulerTemplate = (typeof SCHEDULER_TEMPLATES)[number];

/**
 * What a render produces manifests for: the LLMInferenceService API version the cluster serves (v1alpha1 on KServe
 * 0.15/0.16 and OpenShift AI 3.x, v1alpha2 on KServe 0.17+), the dialect of its EPP scheduler and, for v1alpha1,
 * the scheduler template whose arguments the render repeats (OpenShift AI's when unset).
 *
 * @public
 */
export interface RenderTarget {
  readonly llmisvcApiVersion: LlmisvcApiVersion;
  readonly eppDialect: EppDialectId;
  readonly schedulerTemplate?: SchedulerTemplate;
}

/** The target when nothing is configured: what OpenShift AI 3.x runs (the guide's target). */
export const DEFAULT_RENDER_TARGET: Required<RenderTarget> = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: DEFAULT_EPP_DIALECT,
  schedulerTemplate: 'openshift-ai',
};

/**
 * The template flavour whose flags a dialect's binary parses: only scheduler-v0.2 (GIE v0.5.0) has camelCase flags
 * (cmd/epp/runner/runner.go@G v0.5.0); kebab-case from scheduler-v0.3 (runner.go@G v1.0.0) on.
 */
function schedulerTemplateForDialect(dialect: EppDialectId): SchedulerTemplate {
  return dialect === 'scheduler-v0.2' ? 'kserve-v0.16' : 'openshift-ai';
}

/**
 * Zod schema of a (partial) render target, e.g. from app-config cluster defaults or CLI flags.
 *
 * @public
 */
export const renderTargetSchema = z
  .object({
    llmisvcApiVersion: z.enum(LLMISVC_API_VERSIONS).optional(),
    eppDialect: z.enum(EPP_DIALECT_IDS).optional(),
    schedulerTemplate: z.enum(SCHEDULER_TEMPLATES).optional(),
  })
  .strict();

/**
 * Fills the unset parts of a target with `DEFAULT_RENDER_TARGET`. A dialect named without a template gets the
 * template whose flag spelling that dialect's binary parses (`schedulerTemplateForDialect`); with neither named,
 * the default target's OpenShift AI template.
 *
 * @public
 */
export function resolveRenderTarget(
  partial: Partial<RenderTarget> = {},
): Required<RenderTarget> {
  return {
    llmisvcApiVersion:
      partial.llmisvcApiVersion ?? DEFAULT_RENDER_TARGET.llmisvcApiVersion,
    eppDialect: partial.eppDialect ?? DEFAULT_RENDER_TARGET.eppDialect,
    schedulerTemplate:
      partial.schedulerTemplate ??
      (partial.eppDialect
        ? schedulerTemplateForDialect(partial.eppDialect)
        : DEFAULT_RENDER_TARGET.schedulerTemplate),
  };
}
