import fs from 'node:fs';
import path from 'node:path';

/**
 * The default CRD directories: `<shared>/reference/crds` and `<shared>/reference/kserve`, located through
 * `findSharedDir()` of `@llmd/crd-validator`. That package is a development dependency of this repository,
 * so it is loaded optionally: without it (an installed simulator) or without the shared data, the simulator
 * serves only its built-in fallback CRD entries.
 */
export function defaultCrdDirs(
  log: (line: string) => void = () => {},
): string[] {
  let findSharedDir: (() => string) | undefined;
  try {
    // Optional at runtime (see above), hence require() rather than an import.
    // eslint-disable-next-line @backstage/no-undeclared-imports
    findSharedDir = require('@llmd/crd-validator').findSharedDir;
  } catch {
    log(
      '@llmd/crd-validator not installed; using the built-in CRD entries only',
    );
    return [];
  }
  let shared: string;
  try {
    shared = findSharedDir!();
  } catch (e) {
    log(
      `no shared reference data (${
        (e as Error).message
      }); using the built-in CRD entries only`,
    );
    return [];
  }
  return ['crds', 'kserve']
    .map(name => path.join(shared, 'reference', name))
    .filter(dir => fs.existsSync(dir));
}
