import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repoRoot';
import { vendorPath } from './vendorPath';

describe('vendorPath', () => {
  it('is vendor/ of the repository, joined with the segments', () => {
    expect(vendorPath()).toBe(path.join(repoRoot, 'vendor'));
    expect(vendorPath('epp', 'llm-d-router-HEAD/epp-config.yaml')).toBe(
      path.join(
        repoRoot,
        'vendor',
        'epp',
        'llm-d-router-HEAD',
        'epp-config.yaml',
      ),
    );
    expect(fs.existsSync(vendorPath('PROVENANCE.tsv'))).toBe(true);
  });

  it('refuses a path outside vendor/', () => {
    expect(() => vendorPath('..', 'package.json')).toThrow(
      '../package.json is not under vendor/',
    );
    expect(() => vendorPath('/etc/passwd')).toThrow('is not under vendor/');
  });
});
