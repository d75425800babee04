import type { LoggerService } from '@backstage/backend-plugin-api';
import { listWorkspaceFiles } from '../workspace/listWorkspaceFiles';
import { resolveSourceDir } from './confinedPaths';
import type { PushBranchRequest, UnitContents } from './pushBranchRequest';
import { readUnitContents } from './readUnitContents';
import { resolveUnits } from './resolveUnits';

/** The commit author when the template sets none. */
export const DEFAULT_GIT_AUTHOR = {
  name: 'llm-d portal',
  email: 'llmd-portal@localhost',
};

/** What the template says about the commit; everything but the branches is optional. */
export interface WorkspacePushInput {
  readonly branchName: string;
  readonly targetBranch: string;
  /** Workspace directory standing for the repository root; default `.`. */
  readonly sourcePath?: string;
  /** Repository directories replaced as a whole; default: every directory holding a file. */
  readonly units?: string[];
  readonly commitMessage?: string;
  readonly gitAuthorName?: string;
  readonly gitAuthorEmail?: string;
}

/**
 * Reads the units of the workspace (the given ones, else every directory holding a file) into a push request,
 * logging what each unit holds and any file outside every unit (those are not pushed).
 */
export async function workspacePushRequest(
  workspacePath: string,
  input: WorkspacePushInput,
  logger: LoggerService,
): Promise<PushBranchRequest> {
  const sourceDir = await resolveSourceDir(
    workspacePath,
    input.sourcePath ?? '.',
  );
  const listing = await listWorkspaceFiles(sourceDir);
  const { units, outside } = resolveUnits(listing.files, input.units);
  if (outside.length > 0) {
    logger.warn(`Not pushed, outside every unit: ${outside.join(', ')}`);
  }
  const contents = await readUnitContents(sourceDir, listing, units);
  logUnitContents(contents, logger);
  return {
    branchName: input.branchName,
    targetBranch: input.targetBranch,
    units: contents,
    commitMessage: input.commitMessage ?? defaultCommitMessage(units),
    author: {
      name: input.gitAuthorName ?? DEFAULT_GIT_AUTHOR.name,
      email: input.gitAuthorEmail ?? DEFAULT_GIT_AUTHOR.email,
    },
    logger,
  };
}

function logUnitContents(contents: UnitContents, logger: LoggerService) {
  for (const [unit, files] of contents) {
    logger.info(
      files.length > 0
        ? `Unit ${unit}: ${files.length} file(s)`
        : `Unit ${unit}: no files in the workspace, the branch will not have it`,
    );
  }
}

function defaultCommitMessage(units: string[]): string {
  return units.length === 1
    ? `Update ${units[0]}`
    : `Update ${units.length} units\n\n${units.map(u => `- ${u}`).join('\n')}`;
}
