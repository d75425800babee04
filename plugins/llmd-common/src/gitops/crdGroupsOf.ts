import { parseAllDocuments } from 'yaml';
import type { GitopsFile } from '../render/gitopsFile';

/**
 * The API groups in some GitOps files that may be served by CRDs (groups with a dot: `serving.kserve.io`,
 * `gateway.networking.k8s.io`, ... and built-in ones such as `rbac.authorization.k8s.io`, for which a cluster simply
 * has no CRD), sorted: what a validation asks the clusters for. The core group and dot-less built-in groups
 * (`v1`, `apps/v1`) are left out, as are documents that do not parse.
 *
 * @public
 */
export function crdGroupsOf(files: readonly GitopsFile[]): string[] {
  const groups = new Set<string>();
  for (const file of files) {
    for (const doc of parseAllDocuments(file.content)) {
      if (doc.errors.length > 0) continue;
      const apiVersion = (doc.toJS() as { apiVersion?: unknown } | null)
        ?.apiVersion;
      if (typeof apiVersion !== 'string' || !apiVersion.includes('/')) continue;
      const group = apiVersion.slice(0, apiVersion.lastIndexOf('/'));
      // kustomize's own files are no cluster objects, so no cluster has a CRD for them
      if (group.includes('.') && group !== 'kustomize.config.k8s.io') {
        groups.add(group);
      }
    }
  }
  return [...groups].sort();
}
