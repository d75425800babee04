import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repoRoot';

describe('repoRoot', () => {
  it('is the workspace root', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
    );
    expect(pkg.workspaces).toContain('packages/*');
  });
});
