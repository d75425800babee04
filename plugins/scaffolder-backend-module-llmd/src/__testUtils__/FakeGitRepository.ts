import { createHash } from 'node:crypto';

/** A file of a tree: its git mode (`100644`, `100755`, `120000`) and the sha of its blob. */
export interface FakeTreeEntry {
  readonly mode: string;
  readonly sha: string;
}

/** A commit author or committer as the GitHub git data API takes and returns it. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
  readonly date?: string;
}

/** A commit of the fake repository. */
export interface FakeCommit {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author?: GitIdentity;
  readonly committer?: GitIdentity;
}

/** One item of `POST /repos/{owner}/{repo}/git/trees`: a blob by sha, inline text content, or `sha: null` to delete. */
export interface TreeItemInput {
  readonly path: string;
  readonly mode?: string;
  readonly type?: string;
  readonly sha?: string | null;
  readonly content?: string;
}

/** A request the git data API would reject with 422 (unknown object, existing ref, non-fast-forward, …). */
export class GitObjectError extends Error {}

const sha1 = (data: string | Buffer) =>
  createHash('sha1').update(data).digest('hex');

/**
 * The git objects and branches of one repository, in memory. Blob shas are real git object ids, so a test can
 * compare them with `git hash-object`; trees are flat (path → blob) because GitHub clients only ever see a tree's
 * sha, and commits get unique shas the way real ones do through their timestamps.
 */
export class FakeGitRepository {
  readonly branches = new Map<string, string>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly trees = new Map<
    string,
    ReadonlyMap<string, FakeTreeEntry>
  >();
  private readonly commits = new Map<string, FakeCommit>();
  private commitCount = 0;

  constructor(defaultBranch: string, files: Record<string, string>) {
    const tree = this.createTree(
      undefined,
      Object.entries(files).map(([path, content]) => ({ path, content })),
    );
    const root = this.createCommit({
      message: 'Initial commit',
      tree,
      parents: [],
    });
    this.branches.set(defaultBranch, root.sha);
  }

  /** Stores a blob and returns its git object id. */
  createBlob(content: Buffer): string {
    const sha = sha1(
      Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]),
    );
    this.blobs.set(sha, content);
    return sha;
  }

  blob(sha: string): Buffer | undefined {
    return this.blobs.get(sha);
  }

  tree(sha: string): ReadonlyMap<string, FakeTreeEntry> {
    const tree = this.trees.get(sha);
    if (!tree) throw new GitObjectError(`tree ${sha} does not exist`);
    return tree;
  }

  /** Applies `items` on top of `baseTree` (or an empty tree), as GitHub's create-a-tree does. */
  createTree(
    baseTree: string | undefined,
    items: readonly TreeItemInput[],
  ): string {
    const entries = new Map(baseTree ? this.tree(baseTree) : []);
    for (const item of items) {
      if (!item.path || item.path.startsWith('/') || item.path.endsWith('/')) {
        throw new GitObjectError(
          `tree.path ${JSON.stringify(item.path)} is invalid`,
        );
      }
      if (item.type !== undefined && item.type !== 'blob') {
        throw new GitObjectError(
          `tree.type ${item.type} is not supported by the fake`,
        );
      }
      if (item.sha === null) {
        // Deleting a path the tree does not hold is what GitHub answers with "GitRPC::BadObjectState".
        if (!entries.delete(item.path))
          throw new GitObjectError('GitRPC::BadObjectState');
        continue;
      }
      const sha =
        item.content !== undefined
          ? this.createBlob(Buffer.from(item.content, 'utf8'))
          : item.sha;
      if (!sha || !this.blobs.has(sha)) {
        throw new GitObjectError(`tree.sha ${sha} is not a valid blob`);
      }
      entries.set(item.path, { mode: item.mode ?? '100644', sha });
    }
    const listing = [...entries]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, entry]) => `${entry.mode} ${path}\0${entry.sha}`)
      .join('\n');
    const sha = sha1(`tree\0${listing}`);
    this.trees.set(sha, entries);
    return sha;
  }

  createCommit(input: Omit<FakeCommit, 'sha'>): FakeCommit {
    this.tree(input.tree);
    for (const parent of input.parents) {
      if (!this.commits.has(parent)) {
        throw new GitObjectError(`parent ${parent} is not a commit`);
      }
    }
    this.commitCount += 1;
    const sha = sha1(JSON.stringify({ ...input, n: this.commitCount }));
    const commit = { ...input, sha };
    this.commits.set(sha, commit);
    return commit;
  }

  /** A commit by sha, or the head of a branch given as `name`, `heads/name` or `refs/heads/name`. */
  resolve(refOrSha: string): FakeCommit | undefined {
    const branch = refOrSha.replace(/^(refs\/)?heads\//, '');
    return this.commits.get(this.branches.get(branch) ?? refOrSha);
  }

  /** The first-parent history from `sha`, newest first. */
  log(sha: string, limit: number): FakeCommit[] {
    const history: FakeCommit[] = [];
    for (let c = this.commits.get(sha); c && history.length < limit; ) {
      history.push(c);
      c = c.parents[0] ? this.commits.get(c.parents[0]) : undefined;
    }
    return history;
  }

  /** Moves or creates a branch; without `force` only a fast-forward is accepted, like `PATCH /git/refs`. */
  setBranch(branch: string, sha: string, force: boolean): void {
    if (!this.commits.has(sha))
      throw new GitObjectError(`Object does not exist: ${sha}`);
    const current = this.branches.get(branch);
    if (current && !force && !this.isAncestor(current, sha)) {
      throw new GitObjectError('Update is not a fast forward');
    }
    this.branches.set(branch, sha);
  }

  /** Every file of a branch's head tree, by repo-relative path. */
  files(branch: string): Record<string, Buffer> {
    const head = this.resolve(branch);
    if (!head) throw new Error(`fake GitHub API: no branch ${branch}`);
    return Object.fromEntries(
      [...this.tree(head.tree)].map(([path, entry]) => [
        path,
        this.blobs.get(entry.sha)!,
      ]),
    );
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const pending = [sha];
    for (let next = pending.pop(); next; next = pending.pop()) {
      if (next === ancestor) return true;
      pending.push(...(this.commits.get(next)?.parents ?? []));
    }
    return false;
  }
}
