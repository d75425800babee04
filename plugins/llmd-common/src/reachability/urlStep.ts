import type { DiagnosisStep } from '../api';
import { objectsAt, stringAt } from '../kube/kubeObject';
import type { DiagnosisContext } from './diagnosisContext';
import { isInternalUrl } from './isInternalUrl';

/** The URLs the controller published: `status.url`, then the `status.addresses[].url` (with their names). */
function publishedUrls(
  context: DiagnosisContext,
): { url: string; name?: string }[] {
  const model = context.llmInferenceService;
  const url = stringAt(model, 'status', 'url');
  const addresses = objectsAt(model, 'status', 'addresses').flatMap(a => {
    const address = stringAt(a, 'url');
    const name = stringAt(a, 'name');
    return address ? [{ url: address, ...(name && { name }) }] : [];
  });
  const all = [...(url ? [{ url }] : []), ...addresses];
  return all.filter((u, i) => all.findIndex(o => o.url === u.url) === i);
}

/** Internal by name (`gateway-internal`, `internal`) or by host, as KServe classifies it. */
function internal(u: { url: string; name?: string }): boolean {
  return /internal/i.test(u.name ?? '') || isInternalUrl(u.url);
}

/**
 * Only resolvable inside the cluster: a Service host name. KServe also calls private IPs internal, but a private
 * LoadBalancer address (MetalLB on premises) is what most clients outside the cluster use, so it does not degrade.
 */
function inClusterOnly(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return /\.svc(\.|$)/.test(host) || host.endsWith('.cluster.local');
  } catch {
    return false;
  }
}

/** `url`: the controller published a URL clients outside the cluster can use (`status.url`, `status.addresses`). */
export function urlStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'url';
  const urls = publishedUrls(context);
  if (urls.length === 0) {
    return {
      id,
      status: 'fail',
      message:
        'the model has no URL (status.url and status.addresses are empty): the controller discovered none, and KServe changes no condition for this',
      fix:
        context.gateways.length > 0
          ? 'give the Gateway an address (see gateway-address) and make its HTTPRoute accepted; the controller publishes the URL on its next reconcile'
          : 'add spec.router.route and spec.router.gateway so the model gets a Gateway URL',
    };
  }
  const external = urls.filter(u => !internal(u));
  const routable = urls.filter(u => !inClusterOnly(u.url));
  if (external.length === 0 && routable.length > 0) {
    return {
      id,
      status: 'ok',
      message: `URL ${routable[0].url} (a private address KServe lists as internal: reachable from networks that route to it)`,
    };
  }
  if (external.length === 0) {
    return {
      id,
      status: 'warn',
      message: `only in-cluster URLs: ${urls
        .map(u => u.url)
        .join(', ')}; clients outside the cluster cannot use them`,
      fix:
        context.gateways.length > 0
          ? 'give the Gateway an external address (a LoadBalancer IP or a public host name on its listener)'
          : 'add spec.router.route and spec.router.gateway so the model gets a Gateway URL',
    };
  }
  return { id, status: 'ok', message: `URL ${external[0].url}` };
}
