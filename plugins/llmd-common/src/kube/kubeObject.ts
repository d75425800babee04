import { isPlainObject } from './isPlainObject';

/**
 * The parts of a Kubernetes object this package reads. Structurally compatible with the cache's objects in
 * `@llmd/plugin-llmd-node` and with parsed YAML, so callers hand objects over as they are.
 *
 * @public
 */
export interface KubeObjectLike {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly spec?: unknown;
  readonly status?: unknown;
  readonly data?: Readonly<Record<string, string>>;
}

/** The value at a path of map keys and list indexes; undefined where the path does not exist. */
export function valueAt(
  value: unknown,
  ...path: readonly (string | number)[]
): unknown {
  let node = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(node)) return undefined;
    } else if (!isPlainObject(node)) {
      return undefined;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The string at a path, undefined for anything else. */
export function stringAt(
  value: unknown,
  ...path: readonly (string | number)[]
): string | undefined {
  const found = valueAt(value, ...path);
  return typeof found === 'string' ? found : undefined;
}

/** The finite number at a path, undefined for anything else. */
export function numberAt(
  value: unknown,
  ...path: readonly (string | number)[]
): number | undefined {
  const found = valueAt(value, ...path);
  return typeof found === 'number' && Number.isFinite(found)
    ? found
    : undefined;
}

/** The plain objects of the list at a path (other entries skipped); empty where there is no list. */
export function objectsAt(
  value: unknown,
  ...path: readonly (string | number)[]
): Record<string, unknown>[] {
  const found = valueAt(value, ...path);
  return Array.isArray(found) ? found.filter(isPlainObject) : [];
}
