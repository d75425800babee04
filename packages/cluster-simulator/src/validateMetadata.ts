import { ResourceType } from './ResourceTable';
import { invalid } from './StatusError';
import { KubeObject } from './types';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Kinds whose names must be DNS labels rather than subdomains. */
const LABEL_NAMED = new Set(['Namespace', 'Service']);

/**
 * The object-metadata checks of the real API server that manifests most often fail: name format and label
 * syntax. They answer 422 Invalid; the spec is not validated (the simulator has no schemas).
 *
 * @throws StatusError 422
 */
export function validateMetadata(type: ResourceType, obj: KubeObject): void {
  const name = obj.metadata.name ?? '';
  const problem = nameProblem(type, name);
  if (problem) {
    throw invalid(
      type,
      name,
      'metadata.name',
      `Invalid value: "${name}": ${problem}`,
    );
  }
  for (const [key, value] of Object.entries(obj.metadata.labels ?? {})) {
    const keyProblem = labelKeyProblem(key);
    if (keyProblem) {
      throw invalid(
        type,
        name,
        'metadata.labels',
        `Invalid value: "${key}": ${keyProblem}`,
      );
    }
    if (
      typeof value !== 'string' ||
      (value !== '' && (value.length > 63 || !LABEL_NAME.test(value)))
    ) {
      throw invalid(
        type,
        name,
        'metadata.labels',
        `Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
      );
    }
  }
}

function nameProblem(type: ResourceType, name: string): string | undefined {
  if (!name) return 'name or generateName is required';
  if (type.group === 'rbac.authorization.k8s.io') {
    // RBAC objects only need to be valid path segments (system:... names are common).
    return name === '.' || name === '..' || /[/%]/.test(name)
      ? 'may not contain "/" or "%" and may not be "." or ".."'
      : undefined;
  }
  if (LABEL_NAMED.has(type.kind) && type.group === '') {
    return name.length <= 63 && DNS_LABEL.test(name)
      ? undefined
      : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
  }
  return name.length <= 253 && DNS_SUBDOMAIN.test(name)
    ? undefined
    : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
}

function labelKeyProblem(key: string): string | undefined {
  const parts = key.split('/');
  const name = parts[parts.length - 1];
  if (parts.length > 2) return 'a qualified name must have at most one "/"';
  if (
    parts.length === 2 &&
    !(parts[0].length <= 253 && DNS_SUBDOMAIN.test(parts[0]))
  ) {
    return 'prefix part must be a lowercase RFC 1123 subdomain';
  }
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}
