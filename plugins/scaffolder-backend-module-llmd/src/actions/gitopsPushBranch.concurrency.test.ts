import { ConfigReader } from '@backstage/config';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createBareRepository,
  filesOf,
  gitIn,
} from '../__testUtils__/gitRepositories';
import { createTestActionContext } from '../__testUtils__/testActionContext';
import { createGitopsPushBranchAction } from './gitopsPushBranch';

// Under a loaded machine the losers' pauses add up; the runs themselves are bounded (30 attempts each).
jest.setTimeout(120_000);

const RUNS = 20;

/** Unit i of the runs: a model of its own, so that every run changes something different. */
const unitOf = (i: number) => `tenants/team-a/models/model-${i}`;

describe('llmd:gitops:push-branch, concurrent runs on a bare repository', () => {
  let root: string;
  let remote: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'llmd-push-concurrency-'));
    remote = createBareRepository(root, {
      'README.md': '# gitops\n',
      'tenants/team-a/base/namespace.yaml': 'kind: Namespace\n',
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the real action for unit `i` from a workspace of its own. */
  async function run(i: number, branchName: string) {
    const workspace = join(root, `workspace-${i}`);
    const path = join(workspace, unitOf(i), 'llminferenceservice.yaml');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `name: model-${i}\n`);
    const action = createGitopsPushBranchAction({
      config: new ConfigReader({ llmd: { gitops: { repoUrl: remote } } }),
    });
    const context = createTestActionContext({
      input: {
        branchName,
        units: [unitOf(i)],
        commitMessage: `Model ${i}`,
      },
      workspacePath: workspace,
    });
    await action.handler(context.ctx as any);
    return context;
  }

  const log = (ref: string) =>
    gitIn(remote, 'log', '--format=%H %P|%s', ref).split('\n');

  it(`keeps every commit of ${RUNS} runs racing for one branch, in a linear history`, async () => {
    const main = gitIn(remote, 'rev-parse', 'main');

    const runs = await Promise.all(
      Array.from({ length: RUNS }, (_, i) => run(i, 'llmd/batch')),
    );

    const history = log('llmd/batch');
    // Every run's commit, plus the seed commit of main, one parent each.
    expect(history).toHaveLength(RUNS + 1);
    expect(
      history.every(line => line.split('|')[0].split(' ').length <= 2),
    ).toBe(true);
    expect(history.map(line => line.split('|')[1]).sort()).toEqual(
      [...Array.from({ length: RUNS }, (_, i) => `Model ${i}`), 'Seed'].sort(),
    );
    expect(gitIn(remote, 'rev-list', '--max-parents=0', 'llmd/batch')).toBe(
      main,
    );
    // The runs did race: all read the same head, so all but one rebuilt their commit.
    expect(
      runs.filter(r => r.logs.some(l => l.includes('re-applying the units')))
        .length,
    ).toBeGreaterThan(0);
    // Each run's reported commit is in the history and the head holds every unit.
    const hashes = new Set(history.map(line => line.split(' ')[0]));
    for (const { outputs } of runs) {
      expect(hashes.has(outputs.commitHash as string)).toBe(true);
    }
    expect(filesOf(remote, 'llmd/batch')).toEqual(
      expect.arrayContaining(
        Array.from(
          { length: RUNS },
          (_, i) => `${unitOf(i)}/llminferenceservice.yaml`,
        ),
      ),
    );
    expect(gitIn(remote, 'rev-parse', 'main')).toBe(main);
    expect(() =>
      gitIn(remote, 'fsck', '--strict', '--no-dangling'),
    ).not.toThrow();
  });

  it(`keeps every commit of ${RUNS} runs on ${RUNS} branches at once`, async () => {
    const main = gitIn(remote, 'rev-parse', 'main');

    await Promise.all(
      Array.from({ length: RUNS }, (_, i) =>
        run(i, `llmd/model/team-a/model-${i}`),
      ),
    );

    for (let i = 0; i < RUNS; i++) {
      const history = log(`llmd/model/team-a/model-${i}`);
      expect(history).toEqual([
        expect.stringMatching(new RegExp(` ${main}\\|Model ${i}$`)),
        expect.stringMatching(/\|Seed$/),
      ]);
      expect(filesOf(remote, `llmd/model/team-a/model-${i}`)).toContain(
        `${unitOf(i)}/llminferenceservice.yaml`,
      );
    }
    expect(gitIn(remote, 'rev-parse', 'main')).toBe(main);
    expect(() => gitIn(remote, 'fsck', '--strict')).not.toThrow();
  });
});
