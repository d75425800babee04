import path from 'node:path';

/** The repository root: two levels above this package (`packages/test-support`), found through module resolution. */
export const repoRoot = path.resolve(
  path.dirname(require.resolve('@internal/test-support/package.json')),
  '../..',
);
