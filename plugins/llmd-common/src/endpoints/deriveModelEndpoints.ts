import type { ModelEndpoint } from '../api';
import {
  type KubeObjectLike,
  objectsAt,
  stringAt,
  valueAt,
} from '../models/kubeObject';
import { DEFAULT_SHARED_GATEWAY } from '../render/platformGatewayDefaults';
import { gatewayRootUrls } from './gatewayUrls';
import { modelEndpointFromUrl } from './modelEndpointFromUrl';

/** A Gateway by namespace and name. */
export interface GatewayRef {
  readonly namespace: string;
  readonly name: string;
}

/** Options of {@link deriveModelEndpoints}. */
export interface DeriveModelEndpointsOptions {
  /** Gateways of the model's cluster (others are ignored by ref lookup anyway). */
  readonly gateways?: readonly KubeObjectLike[];
  /** The controller's default Gateway (for `gateway: {}`); OpenShift AI's shared inference Gateway when absent. */
  readonly defaultGateway?: GatewayRef;
}

/** The Gateways a model attaches to: `spec.router.gateway.refs`, or the default one for `gateway: {}`. */
function referencedGateways(
  llmisvc: KubeObjectLike,
  defaultGateway: GatewayRef,
): (GatewayRef & { sectionName?: string })[] {
  if (valueAt(llmisvc, 'spec', 'router', 'gateway') === undefined) return [];
  const refs = objectsAt(llmisvc, 'spec', 'router', 'gateway', 'refs');
  if (refs.length === 0) return [defaultGateway];
  return refs.flatMap(ref => {
    const name = stringAt(ref, 'name');
    if (!name) return [];
    const sectionName = stringAt(ref, 'sectionName');
    return [
      {
        name,
        namespace:
          stringAt(ref, 'namespace') ?? llmisvc.metadata.namespace ?? '',
        ...(sectionName && { sectionName }),
      },
    ];
  });
}

/**
 * The OpenAI-compatible endpoints of a model (`http(s)://<gateway address>/<namespace>/<name>/v1`), most
 * authoritative first: `status.url`, then `status.addresses[].url`; only when the controller published neither (not
 * reconciled yet, or an older controller), derived from the status addresses and listeners of the Gateways the model
 * is attached to. Duplicates are dropped.
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
    const refs = referencedGateways(
      llmisvc,
      options.defaultGateway ?? DEFAULT_SHARED_GATEWAY,
    );
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

/** The endpoint to show first and to put in snippets: the first one reachable from outside, else the first. */
export function primaryModelEndpoint(
  endpoints: readonly ModelEndpoint[],
): ModelEndpoint | undefined {
  return endpoints.find(e => !e.internal) ?? endpoints[0];
}
