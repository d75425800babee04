import fs from 'node:fs';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { type CrdCatalog, loadCrdCatalog } from '@llmd/crd-validator';

/**
 * The CRDs of `crdDirectories` (directories that do not exist are skipped with a warning rather than failing every
 * validation), indexed once.
 */
export function configuredCrdCatalog(
  crdDirectories: readonly string[],
  logger: LoggerService,
): CrdCatalog {
  const roots = crdDirectories.filter(dir => {
    const exists = fs.existsSync(dir);
    if (!exists) {
      logger.warn(
        `llmd.gitops.validation.crdDirectories: ${dir} does not exist; its CRDs are not used`,
      );
    }
    return exists;
  });
  return loadCrdCatalog(roots);
}
