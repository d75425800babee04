import { ResourceTable, ResourceType } from './ResourceTable';
import { pathNotFound } from './StatusError';

/** What `/version` reports: the Kubernetes line OpenShift 4.18 runs. */
export const SIMULATED_VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.0+cluster-simulator',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: 'go1.22.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/**
 * The discovery documents: `/api`, `/api/v1`, `/apis`, `/apis/<group>` and `/apis/<group>/<version>`.
 *
 * @throws StatusError 404 for a group or version that is not served
 */
export function discoveryDocument(
  table: ResourceTable,
  target: { group?: string; version?: string; legacy: boolean },
  serverAddress: string,
): Record<string, unknown> {
  const { group, version, legacy } = target;
  if (legacy && version === undefined) {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
    };
  }
  if (group === undefined) {
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: table
        .groups()
        .map(g => groupDocument(g.name, g.versions, g.preferredVersion)),
    };
  }
  if (version === undefined) {
    const served = table.groups().find(g => g.name === group);
    if (!served) throw pathNotFound();
    return {
      kind: 'APIGroup',
      apiVersion: 'v1',
      ...groupDocument(served.name, served.versions, served.preferredVersion),
    };
  }
  const resources = table.resourcesOf(group, version);
  if (!resources) throw pathNotFound();
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: resources.flatMap(resourceEntries),
  };
}

function groupDocument(name: string, versions: string[], preferred: string) {
  const entry = (v: string) => ({ groupVersion: `${name}/${v}`, version: v });
  return {
    name,
    versions: versions.map(entry),
    preferredVersion: entry(preferred),
  };
}

function resourceEntries(type: ResourceType): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [
    {
      name: type.plural,
      singularName: type.singular,
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: type.verbs,
      ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
    },
  ];
  if (type.hasStatus) {
    entries.push({
      name: `${type.plural}/status`,
      singularName: '',
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: ['get', 'patch', 'update'],
    });
  }
  if (type.group === '' && type.plural === 'serviceaccounts') {
    entries.push({
      name: 'serviceaccounts/token',
      singularName: '',
      namespaced: true,
      group: 'authentication.k8s.io',
      version: 'v1',
      kind: 'TokenRequest',
      verbs: ['create'],
    });
  }
  return entries;
}
