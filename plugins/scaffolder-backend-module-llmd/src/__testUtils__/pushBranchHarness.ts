import {
  createMockDirectory,
  type MockDirectory,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject, JsonValue } from '@backstage/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitopsPushBranchAction } from '../actions/gitopsPushBranch';
import { createBareRepository } from './gitRepositories';
import {
  createTestActionContext,
  type TestActionContext,
} from './testActionContext';

/** The branch the harness pushes unless the input names another. */
export const BRANCH = 'llmd/model/team-a/granite-8b';
/** The unit the seeded repository and most tests are about. */
export const UNIT = 'tenants/team-a/models/granite-8b';
/** What `main` of the seeded remote holds. */
const SEED = {
  'README.md': '# gitops\n',
  'tenants/team-a/base/namespace.yaml': 'kind: Namespace\n',
  [`${UNIT}/llminferenceservice.yaml`]: 'replicas: 1\n',
  [`${UNIT}/stale.yaml`]: 'kind: Stale\n',
  'tenants/team-a/models/other/llminferenceservice.yaml': 'replicas: 9\n',
};

/** Runs `llmd:gitops:push-branch` against a fresh bare remote per test. */
export interface PushBranchHarness {
  workspace: MockDirectory;
  /** A temporary directory per test, holding the remote. */
  root(): string;
  /** The bare repository `llmd.gitops.repoUrl` points to. */
  remote(): string;
  push(
    input: JsonObject,
    options?: {
      isDryRun?: boolean;
      checkpoints?: Map<string, JsonValue | void>;
      /** Replaces the app-config (default: repoUrl = the remote). */
      config?: JsonObject;
    },
  ): Promise<TestActionContext>;
}

/** Registers the per-test set-up (call inside `describe`). */
export function usePushBranchHarness(): PushBranchHarness {
  const workspace = createMockDirectory();
  let root = '';
  let remote = '';
  beforeEach(() => {
    workspace.clear();
    root = mkdtempSync(join(tmpdir(), 'llmd-push-branch-'));
    remote = createBareRepository(root, SEED);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  return {
    workspace,
    root: () => root,
    remote: () => remote,
    async push(input, options = {}) {
      const action = createGitopsPushBranchAction({
        config: new ConfigReader(
          options.config ?? { llmd: { gitops: { repoUrl: remote } } },
        ),
      });
      const run = createTestActionContext({
        input: { branchName: BRANCH, ...input },
        workspacePath: workspace.path,
        isDryRun: options.isDryRun,
        checkpoints: options.checkpoints,
      });
      await action.handler(run.ctx as any);
      return run;
    },
  };
}
