import {
  GatewayAddress,
  GatewayAddressProvider,
} from './GatewayAddressProvider';

/** First fake LoadBalancer address (MetalLB-style pool 192.168.1.240/28 and beyond). */
const FIRST_ADDRESS = (192 << 24) + (168 << 16) + (1 << 8) + 240;

function ipv4(n: number): string {
  return [24, 16, 8, 0].map(shift => (n >>> shift) & 255).join('.');
}

/**
 * The default {@link GatewayAddressProvider}: fake LoadBalancer IPs (192.168.1.240, .241, ... in order of first
 * request), assigned at once and never reused. Nothing listens on them.
 */
export class LoadBalancerAddresses implements GatewayAddressProvider {
  private readonly addresses = new Map<string, string>();
  private next = 0;

  addressOf(gatewayKey: string): GatewayAddress {
    let address = this.addresses.get(gatewayKey);
    if (!address) {
      address = ipv4(FIRST_ADDRESS + this.next++);
      this.addresses.set(gatewayKey, address);
    }
    return { address };
  }

  release(gatewayKey: string): void {
    this.addresses.delete(gatewayKey);
  }
}
