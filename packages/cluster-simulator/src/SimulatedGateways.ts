import { ControllerStore, keyOf } from './ControllerStore';
import { GatewayAddressProvider } from './GatewayAddressProvider';
import { gatewayClassStatus } from './gatewayClassStatus';
import { gatewayStatus } from './gatewayStatus';
import { httpRouteStatus, RouteStatusContext } from './httpRouteStatus';
import { inferencePoolStatus } from './inferencePoolStatus';
import { GatewayEndpoint, gatewayEndpoint } from './llmisvcStatus';
import { kubeTimestamp } from './objectLifecycle';
import { StoredObject } from './StoredObject';
import { KubeObject } from './types';

/** The controller of a GatewayClass without a GatewayClass object (OpenShift's Gateway API implementation). */
const GATEWAY_CONTROLLER = 'openshift.io/gateway-controller/v1';

/**
 * The simulated Gateway API implementation: status of Gateways (addresses from the
 * {@link GatewayAddressProvider}), HTTPRoutes (`status.parents`: listeners admit the route's namespace or not)
 * and InferencePools (`status.parents` of the Gateways routing to them).
 */
export class SimulatedGateways {
  constructor(
    private readonly store: ControllerStore,
    private readonly addresses: GatewayAddressProvider,
  ) {}

  /** Writes a Gateway's status; returns the Gateway, undefined when it is gone. */
  syncGateway(key: string): StoredObject | undefined {
    const stored = this.store.get('gateway', key);
    if (!stored || stored.object.metadata.deletionTimestamp) return undefined;
    const gateway = stored.object as KubeObject;
    this.store.writeStatus(
      stored,
      gatewayStatus(
        gateway,
        this.addresses.addressOf(key, gateway),
        kubeTimestamp(),
      ),
    );
    return stored;
  }

  /** Accepts a GatewayClass. */
  syncGatewayClass(key: string): void {
    const stored = this.store.get('gatewayClass', key);
    if (!stored || stored.object.metadata.deletionTimestamp) return;
    this.store.writeStatus(
      stored,
      gatewayClassStatus(stored.object as KubeObject, kubeTimestamp()),
    );
  }

  /** The Gateway implementation's HTTPRoute status. */
  syncRoute(key: string): void {
    const route = this.store.get('httpRoute', key);
    if (!route || route.object.metadata.deletionTimestamp) return;
    this.store.writeStatus(
      route,
      httpRouteStatus(route.object as KubeObject, this.routeContext()),
    );
  }

  /** The Gateway implementation's InferencePool status. */
  syncPool(key: string): void {
    const pool =
      this.store.get('inferencePool', key) ??
      this.store.get('inferencePoolV1alpha2', key);
    if (!pool || pool.object.metadata.deletionTimestamp) return;
    const routes = this.store
      .list('httpRoute', pool.namespace)
      .map(r => r.object as KubeObject);
    this.store.writeStatus(
      pool,
      inferencePoolStatus(pool.object as KubeObject, routes, kubeTimestamp()),
    );
  }

  private routeContext(): RouteStatusContext {
    return {
      gateway: (namespace, name) =>
        this.store.get('gateway', `${namespace}/${name}`)?.object as KubeObject,
      controllerName: gateway => {
        const className = (gateway.spec as any)?.gatewayClassName;
        const gatewayClass =
          className && this.store.get('gatewayClass', `/${className}`);
        return (
          ((gatewayClass?.object.spec as any)?.controllerName as string) ??
          GATEWAY_CONTROLLER
        );
      },
      namespaceLabels: namespace => ({
        ...this.store.get('namespace', `/${namespace}`)?.object.metadata.labels,
        'kubernetes.io/metadata.name': namespace,
      }),
      now: kubeTimestamp(),
    };
  }

  /** Where a Gateway receives traffic: its reported address, with the provider's port and scheme for it. */
  endpointOf(gateway: StoredObject): GatewayEndpoint | undefined {
    const value = (gateway.object.status as any)?.addresses?.[0]?.value;
    if (typeof value !== 'string' || !value) return undefined;
    const endpoint = gatewayEndpoint(gateway.object as KubeObject, value);
    const assigned = this.addresses.addressOf(
      keyOf(gateway),
      gateway.object as KubeObject,
    );
    if (assigned?.address !== value) return endpoint;
    return {
      address: value,
      scheme: assigned.scheme ?? endpoint.scheme,
      port: assigned.port ?? endpoint.port,
    };
  }
}
