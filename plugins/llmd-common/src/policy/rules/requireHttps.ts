import { objectsAt } from '../../kube/kubeObject';
import type { PolicyRule } from '../policyRule';

/** `require-https`: a Gateway terminates TLS on at least one listener. */
export const requireHttps: PolicyRule<'require-https'> = {
  id: 'require-https',
  description:
    'every Gateway has a listener with protocol HTTPS (plain HTTP listeners may remain, e.g. for redirects)',
  kinds: ['Gateway'],
  options: {},
  check(gateway) {
    const listeners = objectsAt(gateway, 'spec', 'listeners');
    if (listeners.some(l => l.protocol === 'HTTPS')) return [];
    return [
      {
        path: 'spec.listeners',
        message:
          'the Gateway has no HTTPS listener: tokens and prompts would cross the network unencrypted',
      },
    ];
  },
};
