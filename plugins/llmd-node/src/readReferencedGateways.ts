import { gatewayRefsOf } from '@llmd/plugin-llmd-common';
import type { OneShotReader } from './OneShotReader';
import { BUILT_IN_CLUSTER_DEFAULTS } from './readClusterConfig';
import { listOrGet, recordOutcomes } from './readWithFallback';
import type { SnapshotSource } from './SnapshotSource';
import type { KubeObject } from './types';
import { watchedResource } from './watchedResources';

/** The Gateways the models and their HTTPRoutes name, then their GatewayClasses. */
export async function readReferencedGateways(
  reader: OneShotReader,
  source: SnapshotSource,
  models: readonly KubeObject[],
): Promise<void> {
  const refs = new Map<string, { namespace: string; name: string }>();
  for (const ref of [
    ...models.flatMap(model => gatewayRefsOf(model)),
    ...source.list('HTTPRoute').flatMap(routeParentGateways),
  ]) {
    refs.set(`${ref.namespace}/${ref.name}`, {
      namespace: ref.namespace,
      name: ref.name,
    });
  }
  const gateways = watchedResource('Gateway', BUILT_IN_CLUSTER_DEFAULTS);
  recordOutcomes(
    source,
    'Gateway',
    await listOrGet(reader, gateways, [...refs.values()]),
  );
  const classNames = new Set(
    source
      .list('Gateway')
      .map(
        g =>
          (g.spec as { gatewayClassName?: unknown } | undefined)
            ?.gatewayClassName,
      )
      .filter((n): n is string => typeof n === 'string' && n !== ''),
  );
  const classes = watchedResource('GatewayClass', BUILT_IN_CLUSTER_DEFAULTS);
  recordOutcomes(
    source,
    'GatewayClass',
    await listOrGet(
      reader,
      classes,
      [...classNames].map(name => ({ name })),
    ),
  );
}

/** The Gateways an HTTPRoute attaches to (`spec.parentRefs` of kind Gateway, the default). */
function routeParentGateways(
  route: KubeObject,
): { namespace: string; name: string }[] {
  const parents = (route.spec as { parentRefs?: unknown } | undefined)
    ?.parentRefs;
  if (!Array.isArray(parents)) return [];
  return parents.flatMap(parent => {
    const { kind, name, namespace } = (parent ?? {}) as Record<string, unknown>;
    if (
      (kind !== undefined && kind !== 'Gateway') ||
      typeof name !== 'string'
    ) {
      return [];
    }
    return [
      {
        name,
        namespace:
          typeof namespace === 'string'
            ? namespace
            : route.metadata.namespace ?? '',
      },
    ];
  });
}
