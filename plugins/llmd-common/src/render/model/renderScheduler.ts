import { SCHEDULER_MAIN_CONTAINER } from '../../epp/llmInferenceServiceScheduler';
import { DEFAULT_RENDER_TARGET, type RenderTarget } from '../renderTarget';
import type { ModelServiceEppConfig } from './modelRouting';
import { schedulerTemplateArgs } from './schedulerDefaultArgs';

/**
 * `spec.router.scheduler` of an LLMInferenceService. Without an EPP config it is `{}`: the controller's default.
 * v1alpha1 has no config field, so the config goes to the config-text flag of the scheduler container `main` (the
 * only one the controller reads) after the full default argument list, which `args` replaces — both as the target's
 * scheduler template spells them (`--config-text` after OpenShift AI's kebab-case list, `--configText` after upstream
 * KServe v0.16's camelCase one). Newer API versions take it as data in `config.inline` and keep the container
 * untouched.
 */
export function renderScheduler(
  epp: ModelServiceEppConfig | undefined,
  target: RenderTarget,
): Record<string, unknown> {
  if (!epp) return {};
  if (target.llmisvcApiVersion === 'v1alpha1') {
    const { defaultArgs, configTextFlag } = schedulerTemplateArgs(
      target.schedulerTemplate ?? DEFAULT_RENDER_TARGET.schedulerTemplate,
    );
    return {
      template: {
        containers: [
          {
            name: SCHEDULER_MAIN_CONTAINER,
            args: [...defaultArgs, configTextFlag, epp.text],
          },
        ],
      },
    };
  }
  return { config: { inline: epp.config } };
}
