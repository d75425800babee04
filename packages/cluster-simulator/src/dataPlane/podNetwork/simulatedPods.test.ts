import { SIMULATION_ANNOTATIONS } from '../../simulationAnnotations';
import { KubeObject } from '../../types';
import { allPods, modelPods, targetLabels } from './simulatedPods';

function llmisvc(
  name: string,
  spec: Record<string, unknown>,
  annotations: Record<string, string> = {},
): KubeObject {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { namespace: 'team-a', name, annotations },
    spec,
  };
}

describe('the pods KServe would run for an LLMInferenceService', () => {
  it.each([
    ['one replica by default, no scheduler', {}, ['workload/both']],
    [
      'replicas and a scheduler',
      { replicas: 2, router: { scheduler: {} } },
      ['workload/both', 'workload/both', 'router-scheduler/-'],
    ],
    [
      'P/D',
      { replicas: 1, prefill: { replicas: 2 }, router: { scheduler: {} } },
      [
        'workload/decode',
        'workload-prefill/prefill',
        'workload-prefill/prefill',
        'router-scheduler/-',
      ],
    ],
    ['scaled to zero', { replicas: 0 }, []],
  ])('%s', (_, spec, expected) => {
    const pods = allPods(modelPods(llmisvc('m', spec)));
    expect(pods.map(p => `${p.component}/${p.role ?? '-'}`)).toEqual(expected);
  });

  it('names pods after the Deployments, stably, and runs none while the model is stopped', () => {
    const model = llmisvc('granite', {
      prefill: {},
      router: { scheduler: {} },
    });
    const names = allPods(modelPods(model)).map(p => p.name);
    expect(names).toEqual([
      expect.stringMatching(/^granite-kserve-[0-9a-f]{10}-0$/),
      expect.stringMatching(/^granite-kserve-prefill-[0-9a-f]{10}-0$/),
      expect.stringMatching(/^granite-kserve-router-scheduler-[0-9a-f]{10}-0$/),
    ]);
    expect(allPods(modelPods(model)).map(p => p.name)).toEqual(names);
    const stopped = llmisvc(
      'granite',
      { replicas: 2 },
      { 'serving.kserve.io/stop': 'true' },
    );
    expect(allPods(modelPods(stopped))).toEqual([]);
  });

  it('takes the P/D threshold from the annotation', () => {
    expect(modelPods(llmisvc('m', {})).pdThresholdTokens).toBe(64);
    const annotated = llmisvc(
      'm',
      {},
      { [SIMULATION_ANNOTATIONS.pdThresholdTokens]: '200' },
    );
    expect(modelPods(annotated).pdThresholdTokens).toBe(200);
  });

  it('labels targets the OpenShift AI way, or upstream by annotation', () => {
    const model = llmisvc('m', { router: { scheduler: {} } });
    const [vllm, scheduler] = allPods(modelPods(model));
    expect(targetLabels(scheduler, model)).toEqual({
      namespace: 'team-a',
      pod: scheduler.name,
      llm_isvc_name: 'm',
      llm_isvc_component: 'router-scheduler',
    });
    const upstream = llmisvc(
      'm',
      {},
      { [SIMULATION_ANNOTATIONS.metricsLabels]: 'upstream' },
    );
    expect(targetLabels(vllm, upstream)).toEqual({
      namespace: 'team-a',
      pod: vllm.name,
      app_kubernetes_io_name: 'm',
      app_kubernetes_io_component: 'llminferenceservice-workload',
      app_kubernetes_io_part_of: 'llminferenceservice',
      llm_d_ai_role: 'both',
    });
  });
});
