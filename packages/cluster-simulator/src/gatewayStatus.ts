import { GatewayAddress } from './GatewayAddressProvider';
import { MetaCondition, metaCondition } from './metaCondition';
import { SIMULATION_ANNOTATIONS } from './simulationAnnotations';
import { KubeObject } from './types';

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
  const previous = (gateway.status ?? {}) as {
    conditions?: MetaCondition[];
  };
  const annotations = gateway.metadata.annotations ?? {};
  const generation = gateway.metadata.generation ?? 1;
  const condition = (
    type: string,
    ok: boolean,
    reason: string,
    message: string,
  ) =>
    metaCondition(
      previous.conditions,
      {
        type,
        status: ok ? 'True' : 'False',
        reason,
        message,
        observedGeneration: generation,
      },
      now,
    );
  const notProgrammed =
    annotations[SIMULATION_ANNOTATIONS.gatewayProgrammed] === 'false';
  const noAddress =
    annotations[SIMULATION_ANNOTATIONS.gatewayAddress] === 'none';
  let programmed: MetaCondition;
  if (notProgrammed) {
    programmed = condition(
      'Programmed',
      false,
      'Pending',
      'Waiting for controller',
    );
  } else if (noAddress) {
    programmed = condition(
      'Programmed',
      true,
      'Programmed',
      'Resource programmed',
    );
  } else if (!address) {
    programmed = condition(
      'Programmed',
      false,
      'AddressNotAssigned',
      'No address assigned yet',
    );
  } else {
    programmed = condition(
      'Programmed',
      true,
      'Programmed',
      `Resource programmed, assigned to service(s) ${address.address}`,
    );
  }
  const addresses =
    notProgrammed || noAddress || !address
      ? undefined
      : [{ type: 'IPAddress', value: address.address }];
  return {
    ...(addresses ? { addresses } : {}),
    conditions: [
      condition('Accepted', true, 'Accepted', 'Resource accepted'),
      programmed,
    ],
  };
}
