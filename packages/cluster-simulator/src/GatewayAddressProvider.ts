import type { KubeObject } from './types';

/** Where a simulated Gateway receives traffic. */
export interface GatewayAddress {
  /** `status.addresses[0].value` of the Gateway. */
  readonly address: string;
  /** The port clients use when it differs from the Gateway listener's (the data plane's loopback port). */
  readonly port?: number;
  readonly scheme?: 'http' | 'https';
}

/**
 * Assigns addresses to Gateways for the simulated Gateway implementation: fake LoadBalancer IPs by default, loopback
 * listeners of the simulated data plane with `--data-plane`. Keys are `<namespace>/<name>`.
 */
export interface GatewayAddressProvider {
  /**
   * The address of a Gateway; undefined while it is being assigned (the provider then calls the `assigned`
   * callback it was created with, and the controller reconciles the Gateway again).
   */
  addressOf(
    gatewayKey: string,
    gateway: KubeObject,
  ): GatewayAddress | undefined;
  /** The Gateway was deleted: free its address (close its listener). */
  release(gatewayKey: string): void;
}
