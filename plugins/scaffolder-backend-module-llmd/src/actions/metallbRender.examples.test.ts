import { examplesOf } from '../__testUtils__/actionExamples';
import { renderExampleRunner } from '../__testUtils__/renderExampleRun';
import { createMetallbRenderAction } from './metallbRender';

const OPERATOR = [
  'platform/metallb/operator/kustomization.yaml',
  'platform/metallb/operator/namespace.yaml',
  'platform/metallb/operator/operatorgroup.yaml',
  'platform/metallb/operator/subscription.yaml',
];

describe('llmd:metallb:render examples', () => {
  const { action, run, text } = renderExampleRunner(createMetallbRenderAction);
  const [l2, bgp] = examplesOf(action);

  it('documents two examples, run below', () => {
    expect(examplesOf(action)).toHaveLength(2);
  });

  it(`renders "${l2[0]}": the operator and an L2-advertised pool`, async () => {
    const outputs = await run(l2[1]);
    expect(outputs).toMatchObject({
      branchName: 'llmd/metallb/metallb-system/llm-d-pool',
      units: ['platform/metallb/instance', 'platform/metallb/operator'],
    });
    expect(outputs.files).toEqual([
      ...OPERATOR,
      'platform/metallb/instance/kustomization.yaml',
      'platform/metallb/instance/metallb.yaml',
      'platform/metallb/instance/ipaddresspool.yaml',
      'platform/metallb/instance/l2advertisement.yaml',
    ]);
    expect(text('platform/metallb/instance/ipaddresspool.yaml')).toContain(
      '192.168.1.240-192.168.1.250',
    );
  });

  it(`renders "${bgp[0]}": the operator, the pool, a BGP peer and its advertisement`, async () => {
    const outputs = await run(bgp[1]);
    expect(outputs.files).toEqual([
      ...OPERATOR,
      'platform/metallb/instance/kustomization.yaml',
      'platform/metallb/instance/metallb.yaml',
      'platform/metallb/instance/ipaddresspool.yaml',
      'platform/metallb/instance/bgppeer.yaml',
      'platform/metallb/instance/bgpadvertisement.yaml',
    ]);
    const peer = text('platform/metallb/instance/bgppeer.yaml');
    expect(peer).toContain('peerASN: 64501');
    expect(peer).toContain('peerAddress: 10.0.0.1');
  });
});
