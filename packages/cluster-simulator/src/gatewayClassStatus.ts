import { conditionWriter, MetaCondition } from './metaCondition';
import { KubeObject } from './types';

/**
 * The status a Gateway implementation writes on a GatewayClass it handles: `Accepted=True` (the simulated
 * implementation handles every class, as a cluster with one Gateway API implementation does).
 */
export function gatewayClassStatus(
  gatewayClass: KubeObject,
  now: string,
): Record<string, unknown> {
  const previous = (gatewayClass.status ?? {}) as {
    conditions?: MetaCondition[];
  };
  const condition = conditionWriter(
    previous.conditions,
    gatewayClass.metadata.generation ?? 1,
    now,
  );
  const controller = (gatewayClass.spec as { controllerName?: string })
    ?.controllerName;
  return {
    ...previous,
    conditions: [
      condition(
        'Accepted',
        true,
        'Accepted',
        `Handled by ${controller ?? 'the Gateway implementation'}`,
      ),
    ],
  };
}
