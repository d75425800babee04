/**
 * One served group/version/resource of the simulated API server.
 */
export interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  /** `v1` or `group/version`. */
  apiVersion: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** Whether `/status` is a subresource (then writes to the main resource keep the status). */
  hasStatus: boolean;
  /**
   * Objects of all versions of one group/resource are one set of objects, as in a real cluster; this is
   * `plural.group` (just `plural` for the core group) and also the kubectl-style resource name.
   */
  storageKey: string;
  /** Built-in kinds are served typed: list items carry no kind/apiVersion, like the real API server. */
  builtin: boolean;
  /** The verbs served; review APIs (TokenReview, SubjectAccessReview) only `create`. */
  verbs: string[];
}

/** Standard verbs of a resource, as discovery reports them. */
const RESOURCE_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

/** The fields a resource is declared with; the rest is derived. */
export interface ResourceDeclaration {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular?: string;
  listKind?: string;
  shortNames?: string[];
  namespaced: boolean;
  hasStatus: boolean;
  /** Default: {@link RESOURCE_VERBS}. */
  verbs?: string[];
}

/** Completes a declaration into a {@link ResourceType}. */
export function resourceType(
  declaration: ResourceDeclaration,
  builtin: boolean,
): ResourceType {
  const { group, version, kind, plural } = declaration;
  return {
    group,
    version,
    apiVersion: group ? `${group}/${version}` : version,
    kind,
    listKind: declaration.listKind ?? `${kind}List`,
    plural,
    singular: declaration.singular ?? kind.toLowerCase(),
    shortNames: declaration.shortNames ?? [],
    namespaced: declaration.namespaced,
    hasStatus: declaration.hasStatus,
    storageKey: group ? `${plural}.${group}` : plural,
    builtin,
    verbs: declaration.verbs ?? RESOURCE_VERBS,
  };
}

/** A group as `/apis` reports it. */
export interface ServedGroup {
  name: string;
  versions: string[];
  preferredVersion: string;
}

/**
 * The registry of served resources, looked up by URL path segments or by apiVersion + kind.
 * The first registration of a group/version/resource wins, so CRDs loaded from disk take precedence over the
 * built-in fallback entries registered after them.
 */
export class ResourceTable {
  private readonly byPath = new Map<string, ResourceType>();
  private readonly byKind = new Map<string, ResourceType>();
  private readonly groupVersions = new Map<string, ResourceType[]>();

  register(type: ResourceType): boolean {
    const pathKey = `${type.group}/${type.version}/${type.plural}`;
    if (this.byPath.has(pathKey)) {
      return false;
    }
    this.byPath.set(pathKey, type);
    this.byKind.set(`${type.apiVersion}/${type.kind}`, type);
    const gv = `${type.group}/${type.version}`;
    this.groupVersions.set(gv, [...(this.groupVersions.get(gv) ?? []), type]);
    return true;
  }

  /** The resource at `/apis/<group>/<version>/<plural>` (group '' = `/api/v1`). */
  lookup(
    group: string,
    version: string,
    plural: string,
  ): ResourceType | undefined {
    return this.byPath.get(`${group}/${version}/${plural}`);
  }

  /** The resource of an object's apiVersion and kind. */
  forKind(apiVersion: string, kind: string): ResourceType | undefined {
    return this.byKind.get(`${apiVersion}/${kind}`);
  }

  /** The first registered version of a group/resource (`plural.group`), e.g. to reach its stored objects. */
  forStorageKey(storageKey: string): ResourceType | undefined {
    for (const type of this.byPath.values()) {
      if (type.storageKey === storageKey) return type;
    }
    return undefined;
  }

  /** Resources of one group/version, or undefined when it is not served. */
  resourcesOf(group: string, version: string): ResourceType[] | undefined {
    return this.groupVersions.get(`${group}/${version}`);
  }

  /**
   * Every named group with its versions, sorted by name. Versions are in Kubernetes priority order and the
   * first is preferred, as the API server reports for CRD groups (GA before beta before alpha).
   */
  groups(): ServedGroup[] {
    const byGroup = new Map<string, string[]>();
    for (const type of this.byPath.values()) {
      if (!type.group) continue;
      const list = byGroup.get(type.group) ?? [];
      if (!list.includes(type.version)) list.push(type.version);
      byGroup.set(type.group, list);
    }
    return [...byGroup.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => {
        const versions = [...list].sort(compareKubeVersions);
        return { name, versions, preferredVersion: versions[0] };
      });
  }

  all(): ResourceType[] {
    return [...this.byPath.values()];
  }
}

/**
 * Orders versions like Kubernetes does for discovery: GA before beta before alpha, higher numbers first.
 */
function compareKubeVersions(a: string, b: string): number {
  const rank = (v: string): [number, number, number] => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [3, 0, 0];
    const stability = { GA: 0, beta: 1, alpha: 2 }[m[2] ?? 'GA']!;
    return [stability, -Number(m[1]), -Number(m[3] ?? 0)];
  };
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < 3; i++) {
    if (ra[i] !== rb[i]) return ra[i] - rb[i];
  }
  return a.localeCompare(b);
}
