import { stringAt } from '../kube/kubeObject';
import { DEFAULT_GATEWAY_CLASS_NAME } from '../render/platformGatewayDefaults';
import type { CatalogEntity } from './catalogEntity';
import type { CatalogEntityOptions } from './catalogEntityOptions';
import {
  gatewayResourceEntity,
  type GatewayObservation,
} from './gatewayResourceEntity';
import { modelServiceEntities } from './modelServiceEntities';
import type { ModelServiceObservation } from './observeModelService';
import { tenantSystemEntity } from './tenantSystemEntity';

/**
 * What the cluster caches hold, in cluster configuration order.
 *
 * @public
 */
export interface LlmdCatalogSnapshot {
  readonly models: readonly ModelServiceObservation[];
  readonly gateways: readonly GatewayObservation[];
}

/** Groups items by namespace/name, keeping the first-seen order of groups and the order inside each group. */
function groupByObject<T>(
  items: readonly T[],
  objectOf: (item: T) => { metadata: { namespace?: string; name: string } },
): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const { namespace = '', name } = objectOf(item).metadata;
    const key = `${namespace}/${name}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

const byRef = (a: CatalogEntity, b: CatalogEntity) => {
  const key = (e: CatalogEntity) =>
    `${e.metadata.namespace}/${e.kind}/${e.metadata.name}`;
  if (key(a) === key(b)) return 0;
  return key(a) < key(b) ? -1 : 1;
};

/**
 * Every catalog entity of the llm-d fleet, sorted by namespace, kind and name:
 * - per model service (namespace, name) across clusters, a `Component` and the `API` it provides;
 * - per tenant namespace (one with a model service), a `System` the tenant's entities belong to;
 * - per Gateway (namespace, name) across clusters that a model routes through or that has OpenShift AI's inference
 *   GatewayClass, a `Resource` the models depend on. Other Gateways of the clusters are not inference gateways and
 *   are left out.
 *
 * Pure and deterministic: the same snapshot gives equal entities, so callers can diff them to find changes.
 *
 * @public
 */
export function llmdCatalogEntities(
  snapshot: LlmdCatalogSnapshot,
  options: CatalogEntityOptions,
): CatalogEntity[] {
  const tenants = new Set<string>();
  const attached = new Set<string>();
  const entities: CatalogEntity[] = [];
  for (const group of groupByObject(
    snapshot.models,
    o => o.llmInferenceService,
  )) {
    entities.push(...modelServiceEntities(group, options));
    for (const observation of group) {
      tenants.add(observation.llmInferenceService.metadata.namespace ?? '');
      for (const ref of observation.gateways) {
        attached.add(`${ref.namespace}/${ref.name}`);
      }
    }
  }
  for (const tenant of tenants) {
    entities.push(tenantSystemEntity(tenant, options));
  }
  for (const group of groupByObject(snapshot.gateways, o => o.gateway)) {
    const gateway = group[0].gateway;
    const namespace = gateway.metadata.namespace ?? '';
    const inference =
      attached.has(`${namespace}/${gateway.metadata.name}`) ||
      stringAt(gateway, 'spec', 'gatewayClassName') ===
        DEFAULT_GATEWAY_CLASS_NAME;
    if (inference) {
      entities.push(
        gatewayResourceEntity(group, tenants.has(namespace), options),
      );
    }
  }
  return entities.sort(byRef);
}
