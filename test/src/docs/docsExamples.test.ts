import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { findRunnableBlocks, type RunnableBlock } from './findRunnableBlocks';
import { matchesDocumented } from './matchesDocumented';

// The docs' runnable examples (docs/development.md, "Runnable examples") are executed as written, from the
// repository root, with the repository's own CLI; their documented output must match, so the docs cannot drift.
const docFiles = [
  'README.md',
  ...fs
    .readdirSync(path.join(repoRoot, 'docs'))
    .filter(f => f.endsWith('.md'))
    .sort()
    .map(f => `docs/${f}`),
];

const blocks: RunnableBlock[] = docFiles.flatMap(file =>
  findRunnableBlocks(file, fs.readFileSync(path.join(repoRoot, file), 'utf8')),
);

/** `npx llmd a 'b c'` → the words after `npx llmd`, with single or double quotes grouping. */
function llmdArgs(block: RunnableBlock): string[] {
  const words = [...block.command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
    m => m[1] ?? m[2] ?? m[3],
  );
  if (words[0] !== 'npx' || words[1] !== 'llmd') {
    throw new Error(
      `${block.file}:${block.line}: runnable commands are \`npx llmd ...\``,
    );
  }
  return words.slice(2);
}

describe('runnable examples of the docs', () => {
  it('finds some in the docs', () => {
    expect(blocks.length).toBeGreaterThan(4);
  });

  it.each(blocks.map(b => [`${b.file}:${b.line} ${b.command}`, b] as const))(
    '%s',
    (_, block) => {
      const run = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'packages/cli/bin/llmd'), ...llmdArgs(block)],
        { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 },
      );
      const output = {
        stdout: run.stdout,
        stderr: run.stderr,
        both: run.stdout + run.stderr,
      }[block.stream];
      // on a mismatch the real output is shown next to the documented one
      const shown = matchesDocumented(output, block.expected)
        ? block.expected
        : output;
      expect(shown).toBe(block.expected);
      expect(run.status).toBe(block.exit);
    },
    60_000,
  );
});
