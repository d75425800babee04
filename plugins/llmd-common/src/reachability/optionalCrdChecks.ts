import type { PreflightCheck } from '../api';
import { objectsAt } from '../kube/kubeObject';
import { crdPresence } from './crdPresence';
import { modelTopology } from './modelTopology';
import {
  objectLabels,
  type PreflightContext,
  unknownCheck,
} from './preflightContext';
import { REACHABILITY_CRDS } from './reachabilityCrds';

const LWS = REACHABILITY_CRDS.leaderWorkerSet.name;

/** `crd-leaderworkerset`: needed by multi-node models (`spec.worker`) only. */
export function leaderWorkerSetCrdCheck(
  context: PreflightContext,
): PreflightCheck {
  const id = 'crd-leaderworkerset';
  const presence = crdPresence(
    context.source,
    REACHABILITY_CRDS.leaderWorkerSet,
  );
  if (presence.state === 'installed') {
    return { id, status: 'ok', message: `${LWS} is installed` };
  }
  const multiNode = context.models.filter(m => modelTopology(m).multiNode);
  const fix =
    'install the LeaderWorkerSet operator (KServe 0.17+ pins LWS v0.7.0 or later; OpenShift AI installs it with llm-d), then restart the KServe controller so it watches LeaderWorkerSets';
  if (multiNode.length === 0) {
    return {
      id,
      status: 'ok',
      message:
        presence.state === 'missing'
          ? `${LWS} is not installed; only needed for multi-node models (spec.worker), and there are none`
          : `${presence.message}; only needed for multi-node models (spec.worker), and there are none`,
    };
  }
  if (presence.state === 'unknown') return unknownCheck(id, presence);
  return {
    id,
    status: 'fail',
    message: `${LWS} is not installed, and ${multiNode.length} multi-node model(s) (spec.worker) need it`,
    fix,
    objects: objectLabels('LLMInferenceService', multiNode),
  };
}

/** `crd-metallb`: on bare metal a Gateway's LoadBalancer Service gets an address from MetalLB. */
export function metallbCrdCheck(context: PreflightContext): PreflightCheck {
  const id = 'crd-metallb';
  const presence = crdPresence(context.source, REACHABILITY_CRDS.metallb);
  if (presence.state === 'installed') {
    return {
      id,
      status: 'ok',
      message: 'MetalLB is installed (ipaddresspools.metallb.io)',
    };
  }
  const without = context.gateways.filter(
    g => objectsAt(g, 'status', 'addresses').length === 0,
  );
  if (without.length === 0) {
    return {
      id,
      status: 'ok',
      message:
        'MetalLB is not installed (or not readable); not needed: every Gateway has an address',
    };
  }
  if (presence.state === 'unknown') return unknownCheck(id, presence);
  return {
    id,
    status: 'warn',
    message: `MetalLB is not installed and ${without.length} Gateway(s) have no address`,
    fix: "on bare metal install the MetalLB operator with an IPAddressPool and an L2Advertisement so the Gateways' LoadBalancer Services get addresses; elsewhere give them a load balancer",
    objects: objectLabels('Gateway', without),
  };
}
