import { summarizeModelSpec } from './modelSpecSummary';
import {
  BASE_REF_SAMPLE,
  DP_EP_SAMPLE,
  kserveSample,
  PD_SAMPLE,
} from '../__testUtils__/kserveReference';

describe('summarizeModelSpec', () => {
  it('counts GPUs of both pools of the P/D sample', () => {
    expect(summarizeModelSpec(kserveSample(PD_SAMPLE))).toEqual({
      apiVersion: 'serving.kserve.io/v1alpha1',
      modelUri: 'hf://Qwen/Qwen2.5-7B-Instruct',
      modelName: 'Qwen/Qwen2.5-7B-Instruct',
      replicas: { decode: 1, prefill: 2 },
      gpus: { decodePerPod: 1, prefillPerPod: 1, total: 3 },
      parallelism: {},
      tensorParallel: 1,
      multiNode: false,
    });
  });

  it('reports parallelism and leaves the total out for multi-node pools', () => {
    const spec = summarizeModelSpec(kserveSample(DP_EP_SAMPLE));
    expect(spec.parallelism).toEqual({
      data: 16,
      dataLocal: 8,
      expert: true,
      tensor: 1,
    });
    expect(spec.multiNode).toBe(true);
    expect(spec.gpus.total).toBeUndefined();
  });

  it('reads a v1alpha2 sample', () => {
    const spec = summarizeModelSpec(kserveSample(BASE_REF_SAMPLE));
    expect(spec).toMatchObject({
      apiVersion: 'serving.kserve.io/v1alpha2',
      modelUri: 'pvc://gpt-oss-20b-pvc',
      replicas: { decode: 2 },
      gpus: { decodePerPod: 1, total: 2 },
    });
  });

  it('uses the object name as served model name and TP from parallelism', () => {
    const spec = summarizeModelSpec({
      apiVersion: 'serving.kserve.io/v1alpha1',
      metadata: { name: 'plain' },
      spec: { model: { uri: 'hf://x/y' }, parallelism: { tensor: 4 } },
    });
    expect(spec).toMatchObject({
      modelName: 'plain',
      tensorParallel: 4,
      replicas: { decode: 1 },
      gpus: { decodePerPod: 0, total: 0 },
    });
  });
});
