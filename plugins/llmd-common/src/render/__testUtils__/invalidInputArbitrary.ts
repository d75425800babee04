import fc from 'fast-check';

/*
 * Turns valid raw inputs into inputs that are certainly invalid, for the "always a problem, never a throw" property:
 * every input object is strict (an extra key is an error) and no field accepts a second JSON type.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = ReadonlyArray<string | number>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function paths(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) {
    return here.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  }
  if (typeof value === 'object' && value !== null) {
    return here.concat(
      Object.entries(value).flatMap(([k, v]) =>
        v === undefined ? [] : paths(v, [...at, k]),
      ),
    );
  }
  return here;
}

function get(value: any, path: Path): unknown {
  return path.reduce((node, key) => node[key], value);
}

function set(value: any, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[path[0]] = set(value[path[0]], path.slice(1), replacement);
  return copy;
}

const OTHER_VALUES: Json[] = [null, true, 7, -1.5, 'text', [], ['x'], { x: 1 }];

/** A copy of `valid` with one node replaced by a value of another JSON type, or with an unknown key added. */
export function invalidInputArbitrary(
  valid: fc.Arbitrary<unknown>,
): fc.Arbitrary<{ input: unknown; change: string }> {
  return valid.chain(input => {
    const all = paths(input);
    const fields = all.filter(p => p.length > 0);
    const objects = all.filter(p => typeOf(get(input, p)) === 'object');
    // Not a valid label key either, so it is also wrong inside a labels map.
    const extraKey = fc.constantFrom(...objects).map(path => ({
      input: set(input, path, {
        ...(get(input, path) as object),
        'zz unknown': 'x',
      }),
      change: `${path.join('.') || '(root)'}: unknown key added`,
    }));
    if (fields.length === 0) return extraKey;
    const retype = fc
      .tuple(fc.constantFrom(...fields), fc.constantFrom(...OTHER_VALUES))
      .filter(([path, value]) => typeOf(value) !== typeOf(get(input, path)))
      .map(([path, value]) => ({
        input: set(input, path, value),
        change: `${path.join('.')} := ${JSON.stringify(value)}`,
      }));
    return fc.oneof(retype, extraKey);
  });
}
