import { BUILTIN_RESOURCES, FALLBACK_CRD_RESOURCES } from './builtinResources';
import { crdDeclarations, LoadedCrd } from './crdLoader';
import {
  ResourceDeclaration,
  resourceType,
  ResourceTable,
} from './ResourceTable';

/** The served resources of a new simulator and the CRDs behind the custom ones. */
export interface ResourceRegistry {
  table: ResourceTable;
  /** Every CRD served (loaded from disk or a fallback entry), to be stored as CustomResourceDefinition objects. */
  crds: LoadedCrd[];
}

/**
 * Registers the built-in kinds, then `crds`, then the fallback CRD entries for kinds and versions the portal needs
 * that `crds` did not provide — except CRDs named in `omit` (`plural.group`), so a simulator can lack a kind.
 */
export function buildResourceRegistry(
  crds: readonly LoadedCrd[],
  omit: readonly string[] = [],
): ResourceRegistry {
  const table = new ResourceTable();
  for (const declaration of BUILTIN_RESOURCES) {
    table.register(resourceType(declaration, true));
  }
  for (const crd of crds) {
    registerCrd(table, crd);
  }
  const loaded = new Map(crds.map(c => [c.name, c]));
  const served: LoadedCrd[] = [...crds];
  for (const crd of fallbackCrds().filter(c => !omit.includes(c.name))) {
    const found = loaded.get(crd.name);
    if (!found) {
      registerCrd(table, crd);
      served.push(crd);
      continue;
    }
    // A reference snapshot may lack a version the portal needs (e.g. v1alpha2 LLMInferenceServiceConfig).
    const missing = crd.versions.filter(
      v => !found.versions.some(f => f.name === v.name),
    );
    if (missing.length) {
      const merged = {
        ...found,
        versions: [
          ...found.versions,
          ...missing.map(v => ({ ...v, storage: false })),
        ],
      };
      registerCrd(table, merged);
      served[served.indexOf(found)] = merged;
    }
  }
  return { table, crds: served };
}

/** Serves every served version of a CRD. */
export function registerCrd(table: ResourceTable, crd: LoadedCrd): void {
  for (const declaration of crdDeclarations(crd)) {
    table.register(resourceType(declaration, false));
  }
}

/** The fallback declarations grouped into CRDs; the first version listed is the storage version. */
function fallbackCrds(): LoadedCrd[] {
  const byName = new Map<string, ResourceDeclaration[]>();
  for (const d of FALLBACK_CRD_RESOURCES) {
    const name = `${d.plural}.${d.group}`;
    byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  return [...byName.entries()].map(([name, versions]) => {
    const first = versions[0];
    return {
      name,
      group: first.group,
      kind: first.kind,
      listKind: `${first.kind}List`,
      plural: first.plural,
      singular: first.kind.toLowerCase(),
      shortNames: first.shortNames ?? [],
      namespaced: first.namespaced,
      versions: versions.map((v, i) => ({
        name: v.version,
        served: true,
        storage: i === 0,
        hasStatus: v.hasStatus,
      })),
      file: '(built-in)',
    };
  });
}
