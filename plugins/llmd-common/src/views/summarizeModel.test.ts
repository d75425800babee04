import type { KubeObjectLike } from '../kube/kubeObject';
import { resolveModelEppConfig } from '../models/resolveModelEppConfig';
import { summarizeModel } from './summarizeModel';
import { NO_REFERENCES } from '../catalog/__testUtils__/catalogFixtures';
import {
  kserveSample,
  PD_SAMPLE,
  SINGLE_NODE_SAMPLE,
} from '../__testUtils__/kserveReference';

const withMetadata = (
  object: KubeObjectLike,
  annotations: Record<string, string>,
  status?: unknown,
): KubeObjectLike => ({
  ...object,
  metadata: { ...object.metadata, annotations },
  ...(status !== undefined && { status }),
});

describe('summarizeModel', () => {
  it('summarises the P/D sample: decode and prefill replicas, auth on by default', () => {
    const summary = summarizeModel({
      cluster: 'prod',
      llmInferenceService: kserveSample(PD_SAMPLE),
    });
    expect(summary).toEqual({
      cluster: 'prod',
      namespace: 'team-a',
      name: 'qwen2-7b-instruct-pd',
      entityRef: 'component:team-a/qwen2-7b-instruct-pd',
      displayName: 'qwen2-7b-instruct-pd',
      modelName: 'Qwen/Qwen2.5-7B-Instruct',
      ready: false,
      replicas: { decode: 1, prefill: 2 },
      authEnabled: true,
      endpoints: [],
      stale: false,
      gpus: 3,
    });
  });

  it('names the routing preset when the resolved EPP config is at hand', () => {
    const llmInferenceService = kserveSample(PD_SAMPLE);
    const summary = summarizeModel({
      cluster: 'prod',
      llmInferenceService,
      epp: resolveModelEppConfig(llmInferenceService, {
        lookup: NO_REFERENCES,
      }),
    });
    expect(summary.routingPreset).toBe('prefill-decode');
  });

  it('leaves prefill out without a prefill pool', () => {
    const summary = summarizeModel({
      cluster: 'prod',
      llmInferenceService: kserveSample(SINGLE_NODE_SAMPLE),
      stale: true,
    });
    expect(summary.replicas).toEqual({ decode: 3 });
    expect(summary.stale).toBe(true);
  });

  it.each([
    [undefined, true],
    ['true', true],
    ['false', false],
    ['False', false],
    [' false ', false],
    ['', true],
    ['no', true],
  ])('auth annotation %p → authEnabled %p', (value, expected) => {
    const object = kserveSample(SINGLE_NODE_SAMPLE);
    const annotations: Record<string, string> =
      value === undefined
        ? {}
        : { 'security.opendatahub.io/enable-auth': value };
    expect(
      summarizeModel({
        cluster: 'prod',
        llmInferenceService: withMetadata(object, annotations),
      }).authEnabled,
    ).toBe(expected);
  });

  it('reads display name, owner, readiness and endpoints from metadata and status', () => {
    const object = withMetadata(
      kserveSample(SINGLE_NODE_SAMPLE),
      {
        'openshift.io/display-name': 'Qwen 2.5 7B',
        'backstage.io/owner': 'group:default/team-a',
      },
      {
        url: 'http://10.0.0.5/team-a/qwen2-7b-instruct-single',
        conditions: [
          { type: 'WorkloadsReady', status: 'True' },
          { type: 'Ready', status: 'True' },
        ],
      },
    );
    expect(
      summarizeModel({ cluster: 'prod', llmInferenceService: object }),
    ).toMatchObject({
      displayName: 'Qwen 2.5 7B',
      owner: 'group:default/team-a',
      ready: true,
      endpoints: ['http://10.0.0.5/team-a/qwen2-7b-instruct-single/v1'],
    });
  });
});
