import { formatEppPath } from '../epp/eppDiagnostic';
import { GPU_RESOURCES } from '../models/modelSpecSummary';
import { valueAt } from '../kube/kubeObject';

/**
 * Formats the path of a field in a Kubernetes object the way findings report it: map keys joined with dots, list
 * indexes in brackets, and keys that are not plain identifiers (annotation and resource names) quoted in brackets,
 * e.g. `spec.template.containers[0].resources.limits["nvidia.com/gpu"]` — the EPP linter's convention, so paths stay
 * unambiguous although such keys contain dots.
 */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return formatEppPath(path);
}

/** Path of an annotation, e.g. `metadata.annotations["backstage.io/owner"]`. */
export function annotationPath(name: string): string {
  return formatFieldPath(['metadata', 'annotations', name]);
}

/** Path of a label, e.g. `metadata.labels["opendatahub.io/dashboard"]`. */
export function labelPath(name: string): string {
  return formatFieldPath(['metadata', 'labels', name]);
}

/**
 * Path of the GPU count of container `main` in the pod template at `template` (e.g. `['spec', 'template']`): the
 * GPU resource in `limits`, else in `requests` (what the spec summary counts), else the template's containers.
 */
export function gpuFieldPath(
  object: unknown,
  template: readonly string[],
): string {
  const containers = valueAt(object, ...template, 'containers');
  const index = Array.isArray(containers)
    ? containers.findIndex(
        c => typeof c === 'object' && c !== null && c.name === 'main',
      )
    : -1;
  if (index < 0) return formatFieldPath([...template, 'containers']);
  const resources = [...template, 'containers', index, 'resources'];
  for (const list of ['limits', 'requests']) {
    const resource = GPU_RESOURCES.find(
      r => valueAt(object, ...resources, list, r) !== undefined,
    );
    if (resource) return formatFieldPath([...resources, list, resource]);
  }
  return formatFieldPath(resources);
}
