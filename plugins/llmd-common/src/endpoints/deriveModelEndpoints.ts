import type { ModelEndpoint } from '../api';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import { type GatewayRef, gatewayRefsOf } from './gatewayRefsOf';
import { gatewayRootUrls } from './gatewayUrls';
import { modelEndpointFromUrl } from './modelEndpointFromUrl';

export type { GatewayRef } from './gatewayRefsOf';

/**
 * Options of {@link deriveModelEndpoints}.
 *
 * @public
 */
export interface DeriveModelEndpointsOptions {
  /** Gateways of the model's cluster (others are ignored by ref lookup anyway). */
  readonly gateways?: readonly KubeObjectLike[];
  /** The controller's default Gateway (for `gateway: {}`); OpenShift AI's shared inference Gateway when absent. */
  readonly defaultGateway?: GatewayRef;
}

/**
 * The OpenAI-compatible endpoints of a model (`http(s)://<gateway address>/<namespace>/<name>/v1`), most
 * authoritative first: `status.url`, then `status.addresses[].url`; only when the controller published neither (not
 * reconciled yet, or an older controller), derived from the status addresses and listeners of the Gateways the model
 * is attached to. Duplicates are dropped.
 *
 * @public
 */
export function deriveModelEndpoints(
  llmisvc: KubeObjectLike,
  options: DeriveModelEndpointsOptions = {},
): ModelEndpoint[] {
  const model = {
    namespace: llmisvc.metadata.namespace ?? '',
    name: llmisvc.metadata.name,
  };
  const candidates: (ModelEndpoint | undefined)[] = [];
  const url = stringAt(llmisvc, 'status', 'url');
  if (url) candidates.push(modelEndpointFromUrl(url, model, 'status.url'));
  for (const address of objectsAt(llmisvc, 'status', 'addresses')) {
    const addressUrl = stringAt(address, 'url');
    if (addressUrl) {
      candidates.push(
        modelEndpointFromUrl(
          addressUrl,
          model,
          'status.addresses',
          stringAt(address, 'name'),
        ),
      );
    }
  }
  if (!candidates.some(Boolean)) {
    const gateways = options.gateways ?? [];
    const refs = gatewayRefsOf(llmisvc, options.defaultGateway);
    for (const ref of refs) {
      const gateway = gateways.find(
        g =>
          g.metadata.name === ref.name &&
          g.metadata.namespace === ref.namespace,
      );
      if (!gateway) continue;
      for (const root of gatewayRootUrls(gateway, ref.sectionName)) {
        candidates.push(
          modelEndpointFromUrl(
            root,
            model,
            'gateway',
            `${ref.namespace}/${ref.name}`,
          ),
        );
      }
    }
  }
  const seen = new Set<string>();
  return candidates.filter((e): e is ModelEndpoint => {
    if (!e || seen.has(e.baseUrl)) return false;
    seen.add(e.baseUrl);
    return true;
  });
}

/**
 * The endpoint to show first and to put in snippets: the first one reachable from outside, else the first.
 *
 * @public
 */
export function primaryModelEndpoint(
  endpoints: readonly ModelEndpoint[],
): ModelEndpoint | undefined {
  return endpoints.find(e => !e.internal) ?? endpoints[0];
}
