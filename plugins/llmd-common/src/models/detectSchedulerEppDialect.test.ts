import {
  kserveSample,
  readReferenceObjects,
} from '../__testUtils__/kserveReference';
import type { KubeObjectLike } from '../kube/kubeObject';
import {
  detectClusterEppDialect,
  detectModelEppDialect,
} from './detectSchedulerEppDialect';
import { dialectOfScheduler } from './dialectOfScheduler';

/** A vendored scheduler template installed in a controller namespace. */
function template(relative: string, namespace: string): KubeObjectLike {
  const [object] = readReferenceObjects(`kserve/${relative}`);
  return { ...object, metadata: { ...object.metadata, namespace } };
}

const OPENSHIFT_AI =
  'odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml';
const KSERVE_V016 =
  'upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml';

function lookupOf(...objects: KubeObjectLike[]) {
  return {
    llmInferenceServiceConfig: (namespace: string, name: string) =>
      objects.find(
        o => o.metadata.namespace === namespace && o.metadata.name === name,
      ),
  };
}

describe('dialectOfScheduler', () => {
  it.each([
    ['ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1', 'scheduler-v0.7'],
    ['ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0', 'scheduler-v0.6'],
    ['ghcr.io/llm-d/llm-d-inference-scheduler:v0.5.1', 'scheduler-v0.5'],
    ['ghcr.io/llm-d/llm-d-inference-scheduler:v0.3.2', 'scheduler-v0.3'],
    ['ghcr.io/llm-d/llm-d-router:v0.9.0', 'router-v0.9'],
    ['ghcr.io/llm-d/llm-d-router:v0.10.0@sha256:abc', 'router-v0.10'],
  ])('reads %s as %s from its tag', (image, id) => {
    expect(dialectOfScheduler({ image })).toMatchObject({
      id,
      source: 'image-tag',
    });
  });

  it('takes no version from tags without a dialect table, digests or other images', () => {
    for (const image of [
      'ghcr.io/llm-d/llm-d-inference-scheduler:v0.4.0',
      'ghcr.io/llm-d/llm-d-inference-scheduler@sha256:abc',
      'quay.io/acme/epp:v0.7.1',
    ]) {
      expect(dialectOfScheduler({ image })).toBeUndefined();
    }
  });

  it('believes a tag the flags agree with', () => {
    expect(
      dialectOfScheduler({
        image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
        args: ['--pool-name', 'x', '--config-text', 'y'],
      }),
    ).toMatchObject({
      id: 'scheduler-v0.7',
      source: 'image-tag',
      summary: 'scheduler-v0.7 — from image tag v0.7.1',
    });
  });

  it('reports a mix of spellings and decides nothing from it', () => {
    const result = dialectOfScheduler({
      args: ['--poolName', 'x', '--pool-group', 'y'],
    });
    expect(result).toBeUndefined();
  });
});

describe('detectClusterEppDialect', () => {
  it("does not trust OpenShift AI's v0.2.0 tag: its kebab-case flags decide, and the conflict is reported", () => {
    const result = detectClusterEppDialect({
      lookup: lookupOf(template(OPENSHIFT_AI, 'redhat-ods-applications')),
    });
    expect(result).toMatchObject({
      id: 'scheduler-v0.3',
      source: 'flags',
      summary:
        'scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)',
      scheduler: {
        kind: 'LLMInferenceServiceConfig',
        namespace: 'redhat-ods-applications',
        name: 'kserve-config-llm-scheduler',
        image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.2.0',
      },
    });
    expect(result.conflict).toMatch(
      /Image tag v0.2.0 names scheduler-v0.2, but that version does not define the kebab-case flags/,
    );
    expect(result.evidence.join('\n')).toContain(
      'kebab-case flags (--pool-name, --pool-namespace, --pool-group, --grpc-port, …)',
    );
  });

  it('believes upstream KServe v0.16: tag v0.2.0 with the camelCase flags v0.2.0 defines', () => {
    const result = detectClusterEppDialect({
      lookup: lookupOf(template(KSERVE_V016, 'kserve')),
    });
    expect(result).toMatchObject({
      id: 'scheduler-v0.2',
      source: 'image-tag',
      summary: 'scheduler-v0.2 — from image tag v0.2.0',
    });
    expect(result.conflict).toBeUndefined();
    expect(result.evidence.join('\n')).toContain('camelCase flags (--poolName');
  });

  it('lets the configuration win, keeping what the template says as evidence', () => {
    const result = detectClusterEppDialect({
      lookup: lookupOf(template(OPENSHIFT_AI, 'redhat-ods-applications')),
      configured: 'scheduler-v0.7',
    });
    expect(result).toMatchObject({
      id: 'scheduler-v0.7',
      source: 'configured',
    });
    expect(result.evidence).toContain(
      'The template alone would give scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them).',
    );
  });

  it('assumes the default dialect without a template, and says so', () => {
    const result = detectClusterEppDialect({ lookup: lookupOf() });
    expect(result).toMatchObject({
      id: 'scheduler-v0.2',
      source: 'assumed',
    });
    expect(result.evidence[0]).toBe(
      'No LLMInferenceServiceConfig kserve-config-llm-scheduler in redhat-ods-applications, opendatahub, kserve.',
    );
  });
});

describe('detectModelEppDialect', () => {
  const lookup = lookupOf(template(OPENSHIFT_AI, 'redhat-ods-applications'));
  const cluster = detectClusterEppDialect({ lookup });

  it("is the cluster's dialect for a model without its own scheduler image or arguments", () => {
    const model = kserveSample(
      'upstream-v0.16.0/docs/samples/llmisvc/single-node-gpu/llm-inference-service-qwen2-7b-gpu.yaml',
    );
    expect(detectModelEppDialect(model, { lookup, cluster })).toBe(cluster);
  });

  it("reads a model's own image, with the template's arguments, which strategic merge keeps", () => {
    const model: KubeObjectLike = {
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceService',
      metadata: { name: 'm', namespace: 'team-a' },
      spec: {
        router: {
          scheduler: {
            template: {
              containers: [
                {
                  name: 'main',
                  image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
                },
              ],
            },
          },
        },
      },
    };
    const result = detectModelEppDialect(model, { lookup, cluster });
    expect(result).toMatchObject({
      id: 'scheduler-v0.7',
      source: 'image-tag',
      summary: 'scheduler-v0.7 — from image tag v0.7.1',
      scheduler: { kind: 'LLMInferenceService', name: 'm' },
    });
    expect(result.evidence[0]).toBe(
      'LLMInferenceService team-a/m sets its own scheduler image.',
    );
  });

  it("reads the v0.16 P/D sample's own camelCase-free arguments together with the template image", () => {
    const model = kserveSample(
      'upstream-v0.16.0/docs/samples/llmisvc/single-node-gpu/llm-inference-service-pd-qwen2-7b-gpu.yaml',
    );
    const result = detectModelEppDialect(model, { lookup, cluster });
    expect(result.evidence[0]).toMatch(
      /^LLMInferenceService team-a\/.* sets its own scheduler arguments\.$/,
    );
  });
});
