import type { ModelClusterDetail } from '@llmd/plugin-llmd-common';

/** The Gateways a model routes through on one cluster, as `namespace/name[:listener]`, without duplicates. */
export function gatewayRefLabels(
  cluster: Pick<ModelClusterDetail, 'gateways'>,
): string[] {
  const names = cluster.gateways.map(
    ref =>
      `${ref.namespace}/${ref.name}${
        ref.sectionName ? `:${ref.sectionName}` : ''
      }`,
  );
  return [...new Set(names)];
}
