import { GatewayAddress } from './GatewayAddressProvider';
import { conditionWriter, MetaCondition } from './metaCondition';
import { SIMULATION_ANNOTATIONS } from './simulationAnnotations';
import { KubeObject } from './types';

/** `Programmed` and the address to report, from the fault annotations and the assigned address. */
function programmedState(
  gateway: KubeObject,
  address: GatewayAddress | undefined,
): { ok: boolean; reason: string; message: string; address?: string } {
  const annotations = gateway.metadata.annotations ?? {};
  if (annotations[SIMULATION_ANNOTATIONS.gatewayProgrammed] === 'false') {
    return { ok: false, reason: 'Pending', message: 'Waiting for controller' };
  }
  if (annotations[SIMULATION_ANNOTATIONS.gatewayAddress] === 'none') {
    return { ok: true, reason: 'Programmed', message: 'Resource programmed' };
  }
  if (!address) {
    return {
      ok: false,
      reason: 'AddressNotAssigned',
      message: 'No address assigned yet',
    };
  }
  return {
    ok: true,
    reason: 'Programmed',
    message: `Resource programmed, assigned to service(s) ${address.address}`,
    address: address.address,
  };
}

/**
 * The status a Gateway implementation writes on a Gateway: `Accepted`, `Programmed` and `status.addresses`. The
 * simulation annotations break it the way real clusters are broken: `programmed: "false"` → `Programmed=False`
 * and no address; `address: "none"` → Programmed but no address (a LoadBalancer Service MetalLB never served). A
 * Gateway whose address is still being assigned (`address` undefined) is not Programmed yet.
 */
export function gatewayStatus(
  gateway: KubeObject,
  address: GatewayAddress | undefined,
  now: string,
): Record<string, unknown> {
  const previous = (gateway.status ?? {}) as { conditions?: MetaCondition[] };
  const condition = conditionWriter(
    previous.conditions,
    gateway.metadata.generation ?? 1,
    now,
  );
  const programmed = programmedState(gateway, address);
  return {
    ...(programmed.address
      ? { addresses: [{ type: 'IPAddress', value: programmed.address }] }
      : {}),
    conditions: [
      condition('Accepted', true, 'Accepted', 'Resource accepted'),
      condition(
        'Programmed',
        programmed.ok,
        programmed.reason,
        programmed.message,
      ),
    ],
  };
}
