import type { WatchedKind } from '@llmd/plugin-llmd-node';

/** Separator of key parts: never part of a Kubernetes or cluster name. */
const SEP = '\u0000';

/** The key of one object of a cluster (namespace '' for cluster-scoped kinds): what a `get` of it reads. */
export function objectKey(
  cluster: string,
  kind: WatchedKind,
  namespace: string,
  name: string,
): string {
  return `${cluster}${SEP}${kind}${SEP}${namespace}${SEP}${name}`;
}

/** The key of a `list` of a kind, of one namespace or (undefined) of every namespace of the cluster. */
export function listKey(
  cluster: string,
  kind: WatchedKind,
  namespace: string | undefined,
): string {
  return namespace === undefined
    ? `${cluster}${SEP}${kind}${SEP}*`
    : `${cluster}${SEP}${kind}${SEP}${namespace}${SEP}*`;
}

/** The reads an event on the object changes the answer of: its `get` and the `list`s that include it. */
export function readKeysOf(
  cluster: string,
  kind: WatchedKind,
  namespace: string,
  name: string,
): readonly string[] {
  return [
    objectKey(cluster, kind, namespace, name),
    listKey(cluster, kind, namespace),
    listKey(cluster, kind, undefined),
  ];
}
