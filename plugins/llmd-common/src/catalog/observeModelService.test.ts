import { V1ALPHA1_V07 } from '../render/model/__testUtils__/modelFixtures';
import {
  gateway,
  NO_REFERENCES,
  renderedModel,
  withStatusUrl,
} from './__testUtils__/catalogFixtures';
import { observeModelService } from './observeModelService';

const lookup = NO_REFERENCES;

describe('observeModelService', () => {
  it('takes endpoints from the status and keeps only Gateways the cluster has', () => {
    const model = withStatusUrl(renderedModel(), '10.0.0.9');
    const observed = observeModelService({
      cluster: 'demo',
      llmInferenceService: model,
      gateways: [gateway('team-a', 'team-a-gateway')],
      lookup,
    });
    expect(observed.cluster).toBe('demo');
    expect(observed.llmInferenceService).toBe(model);
    expect(observed.endpoints.map(e => e.baseUrl)).toEqual([
      'http://10.0.0.9/team-a/granite-8b/v1',
    ]);
    expect(observed.gateways).toEqual([
      { namespace: 'team-a', name: 'team-a-gateway' },
    ]);
    expect(observed.routingPreset).toBe('default');

    const elsewhere = observeModelService({
      cluster: 'prod',
      llmInferenceService: model,
      gateways: [gateway('team-b', 'team-a-gateway')],
      lookup,
    });
    expect(elsewhere.gateways).toEqual([]);
  });

  it('derives endpoints from the Gateway before the controller published a URL', () => {
    const observed = observeModelService({
      cluster: 'demo',
      llmInferenceService: renderedModel(),
      gateways: [gateway('team-a', 'team-a-gateway', { address: '10.1.1.1' })],
      lookup,
    });
    expect(observed.endpoints.map(e => e.baseUrl)).toEqual([
      'http://10.1.1.1/team-a/granite-8b/v1',
    ]);
  });

  it.each([
    ['prefill-decode', { prefill: { replicas: 1 } }],
    ['kv-cache-aware', { routing: { preset: 'kv-cache-aware' as const } }],
    ['precise-prefix', { routing: { preset: 'precise-prefix' as const } }],
  ])(
    'finds the %s routing preset in the rendered scheduler',
    (preset, changes) => {
      const observed = observeModelService({
        cluster: 'demo',
        llmInferenceService: renderedModel(changes, V1ALPHA1_V07),
        gateways: [],
        lookup,
        clusterDialect: V1ALPHA1_V07.eppDialect,
      });
      expect(observed.routingPreset).toBe(preset);
    },
  );
});
