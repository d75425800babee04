import { describeModelOnCluster } from './describeModelOnCluster';
import {
  kserveSample,
  PD_SAMPLE,
  readReferenceObjects,
  SCHEDULER_PRESET,
} from '../__testUtils__/kserveReference';

describe('describeModelOnCluster', () => {
  it('puts spec, conditions, endpoints, auth, client identity and EPP together', () => {
    const llmisvc = {
      ...kserveSample(PD_SAMPLE),
      status: {
        url: 'https://gw.example.com/team-a/qwen2-7b-instruct-pd',
        conditions: [
          { type: 'PrefillWorkloadReady', status: 'False', reason: 'Pending' },
          { type: 'Ready', status: 'False', reason: 'WorkloadsNotReady' },
        ],
      },
    };
    const detail = describeModelOnCluster({
      cluster: 'prod',
      llmInferenceService: llmisvc,
      lookup: {
        llmInferenceServiceConfig: () =>
          readReferenceObjects(`kserve/${SCHEDULER_PRESET}`)[0],
        configMap: () => undefined,
      },
      clusterDialect: 'scheduler-v0.2',
    });
    expect(detail).toMatchObject({
      cluster: 'prod',
      stale: false,
      displayName: 'qwen2-7b-instruct-pd',
      spec: { replicas: { decode: 1, prefill: 2 } },
      ready: false,
      authEnabled: true,
      clientServiceAccount: 'qwen2-7b-instruct-pd-client',
      endpoints: [
        {
          baseUrl: 'https://gw.example.com/team-a/qwen2-7b-instruct-pd/v1',
          chat: 'https://gw.example.com/team-a/qwen2-7b-instruct-pd/v1/chat/completions',
        },
      ],
      epp: { source: 'config-text-arg', dialect: 'scheduler-v0.2' },
    });
    expect(detail.conditions.map(c => c.type)).toEqual([
      'PrefillWorkloadReady',
      'Ready',
    ]);
    expect(detail.owner).toBeUndefined();
  });
});
