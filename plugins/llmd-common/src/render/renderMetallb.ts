import {
  gitopsUnitFiles,
  type GitopsUnitFile,
  type RenderResult,
} from './gitopsFile';
import type { MetallbInput } from './metallbInput';
import type { RenderTarget } from './renderTarget';

/** Namespace of the MetalLB operator and of all its configuration objects. */
const METALLB_NAMESPACE = 'metallb-system';

/** The OLM package and catalog MetalLB is installed from on OpenShift (as in the llm-d playbook). */
const METALLB_OPERATOR_SUBSCRIPTION = {
  name: 'metallb-operator',
  channel: 'stable',
  source: 'redhat-operators',
  sourceNamespace: 'openshift-marketplace',
} as const;

/** GitOps directory of the operator install unit (apply first: it brings the MetalLB CRDs). */
const METALLB_OPERATOR_DIR = 'platform/metallb/operator';
/** GitOps directory of the MetalLB configuration unit. */
const METALLB_INSTANCE_DIR = 'platform/metallb/instance';

function metadata(name: string) {
  return { name, namespace: METALLB_NAMESPACE };
}

function operatorUnits(): GitopsUnitFile[] {
  const { name, channel, source, sourceNamespace } =
    METALLB_OPERATOR_SUBSCRIPTION;
  return [
    {
      file: 'namespace.yaml',
      header: 'Namespace of the MetalLB operator and its configuration.',
      manifest: {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: METALLB_NAMESPACE },
      },
    },
    {
      file: 'operatorgroup.yaml',
      header: `OperatorGroup: lets OLM install the MetalLB operator into ${METALLB_NAMESPACE}.`,
      manifest: {
        apiVersion: 'operators.coreos.com/v1',
        kind: 'OperatorGroup',
        metadata: metadata(name),
      },
    },
    {
      file: 'subscription.yaml',
      header: `OLM Subscription: installs the MetalLB operator (${source}, channel ${channel}).\nBare-metal clusters need MetalLB to give the inference Gateway's LoadBalancer Service an address.`,
      manifest: {
        apiVersion: 'operators.coreos.com/v1alpha1',
        kind: 'Subscription',
        metadata: metadata(name),
        spec: {
          channel,
          installPlanApproval: 'Automatic',
          name,
          source,
          sourceNamespace,
        },
      },
    },
  ];
}

function advertisementUnits(input: MetallbInput): GitopsUnitFile[] {
  const pools = [input.poolName];
  if (input.mode === 'l2') {
    return [
      {
        file: 'l2advertisement.yaml',
        header: `Announces the ${input.poolName} addresses on the local network (layer 2: ARP for IPv4, NDP for IPv6).`,
        manifest: {
          apiVersion: 'metallb.io/v1beta1',
          kind: 'L2Advertisement',
          metadata: metadata(`${input.poolName}-l2-advertisement`),
          spec: { ipAddressPools: pools },
        },
      },
    ];
  }
  const { myASN, peerASN, peerAddress } = input.bgp;
  return [
    {
      file: 'bgppeer.yaml',
      // The guide writes v1beta1, which the BGPPeer CRD marks deprecated; v1beta2 is its storage version.
      header: `BGP session with the router ${peerAddress} (AS ${peerASN}); metallb.io/v1beta2, as v1beta1 is deprecated.`,
      manifest: {
        apiVersion: 'metallb.io/v1beta2',
        kind: 'BGPPeer',
        metadata: metadata(`${input.poolName}-bgp-peer`),
        spec: { myASN, peerASN, peerAddress },
      },
    },
    {
      file: 'bgpadvertisement.yaml',
      header: `Announces the ${input.poolName} addresses to the BGP peers.`,
      manifest: {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'BGPAdvertisement',
        metadata: metadata(`${input.poolName}-bgp-advertisement`),
        spec: { ipAddressPools: pools },
      },
    },
  ];
}

function instanceUnits(input: MetallbInput): GitopsUnitFile[] {
  return [
    {
      file: 'metallb.yaml',
      header:
        'MetalLB instance: makes the operator deploy the MetalLB controller and speakers.',
      manifest: {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'MetalLB',
        metadata: metadata('metallb'),
      },
    },
    {
      file: 'ipaddresspool.yaml',
      header:
        "Addresses MetalLB may assign to LoadBalancer Services, such as the inference Gateway's.",
      manifest: {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'IPAddressPool',
        metadata: metadata(input.poolName),
        spec: { addresses: [...input.addresses] },
      },
    },
    ...advertisementUnits(input),
  ];
}

/**
 * Renders bare-metal load balancing with MetalLB as two GitOps units: `platform/metallb/operator/` (Namespace,
 * OperatorGroup, Subscription; only with `installOperator`) and `platform/metallb/instance/` (the MetalLB instance,
 * the IPAddressPool and an L2Advertisement, or a BGPPeer and a BGPAdvertisement). They are separate units because
 * the instance objects can only be applied once the operator has installed the MetalLB CRDs. The target is accepted
 * for uniformity: these manifests do not depend on it.
 */
export function renderMetallb(
  input: MetallbInput,
  _target?: RenderTarget,
): RenderResult {
  const operator = input.installOperator ? operatorUnits() : [];
  const instance = instanceUnits(input);
  const announcement =
    input.mode === 'l2'
      ? 'its L2 advertisement'
      : 'its BGP peer and advertisement';
  return {
    manifests: [...operator, ...instance].map(unit => unit.manifest),
    files: [
      ...(operator.length === 0
        ? []
        : gitopsUnitFiles(
            METALLB_OPERATOR_DIR,
            `MetalLB operator (OLM). Sync before ${METALLB_INSTANCE_DIR}, which needs the operator's CRDs.`,
            operator,
          )),
      ...gitopsUnitFiles(
        METALLB_INSTANCE_DIR,
        `MetalLB configuration: the instance, the ${input.poolName} address pool and ${announcement}.`,
        instance,
      ),
    ],
  };
}
