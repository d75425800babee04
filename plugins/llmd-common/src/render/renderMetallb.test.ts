import { expectGolden, expectValidRender } from './__testUtils__/expectRender';
import { validValue } from './__testUtils__/parsedInput';
import { yamlDocs } from './__testUtils__/yamlDocs';
import { parseRenderInput } from './inputs/parseRenderInput';
import { metallbInputSchema, type MetallbInput } from './metallbInput';
import { renderMetallb } from './renderMetallb';

const metallb = (raw: unknown): MetallbInput =>
  validValue(parseRenderInput(metallbInputSchema, raw));

const bgp = { myASN: 64500, peerASN: 64501, peerAddress: '10.0.0.1' };

/*
 * The MetalLB examples of the advanced deployment guide, as fixtures written for this project and shaped like them
 * (the guide's objects and fields, our own addresses, ASNs and advertisement names). Ours differ only where the guide
 * is out of date or leaves the choice open: BGPPeer is written as v1beta2 (v1beta1 is deprecated in the CRD), and the
 * advertisement / peer names are derived from the pool name. The pool keeps the portal's default name, llm-d-pool.
 */
const guideAddresses = '10.20.30.40-10.20.30.49';
const guideBgp = { myASN: 65010, peerASN: 65020, peerAddress: '10.20.0.1' };

/** Shaped like the guide's base MetalLB instance and its IP address pool (v1beta1). */
const GUIDE_METALLB = `
apiVersion: metallb.io/v1beta1
kind: MetalLB
metadata:
  name: metallb
  namespace: metallb-system
---
apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: llm-d-pool
  namespace: metallb-system
spec:
  addresses:
    - ${guideAddresses}
`;
/** Shaped like the guide's L2 advertisement of that pool. */
const GUIDE_L2 = `
apiVersion: metallb.io/v1beta1
kind: L2Advertisement
metadata:
  name: announce-local
  namespace: metallb-system
spec:
  ipAddressPools:
    - llm-d-pool
`;
/** Shaped like the guide's BGP example: a BGPPeer written as v1beta1 and a BGP advertisement of the pool. */
const GUIDE_BGP = `
apiVersion: metallb.io/v1beta1
kind: BGPPeer
metadata:
  name: edge-router
  namespace: metallb-system
spec:
  myASN: ${guideBgp.myASN}
  peerASN: ${guideBgp.peerASN}
  peerAddress: ${guideBgp.peerAddress}
---
apiVersion: metallb.io/v1beta1
kind: BGPAdvertisement
metadata:
  name: announce-bgp
  namespace: metallb-system
spec:
  ipAddressPools:
    - llm-d-pool
`;

/** A manifest without the names we choose differently from the guide. */
function shape(manifest: any): unknown {
  const { name, ...metadata } = manifest.metadata;
  const named = ['MetalLB', 'IPAddressPool'].includes(manifest.kind);
  return { ...manifest, metadata: named ? { name, ...metadata } : metadata };
}

describe('renderMetallb', () => {
  it('renders L2 with the operator install', () => {
    const result = renderMetallb(
      metallb({
        addresses: ['192.168.1.240-192.168.1.250', 'fd00:10::/120'],
        mode: 'l2',
      }),
    );
    expectValidRender(result);
    expectGolden('metallb-l2', result);
    expect(result.files.map(f => f.path)).toEqual([
      'platform/metallb/operator/kustomization.yaml',
      'platform/metallb/operator/namespace.yaml',
      'platform/metallb/operator/operatorgroup.yaml',
      'platform/metallb/operator/subscription.yaml',
      'platform/metallb/instance/kustomization.yaml',
      'platform/metallb/instance/metallb.yaml',
      'platform/metallb/instance/ipaddresspool.yaml',
      'platform/metallb/instance/l2advertisement.yaml',
    ]);
  });

  it('renders BGP with the operator install', () => {
    const result = renderMetallb(
      metallb({ addresses: ['10.10.0.0/28'], mode: 'bgp', bgp }),
    );
    expectValidRender(result);
    expectGolden('metallb-bgp', result);
    expect(result.manifests.map(m => `${m.apiVersion}/${m.kind}`)).toEqual([
      'v1/Namespace',
      'operators.coreos.com/v1/OperatorGroup',
      'operators.coreos.com/v1alpha1/Subscription',
      'metallb.io/v1beta1/MetalLB',
      'metallb.io/v1beta1/IPAddressPool',
      'metallb.io/v1beta2/BGPPeer',
      'metallb.io/v1beta1/BGPAdvertisement',
    ]);
  });

  it('renders BGP without the operator install', () => {
    const result = renderMetallb(
      metallb({
        poolName: 'inference',
        addresses: ['10.10.0.0/28', '10.10.1.1-10.10.1.9'],
        mode: 'bgp',
        bgp: { myASN: 4200000000, peerASN: 4200000000, peerAddress: 'fd00::1' },
        installOperator: false,
      }),
    );
    expectValidRender(result);
    expectGolden('metallb-bgp-no-operator', result);
    expect(
      result.files.every(f => f.path.startsWith('platform/metallb/instance/')),
    ).toBe(true);
  });

  it('installs the operator the way the playbook does', () => {
    const result = renderMetallb(metallb({ addresses: ['10.0.0.0/30'] }));
    expect(result.manifests.find(m => m.kind === 'Subscription')).toEqual({
      apiVersion: 'operators.coreos.com/v1alpha1',
      kind: 'Subscription',
      metadata: { name: 'metallb-operator', namespace: 'metallb-system' },
      spec: {
        channel: 'stable',
        installPlanApproval: 'Automatic',
        name: 'metallb-operator',
        source: 'redhat-operators',
        sourceNamespace: 'openshift-marketplace',
      },
    });
  });

  it('is deterministic', () => {
    const input = metallb({ addresses: ['10.0.0.0/30'], mode: 'bgp', bgp });
    expect(renderMetallb(input)).toEqual(renderMetallb(input));
  });
});

describe('the advanced deployment guide', () => {
  it('L2 example: is what we render for its pool', () => {
    const result = renderMetallb(
      metallb({
        addresses: [guideAddresses],
        installOperator: false,
      }),
    );
    expect(result.manifests.map(shape)).toEqual(
      yamlDocs(GUIDE_METALLB, GUIDE_L2).map(shape),
    );
  });

  it('BGP example: is what we render for its peer, with BGPPeer on v1beta2', () => {
    const result = renderMetallb(
      metallb({
        addresses: [guideAddresses],
        mode: 'bgp',
        bgp: guideBgp,
        installOperator: false,
      }),
    );
    const guide = yamlDocs(GUIDE_METALLB, GUIDE_BGP).map((m: any) =>
      m.kind === 'BGPPeer' ? { ...m, apiVersion: 'metallb.io/v1beta2' } : m,
    );
    expect(result.manifests.map(shape)).toEqual(guide.map(shape));
  });
});
