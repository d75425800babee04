import type { createMockDirectory } from '@backstage/backend-test-utils';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import type { createGitopsValidateAction } from '../actions/gitopsValidate';
import { createTestActionContext } from './testActionContext';

/**
 * Puts `files` into the workspace and runs `llmd:gitops:validate` on it: its outputs, log lines (`level: message`)
 * and the error it failed with, if any.
 */
export async function runValidateAction(
  action: ReturnType<typeof createGitopsValidateAction>,
  workspace: ReturnType<typeof createMockDirectory>,
  files: readonly GitopsFile[],
) {
  workspace.setContent(Object.fromEntries(files.map(f => [f.path, f.content])));
  const run = createTestActionContext({
    input: {},
    workspacePath: workspace.path,
  });
  const error = await action.handler(run.ctx as any).then(
    () => undefined,
    (e: Error) => e,
  );
  return { outputs: run.outputs, logs: run.logs, error };
}
