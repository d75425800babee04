import {
  DISPLAY_NAME_ANNOTATION,
  OWNER_ANNOTATION,
} from '../kube/objectAnnotations';
import {
  gitopsUnitFiles,
  type GitopsUnitFile,
  type KubeManifest,
  type RenderResult,
} from './gitopsFile';
import { renderGatewayListeners } from './renderGatewayListeners';
import type { RenderTarget } from './renderTarget';
import type { DedicatedTenantGateway, TenantInput } from './tenantInput';

/** Label that makes the OpenShift AI dashboard list the namespace as a data science project. */
const DASHBOARD_LABEL = 'opendatahub.io/dashboard';

/** The GitOps directory of a tenant's base unit (DESIGN §3). */
function tenantBaseDir(namespace: string): string {
  return `tenants/${namespace}/base`;
}

// By code unit, not localeCompare: the order must not depend on the machine's locale.
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function sortedRecord(
  entries: ReadonlyArray<readonly [string, string]>,
): Record<string, string> {
  return Object.fromEntries([...entries].sort(([a], [b]) => byCodeUnits(a, b)));
}

function namespaceManifest(input: TenantInput): KubeManifest {
  const labels: Array<[string, string]> = [[DASHBOARD_LABEL, 'true']];
  if (input.gateway.mode === 'shared') {
    labels.push([input.gateway.sharedGateway.selectorLabel, 'true']);
  }
  const annotations: Array<[string, string]> = [
    [OWNER_ANNOTATION, input.owner],
  ];
  if (input.displayName !== undefined) {
    annotations.push([DISPLAY_NAME_ANNOTATION, input.displayName]);
  }
  const metadata = {
    name: input.namespace,
    labels: sortedRecord(labels),
    annotations: sortedRecord(annotations),
  };
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}

function gatewayManifest(
  namespace: string,
  gateway: DedicatedTenantGateway,
): KubeManifest {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: gateway.name, namespace },
    spec: {
      gatewayClassName: gateway.className,
      listeners: renderGatewayListeners(gateway.listeners, { from: 'Same' }),
    },
  };
}

function namespaceHeader(input: TenantInput): string {
  const header =
    "Tenant namespace; the owner annotation is read back by the portal's catalog.";
  if (input.gateway.mode !== 'shared') return header;
  const { name, namespace, selectorLabel } = input.gateway.sharedGateway;
  return `${header}\nThe ${selectorLabel} label lets its routes attach to the shared Gateway ${namespace}/${name}.`;
}

/**
 * Renders a tenant's base unit `tenants/<namespace>/base/`: the Namespace (owner, display name, dashboard label)
 * and, in dedicated mode, its own Gateway that only accepts routes from the tenant's namespace — the guide's
 * HTTPRoute-hijacking mitigation. In shared mode there is no Gateway; the Namespace carries the label the shared
 * Gateway's selector matches. The target is accepted for uniformity: these manifests do not depend on it.
 *
 * @public
 */
export function renderTenant(
  input: TenantInput,
  _target?: RenderTarget,
): RenderResult {
  const dir = tenantBaseDir(input.namespace);
  const units: GitopsUnitFile[] = [
    {
      file: 'namespace.yaml',
      header: namespaceHeader(input),
      manifest: namespaceManifest(input),
    },
  ];
  if (input.gateway.mode === 'dedicated') {
    units.push({
      file: 'gateway.yaml',
      header: `Dedicated Gateway: only routes from ${input.namespace} may attach (HTTPRoute hijacking mitigation).`,
      manifest: gatewayManifest(input.namespace, input.gateway),
    });
  }
  const summary =
    input.gateway.mode === 'dedicated'
      ? 'namespace and its dedicated Gateway.'
      : `namespace, using the shared Gateway ${input.gateway.sharedGateway.namespace}/${input.gateway.sharedGateway.name}.`;
  return {
    manifests: units.map(unit => unit.manifest),
    files: gitopsUnitFiles(dir, `Tenant ${input.namespace}: ${summary}`, units),
  };
}
