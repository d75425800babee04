import fs from 'node:fs';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { createCrdValidator, loadCrdCatalog } from '@internal/crd-validator';
import type { ManifestSchemaCheck } from '@llmd/plugin-llmd-common';

/**
 * A schema check over the CRDs found in `crdDirectories` plus the built-in core kinds (Namespace, ServiceAccount,
 * Role, ...). Directories that do not exist are skipped with a warning rather than failing every validation.
 */
export function createManifestSchemaCheck(
  crdDirectories: readonly string[],
  logger: LoggerService,
): ManifestSchemaCheck {
  const roots = crdDirectories.filter(dir => {
    const exists = fs.existsSync(dir);
    if (!exists) {
      logger.warn(
        `llmd.gitops.validation.crdDirectories: ${dir} does not exist; its CRDs are not used`,
      );
    }
    return exists;
  });
  const validator = createCrdValidator(loadCrdCatalog(roots));
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
        reason: `no CRD for ${apiVersion} ${kind} in llmd.gitops.validation.crdDirectories`,
      };
    }
    const result = validator.validate(manifest);
    return { checked: true, errors: result.errors };
  };
}
