import { objectsAt, stringAt } from '../../kube/kubeObject';
import { formatFieldPath } from '../fieldPath';
import type { PolicyRule, PolicyRuleHit } from '../policyRule';

/** `gateway-from-all`: no Gateway listener accepts routes from every namespace (HTTPRoute hijacking). */
export const gatewayFromAll: PolicyRule<'gateway-from-all'> = {
  id: 'gateway-from-all',
  description:
    'no Gateway listener sets allowedRoutes.namespaces.from: All; use Same (tenant Gateway) or a Selector (shared Gateway)',
  kinds: ['Gateway'],
  options: {},
  check(gateway) {
    return objectsAt(gateway, 'spec', 'listeners').flatMap(
      (listener, index): PolicyRuleHit[] =>
        stringAt(listener, 'allowedRoutes', 'namespaces', 'from') === 'All'
          ? [
              {
                path: formatFieldPath([
                  'spec',
                  'listeners',
                  index,
                  'allowedRoutes',
                  'namespaces',
                  'from',
                ]),
                message: `listener ${
                  stringAt(listener, 'name') ?? index
                } accepts HTTPRoutes from every namespace, so any tenant could hijack the paths of another; use from: Same or a namespace Selector`,
              },
            ]
          : [],
    );
  },
};
