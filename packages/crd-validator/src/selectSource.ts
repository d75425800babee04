import { CrdVersionSchema } from './loadCrdSchemas';

/**
 * Project-wide pins of the CRD snapshot to validate against when several define the same
 * group/version, keyed by `group/version`:
 *
 * - `serving.kserve.io/v1alpha1` → `upstream-v0.16.0`: OpenShift AI 3.x runs KServe 0.15/0.16,
 *   whose v1alpha1 lacks fields that the HEAD CRD's v1alpha1 has gained since.
 * - `serving.kserve.io/v1alpha2` → `upstream-HEAD`: the only snapshot that serves v1alpha2.
 *
 * @public
 */
export const DEFAULT_SOURCE_PINS: Readonly<Record<string, string>> = {
  'serving.kserve.io/v1alpha1': 'upstream-v0.16.0',
  'serving.kserve.io/v1alpha2': 'upstream-HEAD',
};

/**
 * Whether `source` (e.g. `upstream-v0.16.0`, `metallb/operator-v0.14.2`) names the candidate:
 * it must equal one or more consecutive whole path segments of the candidate's source label.
 */
export function sourceMatches(
  candidate: CrdVersionSchema,
  source: string,
): boolean {
  const wanted = source.replace(/^\/+|\/+$/g, '');
  return wanted !== '' && `/${candidate.source}/`.includes(`/${wanted}/`);
}

/**
 * Orders candidate snapshots of one group/version/kind, preferred first:
 *
 * 1. a pin from `pins` (keyed `group/version`, defaults to {@link DEFAULT_SOURCE_PINS});
 * 2. full CRDs before `minimal` ones (minimal CRDs replace nested schemas with
 *    preserve-unknown-fields, which would let typos through);
 * 3. newer snapshots first: a path without a version tag or with `HEAD` counts as the newest
 *    (these are main-branch snapshots), otherwise the highest `vX.Y.Z` in the path wins;
 * 4. finally the source label alphabetically, so the choice is deterministic.
 *
 * @public
 */
export function rankSources(
  candidates: readonly CrdVersionSchema[],
  pins: Readonly<Record<string, string>> = DEFAULT_SOURCE_PINS,
): CrdVersionSchema[] {
  return [...candidates].sort((a, b) => {
    const pin = pins[`${a.group}/${a.version}`];
    if (pin) {
      const diff =
        Number(sourceMatches(b, pin)) - Number(sourceMatches(a, pin));
      if (diff !== 0) return diff;
    }
    const minimal = Number(isMinimal(a)) - Number(isMinimal(b));
    if (minimal !== 0) return minimal;
    const age = compareSnapshotAge(b.source, a.source);
    if (age !== 0) return age;
    return a.source.localeCompare(b.source);
  });
}

/**
 * Picks the schema to use: the best-ranked candidate matching `source` when given (undefined if
 * none matches), else the best-ranked candidate overall.
 *
 * @public
 */
export function selectSource(
  candidates: readonly CrdVersionSchema[],
  source?: string,
  pins?: Readonly<Record<string, string>>,
): CrdVersionSchema | undefined {
  const pool = source
    ? candidates.filter(c => sourceMatches(c, source))
    : candidates;
  return rankSources(pool, pins)[0];
}

/**
 * Compares two snapshot labels by age: positive when `a` is newer. A label without a version tag or with `HEAD`
 * counts as the newest (a main-branch snapshot), otherwise the last `vX.Y.Z` segment decides.
 *
 * @public
 */
export function compareSnapshotAge(a: string, b: string): number {
  return compareVersions(snapshotVersion(a), snapshotVersion(b));
}

function isMinimal(c: CrdVersionSchema): boolean {
  return c.source.split('/').includes('minimal');
}

/** `[Infinity]` for HEAD or untagged snapshots, else the numeric parts of the last vX.Y.Z segment. */
function snapshotVersion(source: string): number[] {
  const segments = source.split('/');
  if (segments.some(s => /(^|-)HEAD$/.test(s))) return [Infinity];
  const tags = segments
    .map(s => /(?:^|-)v(\d+(?:\.\d+)*)$/.exec(s))
    .filter(Boolean);
  const last = tags[tags.length - 1];
  return last ? last[1].split('.').map(Number) : [Infinity];
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    // Compared with === rather than subtraction because Infinity - Infinity is NaN.
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}
