import type { GatewayInput } from './gatewayInput';
import {
  gitopsUnitFiles,
  type GitopsUnitFile,
  type KubeManifest,
  type RenderResult,
} from './gitopsFile';
import {
  renderGatewayListeners,
  type AllowedRouteNamespaces,
} from './renderGatewayListeners';
import type { RenderTarget } from './renderTarget';

/** Well-known label every namespace carries with its own name (set by the API server). */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** The GitOps directory of a shared Gateway's unit (DESIGN §3). */
function sharedGatewayDir(name: string): string {
  return `platform/gateways/${name}`;
}

function allowedRouteNamespaces(input: GatewayInput): AllowedRouteNamespaces {
  const allowed = input.allowedNamespaces;
  return {
    from: 'Selector',
    selector:
      'names' in allowed
        ? {
            matchExpressions: [
              {
                key: NAMESPACE_NAME_LABEL,
                operator: 'In',
                values: [...allowed.names],
              },
            ],
          }
        : { matchLabels: { [allowed.selectorLabel]: 'true' } },
  };
}

function describeAllowed(input: GatewayInput): string {
  const allowed = input.allowedNamespaces;
  return 'names' in allowed
    ? `only routes from the listed namespaces may attach`
    : `only routes from namespaces labelled ${allowed.selectorLabel}=true may attach`;
}

/**
 * Renders the platform's shared inference Gateway unit `platform/gateways/<name>/`: the GatewayClass and a Gateway
 * whose listeners only accept routes from selected namespaces (by opt-in label or by a fixed list) — the guide's
 * HTTPRoute-hijacking mitigation; `from: All` is never emitted. The target is accepted for uniformity: these
 * manifests do not depend on it.
 *
 * @public
 */
export function renderGateway(
  input: GatewayInput,
  _target?: RenderTarget,
): RenderResult {
  const dir = sharedGatewayDir(input.name);
  const labels = Object.keys(input.labels).sort();
  const gatewayClass: KubeManifest = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GatewayClass',
    metadata: { name: input.gatewayClass.name },
    spec: { controllerName: input.gatewayClass.controllerName },
  };
  const gateway: KubeManifest = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: {
      name: input.name,
      namespace: input.namespace,
      ...(labels.length === 0
        ? {}
        : {
            labels: Object.fromEntries(
              labels.map(key => [key, input.labels[key]]),
            ),
          }),
    },
    spec: {
      gatewayClassName: input.gatewayClass.name,
      listeners: renderGatewayListeners(
        input.listeners,
        allowedRouteNamespaces(input),
      ),
    },
  };
  const units: GitopsUnitFile[] = [
    {
      file: 'gatewayclass.yaml',
      header: `GatewayClass of the shared inference Gateway, implemented by ${input.gatewayClass.controllerName}.`,
      manifest: gatewayClass,
    },
    {
      file: 'gateway.yaml',
      header: `Shared inference Gateway: ${describeAllowed(
        input,
      )} (HTTPRoute hijacking mitigation).`,
      manifest: gateway,
    },
  ];
  return {
    manifests: units.map(unit => unit.manifest),
    files: gitopsUnitFiles(
      dir,
      `Shared inference Gateway ${input.namespace}/${input.name} and its GatewayClass.`,
      units,
    ),
  };
}
