import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader, type JsonObject } from '@backstage/config';
import { expectValidManifests } from '@llmd/crd-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GitopsConfig,
  readGitopsConfig,
} from '../config/readGitopsConfig';
import type { createRenderAction } from '../actions/createRenderAction';
import { exampleInput, type ExampleStep, runAction } from './actionExamples';

/** The portal's `llmd.gitops` for the examples: publish to a local bare repository. */
const EXAMPLE_GITOPS_CONFIG = {
  provider: 'local',
  repoUrl: '/srv/gitops.git',
  targetBranch: 'main',
} as const satisfies JsonObject;

/** `llmd.gitops` as the actions read it at start-up, from {@link EXAMPLE_GITOPS_CONFIG}. */
export function exampleGitopsConfig(): GitopsConfig {
  return readGitopsConfig(
    new ConfigReader({ llmd: { gitops: EXAMPLE_GITOPS_CONFIG } }),
  );
}

/**
 * For a `describe` of a render action's examples: a fresh workspace per test, and a function that runs one example's
 * render step in it and checks what every render must hold — the files it names are in the workspace, every
 * manifest is valid against the CRD schemas, and the publish settings come from the configuration.
 */
export function renderExampleRunner(
  createAction: (options: {
    gitops: GitopsConfig;
  }) => ReturnType<typeof createRenderAction>,
) {
  const workspace = createMockDirectory();
  beforeEach(() => workspace.clear());
  const action = createAction({ gitops: exampleGitopsConfig() });
  const text = (file: string) =>
    readFileSync(join(workspace.path, file), 'utf8');
  return {
    action,
    /** A file the render wrote into the workspace. */
    text,
    async run(steps: readonly ExampleStep[]) {
      const { outputs } = await runAction(
        action,
        exampleInput(steps, action.id),
        workspace.path,
      );
      const files = outputs.files as string[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        if (!file.endsWith('kustomization.yaml')) {
          expectValidManifests(text(file));
        }
      }
      expect(outputs.publish).toEqual({
        provider: 'local',
        repoUrl: '/srv/gitops.git',
        targetBranch: 'main',
      });
      return outputs;
    },
  };
}
