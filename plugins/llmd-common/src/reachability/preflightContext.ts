import type { PreflightCheck } from '../api';
import type { GatewayRef } from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { kindUnreadable, type Unreadable } from './kindReadability';
import type { ReachabilitySource } from './reachabilitySource';

/**
 * Input of {@link evaluateClusterPreflight}.
 *
 * @public
 */
export interface ClusterPreflightInput {
  readonly cluster: string;
  readonly source: ReachabilitySource;
  /** The LLMInferenceService version the portal is configured to read (`llmd.clusters[].defaults.llmisvcApiVersion`). */
  readonly llmisvcApiVersion: 'v1alpha1' | 'v1alpha2';
  /** Where the controller's templates live; `redhat-ods-applications`, `opendatahub`, `kserve` when absent. */
  readonly systemNamespaces?: readonly string[];
  /** The platform's default Gateway (for `gateway: {}`); checked to exist when given. */
  readonly defaultGateway?: GatewayRef;
}

/** What the preflight checks share: the input and the objects read once. */
export interface PreflightContext extends ClusterPreflightInput {
  readonly models: readonly KubeObjectLike[];
  /** Why LLMInferenceServices cannot be read (then `models` is empty). */
  readonly modelsUnreadable?: Unreadable;
  readonly gateways: readonly KubeObjectLike[];
  readonly gatewaysUnreadable?: Unreadable;
}

/** The context of one preflight: every LLMInferenceService and Gateway, listed once. */
export function preflightContext(
  input: ClusterPreflightInput,
): PreflightContext {
  const { source } = input;
  const modelsUnreadable = kindUnreadable(source, 'LLMInferenceService');
  const gatewaysUnreadable = kindUnreadable(source, 'Gateway');
  return {
    ...input,
    models: source.list('LLMInferenceService'),
    ...(modelsUnreadable && { modelsUnreadable }),
    gateways: source.list('Gateway'),
    ...(gatewaysUnreadable && { gatewaysUnreadable }),
  };
}

/** An `unknown` check saying why. */
export function unknownCheck(
  id: PreflightCheck['id'],
  why: Unreadable,
): PreflightCheck {
  return {
    id,
    status: 'unknown',
    message: why.message,
    ...(why.fix && { fix: why.fix }),
  };
}

/** How many objects a check names at most (its message gives the count). */
const MAX_CHECK_OBJECTS = 20;

/** `Kind namespace/name` (or `Kind name` for cluster-scoped objects) of at most 20 objects, for `objects`. */
export function objectLabels(
  kind: string,
  objects: readonly KubeObjectLike[],
): string[] {
  return objects
    .slice(0, MAX_CHECK_OBJECTS)
    .map(o =>
      o.metadata.namespace
        ? `${kind} ${o.metadata.namespace}/${o.metadata.name}`
        : `${kind} ${o.metadata.name}`,
    );
}
