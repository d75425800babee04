import { randomInt, randomUUID } from 'node:crypto';
import { ResourceType } from './ResourceTable';
import { KubeObject } from './types';

/** How an update treats `status`. */
export type UpdateMode =
  /** A write to the main resource: with a status subresource the stored status is kept. */
  | 'main'
  /** A write to `/status`: only the status is taken, everything else is kept. */
  | 'status'
  /** The simulator's own `apply()`: a given status is stored, a missing one keeps the current status. */
  | 'apply';

/** RFC 3339 with seconds, the precision of Kubernetes timestamps. */
export function kubeTimestamp(date: Date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const GENERATE_NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * The object as the API server stores it on create: name from `generateName`, uid, creationTimestamp,
 * generation 1; status dropped for resources with a status subresource unless `keepStatus`.
 */
export function objectForCreate(
  type: ResourceType,
  input: KubeObject,
  keepStatus: boolean,
): KubeObject {
  const obj = structuredClone(input);
  const metadata = obj.metadata;
  if (!metadata.name && metadata.generateName) {
    let suffix = '';
    for (let i = 0; i < 5; i++) {
      suffix +=
        GENERATE_NAME_ALPHABET[randomInt(GENERATE_NAME_ALPHABET.length)];
    }
    metadata.name = `${metadata.generateName}${suffix}`;
  }
  if (!type.namespaced) {
    delete metadata.namespace;
  }
  metadata.uid = randomUUID();
  metadata.creationTimestamp = kubeTimestamp();
  metadata.generation = 1;
  delete metadata.deletionTimestamp;
  delete metadata.deletionGracePeriodSeconds;
  if (type.hasStatus && !keepStatus) {
    delete obj.status;
  }
  obj.apiVersion = type.apiVersion;
  obj.kind = type.kind;
  return obj;
}

/**
 * The object as the API server stores it on update: identity and timestamps kept, generation bumped when
 * anything but metadata and status changed, status handled per {@link UpdateMode}.
 */
export function objectForUpdate(
  type: ResourceType,
  existing: Readonly<KubeObject>,
  input: KubeObject,
  mode: UpdateMode,
): KubeObject {
  let obj: KubeObject;
  if (mode === 'status') {
    obj = {
      ...structuredClone(existing as KubeObject),
      status: structuredClone(input.status),
    };
    if (input.status === undefined) delete obj.status;
  } else {
    obj = structuredClone(input);
    const keepStatus =
      mode === 'main' ? type.hasStatus : input.status === undefined;
    if (keepStatus) {
      if (existing.status === undefined) delete obj.status;
      else obj.status = structuredClone(existing.status);
    }
  }
  const metadata = obj.metadata;
  const old = existing.metadata;
  metadata.name = old.name;
  if (type.namespaced) metadata.namespace = old.namespace;
  else delete metadata.namespace;
  metadata.uid = old.uid;
  metadata.creationTimestamp = old.creationTimestamp;
  metadata.resourceVersion = old.resourceVersion;
  if (old.deletionTimestamp) {
    metadata.deletionTimestamp = old.deletionTimestamp;
    metadata.deletionGracePeriodSeconds = old.deletionGracePeriodSeconds;
  } else {
    delete metadata.deletionTimestamp;
    delete metadata.deletionGracePeriodSeconds;
  }
  const generation = old.generation ?? 1;
  metadata.generation = specChanged(existing, obj)
    ? generation + 1
    : generation;
  obj.apiVersion = existing.apiVersion;
  obj.kind = type.kind;
  return obj;
}

/** Whether anything outside metadata and status differs. */
function specChanged(
  a: Readonly<KubeObject>,
  b: Readonly<KubeObject>,
): boolean {
  const strip = ({
    metadata: _m,
    status: _s,
    apiVersion: _a,
    kind: _k,
    ...rest
  }: Readonly<KubeObject>) => rest;
  return !deepEqual(strip(a), strip(b));
}

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null
  ) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a).filter(k => (a as any)[k] !== undefined);
  const kb = Object.keys(b).filter(k => (b as any)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every(k => deepEqual((a as any)[k], (b as any)[k]))
  );
}
