import type { DiagnosisStep } from '../api';
import { objectsAt, stringAt } from '../kube/kubeObject';
import {
  type DiagnosisContext,
  modelCondition,
  objectLabel,
  type ResolvedGateway,
} from './diagnosisContext';
import { describeCondition, findCondition } from './findCondition';

const NO_ROUTER =
  'the model has no spec.router.route or gateway: it is reachable only inside the cluster';

function gatewayLabel(g: ResolvedGateway): string {
  return objectLabel('Gateway', g.ref.namespace, g.ref.name);
}

/** What is wrong with one Gateway for the `gateway` step, undefined when it is Programmed. */
function gatewayIssue(
  context: DiagnosisContext,
  g: ResolvedGateway,
): Omit<DiagnosisStep, 'id'> | undefined {
  const object = gatewayLabel(g);
  const gatewaysReady = modelCondition(context, 'GatewaysReady');
  const quoted =
    gatewaysReady?.status === 'False'
      ? `; the model reports ${describeCondition(
          'GatewaysReady',
          gatewaysReady,
        )}`
      : '';
  if (!g.gateway) {
    return {
      status: 'fail',
      object,
      message: `${object} does not exist (the controller reports RefsInvalid)${quoted}`,
      fix:
        g.ref.index === undefined
          ? `create the platform's default Gateway ${g.ref.namespace}/${g.ref.name}, or name an existing one in spec.router.gateway.refs`
          : `create ${object}, or correct spec.router.gateway.refs[${g.ref.index}] of the model`,
    };
  }
  const programmed = findCondition(g.gateway, 'Programmed');
  if (programmed?.status === 'True') return undefined;
  const className = stringAt(g.gateway, 'spec', 'gatewayClassName') ?? '?';
  return {
    status: 'fail',
    object,
    message: `${object} is not programmed: ${describeCondition(
      'Programmed',
      programmed,
    )} (the model shows GatewaysReady=False GatewaysNotReady)${quoted}`,
    fix: `check the controller of GatewayClass ${className} and the Gateway's events (kubectl describe gateway -n ${g.ref.namespace} ${g.ref.name}): a Gateway carries traffic only once Programmed=True`,
  };
}

/** `gateway`: every Gateway the model attaches to exists and is `Programmed=True`. */
export function gatewayStep(context: DiagnosisContext): DiagnosisStep {
  if (context.gateways.length === 0) {
    return { id: 'gateway', status: 'skip', message: NO_ROUTER };
  }
  if (context.gatewaysUnreadable) {
    return { id: 'gateway', status: 'unknown', ...context.gatewaysUnreadable };
  }
  const issue = context.gateways
    .map(g => gatewayIssue(context, g))
    .find(Boolean);
  if (issue) return { id: 'gateway', ...issue };
  const refsInvalid =
    modelCondition(context, 'GatewaysReady')?.reason === 'RefsInvalid'
      ? ' (the model reports RefsInvalid although the Gateways exist: a known false report, kserve#4972)'
      : '';
  return {
    id: 'gateway',
    status: 'ok',
    object: gatewayLabel(context.gateways[0]),
    message: `${context.gateways
      .map(gatewayLabel)
      .join(', ')} programmed${refsInvalid}`,
  };
}

/** `gateway-address`: every existing Gateway has `status.addresses` (without one KServe discovers no external URL). */
export function gatewayAddressStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'gateway-address';
  if (context.gateways.length === 0)
    return { id, status: 'skip', message: NO_ROUTER };
  if (context.gatewaysUnreadable)
    return { id, status: 'unknown', ...context.gatewaysUnreadable };
  const existing = context.gateways.filter(g => g.gateway);
  if (existing.length === 0) {
    return {
      id,
      status: 'skip',
      message: 'no Gateway to read an address from',
    };
  }
  const without = existing.find(
    g => objectsAt(g.gateway, 'status', 'addresses').length === 0,
  );
  if (without) {
    const { namespace, name } = without.ref;
    return {
      id,
      status: 'fail',
      object: gatewayLabel(without),
      message: `${gatewayLabel(
        without,
      )} has no address: no external URL; KServe changes no condition for this`,
      fix: `give the Gateway's LoadBalancer Service an external address (bare metal: install MetalLB with an IPAddressPool and an L2Advertisement; cloud: a load balancer); see kubectl get svc -n ${namespace} -l gateway.networking.k8s.io/gateway-name=${name}`,
    };
  }
  const addresses = existing.flatMap(g =>
    objectsAt(g.gateway, 'status', 'addresses').flatMap(
      a => stringAt(a, 'value') ?? [],
    ),
  );
  return {
    id,
    status: 'ok',
    object: gatewayLabel(existing[0]),
    message: `address ${addresses.join(', ')}`,
  };
}
