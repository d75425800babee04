import type { PreflightCheck } from '../api';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import { describeCondition, findCondition } from './findCondition';
import { kindUnreadable } from './kindReadability';
import {
  objectLabels,
  type PreflightContext,
  unknownCheck,
} from './preflightContext';

/** `gatewayclasses`: every GatewayClass a Gateway uses exists and is `Accepted=True` by its controller. */
export function gatewayClassesCheck(context: PreflightContext): PreflightCheck {
  const id = 'gatewayclasses';
  if (context.gatewaysUnreadable)
    return unknownCheck(id, context.gatewaysUnreadable);
  const classUnreadable = kindUnreadable(context.source, 'GatewayClass');
  if (classUnreadable) return unknownCheck(id, classUnreadable);
  const names = [
    ...new Set(
      context.gateways.flatMap(
        g => stringAt(g, 'spec', 'gatewayClassName') ?? [],
      ),
    ),
  ];
  if (names.length === 0) {
    return {
      id,
      status: 'warn',
      message: 'no Gateway uses a GatewayClass (there is no Gateway)',
      fix: 'create the platform GatewayClass and Gateway (OpenShift: GatewayClass openshift-default with controller openshift.io/gateway-controller/v1)',
    };
  }
  const problems = names.flatMap(name => {
    const gatewayClass = context.source.get('GatewayClass', '', name);
    if (!gatewayClass) return [{ name, why: 'does not exist' }];
    const accepted = findCondition(gatewayClass, 'Accepted');
    return accepted?.status === 'True'
      ? []
      : [
          {
            name,
            why: `is not accepted: ${describeCondition('Accepted', accepted)}`,
          },
        ];
  });
  if (problems.length === 0) {
    return {
      id,
      status: 'ok',
      message: `GatewayClass ${names.join(', ')} accepted`,
    };
  }
  return {
    id,
    status: 'fail',
    message: problems.map(p => `GatewayClass ${p.name} ${p.why}`).join('; '),
    fix: 'create the GatewayClass the Gateways name, with the controllerName of an installed Gateway API implementation (OpenShift: openshift.io/gateway-controller/v1), and check that controller is running',
    objects: problems.map(p => `GatewayClass ${p.name}`),
  };
}

/** Why a Gateway cannot carry traffic from outside: not Programmed, or no address. */
function gatewayProblem(gateway: KubeObjectLike): string | undefined {
  const programmed = findCondition(gateway, 'Programmed');
  if (programmed?.status !== 'True') {
    return describeCondition('Programmed', programmed);
  }
  return objectsAt(gateway, 'status', 'addresses').length === 0
    ? 'no status.addresses'
    : undefined;
}

/** `gateways`: every Gateway `Programmed=True` with `status.addresses`; the default Gateway exists when given. */
export function gatewaysCheck(context: PreflightContext): PreflightCheck {
  const id = 'gateways';
  if (context.gatewaysUnreadable)
    return unknownCheck(id, context.gatewaysUnreadable);
  const fallback = context.defaultGateway;
  if (
    fallback &&
    !context.source.get('Gateway', fallback.namespace, fallback.name)
  ) {
    return {
      id,
      status: 'fail',
      message: `the default Gateway ${fallback.namespace}/${fallback.name} does not exist: models with gateway: {} cannot attach`,
      fix: `create Gateway ${fallback.namespace}/${fallback.name} (OpenShift AI: openshift-ingress/openshift-ai-inference, see the llm-d playbook's preflight)`,
      objects: [`Gateway ${fallback.namespace}/${fallback.name}`],
    };
  }
  if (context.gateways.length === 0) {
    return {
      id,
      status: 'warn',
      message:
        'there is no Gateway: no model can be reached from outside the cluster',
      fix: 'create the platform Gateway (OpenShift AI: openshift-ingress/openshift-ai-inference)',
    };
  }
  const bad = context.gateways.flatMap(g => {
    const why = gatewayProblem(g);
    return why ? [{ gateway: g, why }] : [];
  });
  if (bad.length === 0) {
    return {
      id,
      status: 'ok',
      message: `${context.gateways.length} Gateway(s) programmed, each with an address`,
    };
  }
  return {
    id,
    status: 'fail',
    message: `${bad.length} of ${
      context.gateways.length
    } Gateway(s) cannot carry traffic: ${bad
      .slice(0, 3)
      .map(
        b =>
          `${b.gateway.metadata.namespace}/${b.gateway.metadata.name} ${b.why}`,
      )
      .join('; ')}${bad.length > 3 ? '; …' : ''}`,
    fix: 'check the Gateway controller (kubectl describe gateway) and its LoadBalancer Service: a Gateway needs Programmed=True and an address (MetalLB on bare metal)',
    objects: objectLabels(
      'Gateway',
      bad.map(b => b.gateway),
    ),
  };
}
