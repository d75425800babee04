import type { LoggerService } from '@backstage/backend-plugin-api';

/** One file of the workspace, as it will be stored in the repository. */
export interface UnitFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  content: Buffer;
  executable: boolean;
}

/** The new contents of each unit: its files (none means the unit is removed). */
export type UnitContents = Map<string, UnitFile[]>;

/** What both push strategies (bare repository, http) are asked to do. */
export interface PushBranchRequest {
  branchName: string;
  targetBranch: string;
  /** The units to replace as a whole, with their new contents. */
  units: UnitContents;
  commitMessage: string;
  author: { name: string; email: string };
  logger: LoggerService;
  /**
   * Http remotes only: rebuild the branch as one commit on top of targetBranch and force-push it, the way a
   * pull/merge request branch is updated (default: add a commit on top of the branch).
   */
  rebuild?: boolean;
}

/** What a push did; JSON, because it is stored as the task's checkpoint. */
export interface PushBranchResult {
  /** The branch head after the push (the old head when nothing changed). */
  commitHash: string;
  /** Whether the branch existed on the remote before. */
  updated: boolean;
  /** Repository paths added, modified or removed (empty: no commit made). */
  changedFiles: string[];
}
