import { preferredBundledCrds } from '@llmd/crd-validator';
import { LoadedCrd, loadCrds, toLoadedCrd } from './crdLoader';
import { ClusterSimulatorOptions } from './types';

let bundledWithSchemas: LoadedCrd[] | undefined;
let bundledHeaders: LoadedCrd[] | undefined;

/**
 * The bundled CRDs of `@llmd/crd-validator`, one snapshot per CRD as a cluster would have installed it. Kept for
 * the process: a benchmark starts many simulators.
 */
export function loadBundledCrds(withSchemas: boolean): LoadedCrd[] {
  if (withSchemas) {
    bundledWithSchemas ??= toLoaded(true);
    return bundledWithSchemas;
  }
  bundledHeaders ??= toLoaded(false);
  return bundledHeaders;
}

function toLoaded(withSchemas: boolean): LoadedCrd[] {
  return preferredBundledCrds().flatMap(crd => {
    const loaded = toLoadedCrd(crd.object, `bundled/${crd.source}`);
    if (!loaded) return [];
    return [
      withSchemas
        ? loaded
        : {
            ...loaded,
            versions: loaded.versions.map(({ openAPIV3Schema, ...v }) => v),
          },
    ];
  });
}

/**
 * The CRDs a new simulator serves, from `crdDirs` when given, else from `crds` (`bundled` by default, or `none`),
 * without those named in `omitCrds` (`plural.group`).
 */
export function loadServedCrds(
  options: Pick<
    ClusterSimulatorOptions,
    'crdDirs' | 'crds' | 'crdSchemas' | 'omitCrds'
  >,
  log: (line: string) => void,
): LoadedCrd[] {
  const withSchemas = Boolean(options.crdSchemas);
  let crds: LoadedCrd[];
  if (options.crdDirs) {
    crds = loadCrds(options.crdDirs, log, withSchemas);
    log(`serving ${crds.length} CRDs from ${options.crdDirs.join(', ')}`);
  } else if (options.crds === 'none') {
    crds = [];
    log('serving no CRDs but the built-in entries (--crds none)');
  } else {
    crds = loadBundledCrds(withSchemas);
    log(
      `serving the ${crds.length} bundled CRDs of @llmd/crd-validator${
        withSchemas ? ' with their schemas' : ''
      }`,
    );
  }
  const omit = new Set(options.omitCrds ?? []);
  return omit.size === 0 ? crds : crds.filter(crd => !omit.has(crd.name));
}
