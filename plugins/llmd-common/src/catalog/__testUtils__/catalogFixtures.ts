import type { KubeObjectLike } from '../../kube/kubeObject';
import type { EppConfigLookup } from '../../models/resolveModelEppConfig';
import type { ModelInputRaw } from '../../render/model/modelInput';
import { renderModelService } from '../../render/model/renderModelService';
import {
  BASIC,
  validModel,
  V1ALPHA1,
} from '../../render/model/__testUtils__/modelFixtures';
import type { RenderTarget } from '../../render/renderTarget';
import type { CatalogEntityOptions } from '../catalogEntityOptions';

/** Test-only fixtures of the catalog entity builders: real renderer output, as a GitOps repo would hold it. */

/** The LLMInferenceService the renderer makes of `BASIC` with the given changes. */
export function renderedModel(
  changes: Partial<ModelInputRaw> = {},
  target: RenderTarget = V1ALPHA1,
): KubeObjectLike {
  const input = validModel({ ...BASIC, ...changes }, target);
  const [service] = renderModelService(input, target).manifests;
  return service as KubeObjectLike;
}

/** The model with a status as the controller publishes it, reachable at `http://<address>/<ns>/<name>`. */
export function withStatusUrl(
  model: KubeObjectLike,
  address: string,
): KubeObjectLike {
  const { namespace, name } = model.metadata;
  return {
    ...model,
    status: { url: `http://${address}/${namespace}/${name}` },
  };
}

/** A Gateway with one HTTP listener and an address. */
export function gateway(
  namespace: string,
  name: string,
  options: { className?: string; address?: string; owner?: string } = {},
): KubeObjectLike {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: {
      name,
      namespace,
      ...(options.owner && {
        annotations: { 'backstage.io/owner': options.owner },
      }),
    },
    spec: {
      gatewayClassName: options.className ?? 'openshift-ai-inference',
      listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
    },
    status: {
      addresses: [{ type: 'IPAddress', value: options.address ?? '10.0.0.1' }],
    },
  };
}

/** Entity options as the dev portal configures them. */
export const OPTIONS: CatalogEntityOptions = {
  owners: { 'team-a': 'group:default/team-a' },
  defaultOwner: 'group:default/platform-team',
};

/** A cluster that holds no LLMInferenceServiceConfig or ConfigMap a model could reference. */
export const NO_REFERENCES: EppConfigLookup = {
  llmInferenceServiceConfig: () => undefined,
  configMap: () => undefined,
};
