import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import {
  diagnoseSimulatorPerTest,
  modelUrl,
} from './__testUtils__/diagnoseSimulator';
import { runTestCliOnDisk } from './testCliIo';

// a simulator per test and several CLI runs: seconds each on a loaded machine
jest.setTimeout(60_000);

// docs/diagnose.md shows `llmd diagnose` against the demo cluster (the simulator seeded with examples/gitops and
// examples/demo-cluster, with the data plane). Each block marked `<!-- diagnose-example [exit=N] -->` runs here against
// that cluster and must print what the doc shows; only ports and latencies (which differ per run) are compared loosely.
const doc = fs.readFileSync(path.join(repoRoot, 'docs/diagnose.md'), 'utf8');
const DOC_KUBECONFIG = '/tmp/demo.kubeconfig';

interface Example {
  readonly args: string[];
  readonly expected: string;
  readonly exit: number;
}

function examples(): Example[] {
  const pattern =
    /^<!-- diagnose-example(?: exit=(\d))? -->\n+```text\n\$ npx llmd (.*)\n([\s\S]*?)```$/gm;
  return [...doc.matchAll(pattern)].map(m => ({
    args: m[2].split(' '),
    expected: m[3],
    exit: Number(m[1] ?? 0),
  }));
}

/** Ports and latencies vary per run. */
function normalized(text: string): string {
  return text
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\d+ ms\b/g, 'N ms');
}

/** The documented output as a pattern: each line literally, a line `...` for any number of lines. */
function documentedPattern(expected: string): RegExp {
  const lines = normalized(expected).replace(/\n$/, '').split('\n');
  const body = lines
    .map(line =>
      line === '...'
        ? '(?:[^\\n]*\\n)*?'
        : `${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`,
    )
    .join('');
  return new RegExp(`^${body}$`);
}

describe('docs/diagnose.md', () => {
  const t = diagnoseSimulatorPerTest({
    seedDir: undefined,
    seedDirs: [
      path.join(repoRoot, 'examples/gitops'),
      path.join(repoRoot, 'examples/demo-cluster'),
    ],
  });

  it('has examples', () => {
    expect(examples().map(e => e.args.join(' '))).toHaveLength(3);
  });

  it.each(examples().map(e => [e.args.join(' '), e] as const))(
    'llmd %s prints what the doc shows',
    async (_, example) => {
      await modelUrl(t, 'team-a', 'granite-8b');
      await modelUrl(t, 'team-b', 'granite-8b-team-b');
      const args = example.args.map(a =>
        a === DOC_KUBECONFIG ? t.kubeconfig : a,
      );
      const result = await runTestCliOnDisk(args);
      const output = normalized(result.stdout);
      // on a mismatch the real output is shown next to the documented one
      expect(
        documentedPattern(example.expected).test(output)
          ? example.expected
          : result.stdout,
      ).toBe(example.expected);
      expect(result.code).toBe(example.exit);
    },
  );
});
