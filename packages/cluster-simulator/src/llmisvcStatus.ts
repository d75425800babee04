import { kubeTimestamp } from './objectLifecycle';
import { KubeObject } from './types';

/** The platform's shared Gateway, which LLMInferenceServices without `router.gateway.refs` attach to. */
export const DEFAULT_GATEWAY = {
  namespace: 'openshift-ingress',
  name: 'openshift-ai-inference',
};

/** Where a Gateway receives traffic. */
export interface GatewayEndpoint {
  scheme: 'http' | 'https';
  address: string;
  port?: number;
}

interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime: string;
  severity?: string;
}

/** The Gateway an LLMInferenceService routes through: `spec.router.gateway.refs[0]`, else the default. */
export function gatewayRefOf(llmisvc: KubeObject): {
  namespace: string;
  name: string;
} {
  const ref = (llmisvc.spec as any)?.router?.gateway?.refs?.[0];
  if (ref?.name) {
    return {
      name: ref.name,
      namespace: ref.namespace ?? llmisvc.metadata.namespace!,
    };
  }
  return DEFAULT_GATEWAY;
}

/** The endpoint of a Gateway: HTTPS when it has an HTTPS listener; its port unless the scheme's default. */
export function gatewayEndpoint(
  gateway: KubeObject,
  address: string,
): GatewayEndpoint {
  const listeners: Array<{ protocol?: string; port?: number }> =
    (gateway.spec as any)?.listeners ?? [];
  const https = listeners.find(l => l.protocol === 'HTTPS');
  const listener =
    https ?? listeners.find(l => l.protocol === 'HTTP') ?? listeners[0];
  const scheme = https ? 'https' : 'http';
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port =
    listener?.port !== undefined && listener.port !== defaultPort
      ? listener.port
      : undefined;
  return { scheme, address, port };
}

/** What the simulated controller knows about one LLMInferenceService. */
export interface LlmisvcState {
  /** The Gateway's endpoint, undefined when the Gateway does not exist. */
  endpoint?: GatewayEndpoint;
  gatewayRef: { namespace: string; name: string };
  /** Whether the workloads have had time to become ready. */
  workloadsReady: boolean;
}

/**
 * The status KServe's controller reports for an LLMInferenceService: URL and addresses through its Gateway
 * (`<scheme>://<gateway address>/<namespace>/<name>`), the condition tree (Ready ← WorkloadsReady +
 * RouterReady) and observedGeneration. Transition times of unchanged conditions are kept, so recomputing an
 * unchanged status is a no-op write.
 */
export function llmisvcStatus(
  llmisvc: KubeObject,
  state: LlmisvcState,
): Record<string, unknown> {
  const previous: Condition[] = ((llmisvc.status as any)?.conditions ??
    []) as Condition[];
  const status: Record<string, unknown> = {
    observedGeneration: llmisvc.metadata.generation ?? 1,
    conditions: llmisvcConditions(
      llmisvc,
      state,
      conditionMaker(previous, kubeTimestamp()),
    ),
  };
  const { endpoint } = state;
  if (endpoint) {
    const port = endpoint.port === undefined ? '' : `:${endpoint.port}`;
    const url = `${endpoint.scheme}://${endpoint.address}${port}/${llmisvc.metadata.namespace}/${llmisvc.metadata.name}`;
    status.url = url;
    status.addresses = [{ name: 'gateway-external', url }];
  }
  return status;
}

type MakeCondition = (
  type: string,
  ok: boolean,
  reason: string,
  message?: string,
) => Condition;

/** Builds conditions that keep the transition time of a previous condition with the same status. */
function conditionMaker(previous: Condition[], now: string): MakeCondition {
  return (type, ok, reason, message) => {
    const status = ok ? 'True' : 'False';
    const before = previous.find(c => c.type === type);
    return {
      type,
      status,
      reason,
      ...(message ? { message } : {}),
      ...(ok ? {} : { severity: 'Error' }),
      lastTransitionTime:
        before?.status === status ? before.lastTransitionTime : now,
    };
  };
}

/** The condition tree, sorted by type as KServe reports it; a prefill workload only with `spec.prefill`. */
function llmisvcConditions(
  llmisvc: KubeObject,
  { endpoint, gatewayRef, workloadsReady }: LlmisvcState,
  condition: MakeCondition,
): Condition[] {
  const gatewayText = `${gatewayRef.namespace}/${gatewayRef.name}`;
  const routerReady = endpoint !== undefined;
  const workload = (type: string) =>
    condition(
      type,
      workloadsReady,
      workloadsReady
        ? 'MinimumReplicasAvailable'
        : 'MinimumReplicasUnavailable',
      workloadsReady
        ? undefined
        : 'Deployment does not have minimum availability.',
    );
  const spec = (llmisvc.spec ?? {}) as Record<string, unknown>;
  return [
    condition(
      'GatewaysReady',
      routerReady,
      routerReady ? 'GatewaysProgrammed' : 'GatewayNotFound',
      routerReady ? undefined : `Gateway ${gatewayText} not found`,
    ),
    condition(
      'HTTPRoutesReady',
      routerReady,
      routerReady ? 'Accepted' : 'GatewayNotFound',
    ),
    condition('InferencePoolReady', true, 'Accepted'),
    workload('MainWorkloadReady'),
    ...(spec.prefill ? [workload('PrefillWorkloadReady')] : []),
    condition(
      'Ready',
      routerReady && workloadsReady,
      readyReason(routerReady, workloadsReady),
    ),
    condition(
      'RouterReady',
      routerReady,
      routerReady ? 'Ready' : 'GatewayNotFound',
    ),
    workload('SchedulerWorkloadReady'),
    condition(
      'WorkloadsReady',
      workloadsReady,
      workloadsReady ? 'Ready' : 'MinimumReplicasUnavailable',
    ),
  ];
}

/** The reason of the Ready condition: what blocks it, router first. */
function readyReason(routerReady: boolean, workloadsReady: boolean): string {
  if (!routerReady) return 'RouterNotReady';
  return workloadsReady ? 'Ready' : 'WorkloadsNotReady';
}

/** Gateway status: an address and Accepted/Programmed conditions (kept addresses when already set). */
export function gatewayStatus(
  gateway: KubeObject,
  address: string,
): Record<string, unknown> {
  const previous = (gateway.status ?? {}) as {
    addresses?: unknown[];
    conditions?: Condition[];
    listeners?: unknown;
  };
  const now = kubeTimestamp();
  const generation = gateway.metadata.generation ?? 1;
  const condition = (type: string, message: string) => {
    const before = previous.conditions?.find(c => c.type === type);
    return {
      type,
      status: 'True',
      reason: type,
      message,
      observedGeneration: generation,
      lastTransitionTime:
        before?.status === 'True' ? before.lastTransitionTime : now,
    };
  };
  const addresses = previous.addresses?.length
    ? previous.addresses
    : [{ type: 'IPAddress', value: address }];
  return {
    ...previous,
    addresses,
    conditions: [
      condition('Accepted', 'Resource accepted'),
      condition(
        'Programmed',
        `Resource programmed, assigned to ${
          (addresses[0] as { value?: string }).value
        }`,
      ),
    ],
  };
}
