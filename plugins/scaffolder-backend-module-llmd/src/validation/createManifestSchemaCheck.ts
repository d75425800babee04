import fs from 'node:fs';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  combineCrdCatalogs,
  type CompiledSnapshots,
  type CrdCatalog,
  createCrdValidator,
  loadCrdCatalog,
} from '@llmd/crd-validator';
import type { ManifestSchemaCheck } from '@llmd/plugin-llmd-common';

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

/**
 * A schema check over CRD catalogs in order of precedence (configured directories, then the clusters) plus the
 * built-in core kinds (Namespace, ServiceAccount, Role, ...). `sources` names where CRDs were looked for, for the
 * warning about kinds none of them has. Checks built one after the other share `compiledSnapshots`, so a CRD is
 * compiled once, not on every validation.
 */
export function createManifestSchemaCheck(
  catalogs: readonly CrdCatalog[],
  sources: string,
  compiledSnapshots?: CompiledSnapshots,
): ManifestSchemaCheck {
  const validator = createCrdValidator(combineCrdCatalogs(catalogs), {
    compiledSnapshots,
  });
  return manifest => {
    const { apiVersion, kind } = (manifest ?? {}) as Record<string, unknown>;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      return {
        checked: true,
        errors: [{ path: '', message: 'apiVersion and kind are required' }],
      };
    }
    if (!validator.hasSchema(apiVersion, kind)) {
      return {
        checked: false,
        reason: `no CRD for ${apiVersion} ${kind} in ${sources}`,
      };
    }
    return { checked: true, errors: validator.validate(manifest).errors };
  };
}
