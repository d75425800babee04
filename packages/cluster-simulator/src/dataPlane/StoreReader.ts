import { ObjectStore } from '../ObjectStore';
import { ResourceTable } from '../ResourceTable';
import { KubeObject } from '../types';

/** Storage keys (`plural.group`) of the kinds the data plane reads. */
export const DATA_PLANE_KINDS = {
  gateway: 'gateways.gateway.networking.k8s.io',
  httpRoute: 'httproutes.gateway.networking.k8s.io',
  inferencePool: 'inferencepools.inference.networking.k8s.io',
  inferencePoolV1alpha2: 'inferencepools.inference.networking.x-k8s.io',
  authPolicy: 'authpolicies.kuadrant.io',
  llmisvc: 'llminferenceservices.serving.kserve.io',
} as const;

/**
 * Synchronous reads of the simulator's store by storage key, as the data plane needs them per request; a kind the
 * simulator does not serve (e.g. a CRD left out with `omitCrds`) simply has no objects.
 */
export class StoreReader {
  constructor(
    private readonly store: ObjectStore,
    private readonly table: ResourceTable,
  ) {}

  get(
    storageKey: string,
    namespace: string,
    name: string,
  ): KubeObject | undefined {
    const type = this.table.forStorageKey(storageKey);
    return type && this.store.get(type, namespace, name)?.object;
  }

  list(storageKey: string, namespace?: string): KubeObject[] {
    const type = this.table.forStorageKey(storageKey);
    return type ? this.store.list(type, namespace).map(o => o.object) : [];
  }
}
