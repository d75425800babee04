import { SCHEDULER_MAIN_CONTAINER } from '../../epp/llmInferenceServiceScheduler';
import type { RenderTarget } from '../renderTarget';
import type { ModelServiceEppConfig } from './modelRouting';
import {
  EPP_CONFIG_TEXT_FLAG,
  SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
} from './schedulerDefaultArgs';

/**
 * `spec.router.scheduler` of an LLMInferenceService. Without an EPP config it is `{}`: the controller's default.
 * v1alpha1 has no config field, so the config goes to `--config-text` of the scheduler container `main` (the only
 * one the controller reads) after the full default argument list, which `args` replaces. Newer API versions take it
 * as data in `config.inline` and keep the container untouched.
 */
export function renderScheduler(
  epp: ModelServiceEppConfig | undefined,
  target: RenderTarget,
): Record<string, unknown> {
  if (!epp) return {};
  if (target.llmisvcApiVersion === 'v1alpha1') {
    return {
      template: {
        containers: [
          {
            name: SCHEDULER_MAIN_CONTAINER,
            args: [
              ...SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
              EPP_CONFIG_TEXT_FLAG,
              epp.text,
            ],
          },
        ],
      },
    };
  }
  return { config: { inline: epp.config } };
}
