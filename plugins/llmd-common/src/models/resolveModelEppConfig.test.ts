import { parse } from 'yaml';
import type { KubeObjectLike } from '../kube/kubeObject';
import {
  type EppConfigLookup,
  resolveModelEppConfig,
} from './resolveModelEppConfig';
import {
  BASE_REF_SAMPLE,
  eppReferenceText,
  kserveSample,
  NO_SCHEDULER_SAMPLE,
  PD_SAMPLE,
  readReferenceObjects,
  SCHEDULER_PRESET,
  SINGLE_NODE_SAMPLE,
} from '../__testUtils__/kserveReference';

const ROUTER_CONFIG = 'llm-d-router-HEAD/epp-config.yaml';
const V02_PD_CONFIG =
  'legacy/llm-d-inference-scheduler-v0.2.0-pd-epp-config.yaml';

/** An in-memory lookup over objects keyed by kind/namespace/name. */
function lookupOf(objects: KubeObjectLike[]): EppConfigLookup {
  const find = (kind: string, namespace: string, name: string) =>
    objects.find(
      o =>
        o.kind === kind &&
        o.metadata.namespace === namespace &&
        o.metadata.name === name,
    );
  return {
    llmInferenceServiceConfig: (ns, name) =>
      find('LLMInferenceServiceConfig', ns, name),
    configMap: (ns, name) => find('ConfigMap', ns, name),
  };
}

const inNamespace = (object: KubeObjectLike, namespace: string) => ({
  ...object,
  metadata: { ...object.metadata, namespace },
});

const configMap = (
  namespace: string,
  name: string,
  data: Record<string, string>,
): KubeObjectLike => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace },
  data,
});

const baseConfig = (
  namespace: string,
  name: string,
  scheduler: unknown,
): KubeObjectLike => ({
  apiVersion: 'serving.kserve.io/v1alpha2',
  kind: 'LLMInferenceServiceConfig',
  metadata: { name, namespace },
  spec: { router: { scheduler } },
});

/** A sample with its scheduler replaced. */
const withScheduler = (object: KubeObjectLike, scheduler: unknown) => ({
  ...object,
  spec: {
    ...(object.spec as object),
    router: { ...(object.spec as any).router, scheduler },
  },
});

const mainArgs = (args: string[], extra: object = {}) => ({
  template: { containers: [{ name: 'main', args, ...extra }] },
});

const preset = inNamespace(
  readReferenceObjects(`kserve/${SCHEDULER_PRESET}`)[0],
  'kserve',
);

describe('resolveModelEppConfig', () => {
  it('reads --config-text of scheduler container main (v0.16 P/D sample)', () => {
    const llmisvc = kserveSample(PD_SAMPLE);
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([preset]),
      clusterDialect: 'scheduler-v0.2',
    });
    expect(epp).toMatchObject({
      source: 'config-text-arg',
      mechanism: 'config-text-arg',
      origin: {
        kind: 'LLMInferenceService',
        namespace: 'team-a',
        name: 'qwen2-7b-instruct-pd',
      },
      dialect: 'scheduler-v0.2',
      dialectSource: 'cluster-default',
    });
    expect(epp.text).toContain('pd-profile-handler');
    expect(epp.lint?.dialect).toBe('scheduler-v0.2');
    expect(epp.description?.profiles.map(p => p.name)).toEqual([
      'prefill',
      'decode',
    ]);
    expect(epp.note).toBeUndefined();
  });

  it('reads an inline v1alpha2 config (an object) and lints it with the cluster dialect', () => {
    const llmisvc = withScheduler(kserveSample(BASE_REF_SAMPLE), {
      config: { inline: parse(eppReferenceText(ROUTER_CONFIG)) },
    });
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([]),
      clusterDialect: 'router-v0.10',
    });
    expect(epp).toMatchObject({
      source: 'inline',
      dialect: 'router-v0.10',
      lint: { valid: true },
    });
    expect(parse(epp.text!)).toEqual(parse(eppReferenceText(ROUTER_CONFIG)));
    // the base ref of the sample is not cached, which is worth saying
    expect(epp.note).toBe(
      'Base config llmisvc-intelligent-inference-scheduling is not in the cache.',
    );
  });

  it('reads a ConfigMap ref (default key epp) and says when the map or key is missing', () => {
    const llmisvc = withScheduler(kserveSample(SINGLE_NODE_SAMPLE), {
      config: { ref: { name: 'my-epp', key: '' } },
    });
    const text = eppReferenceText(V02_PD_CONFIG);
    const found = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([configMap('team-a', 'my-epp', { epp: text })]),
    });
    expect(found).toMatchObject({
      source: 'configmap-ref',
      configMap: { namespace: 'team-a', name: 'my-epp', key: 'epp' },
      text,
      dialect: 'scheduler-v0.2',
    });
    const noKey = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([configMap('team-a', 'my-epp', { other: text })]),
    });
    expect(noKey.text).toBeUndefined();
    expect(noKey.lint).toBeUndefined();
    expect(noKey.note).toBe('ConfigMap team-a/my-epp has no key epp.');
    const noMap = resolveModelEppConfig(llmisvc, { lookup: lookupOf([]) });
    expect(noMap.note).toBe('ConfigMap team-a/my-epp is not in the cache.');
  });

  it('falls back to the system namespace only for config-scheduler-* maps', () => {
    const llmisvc = withScheduler(kserveSample(SINGLE_NODE_SAMPLE), {
      config: { ref: { name: 'config-scheduler-pd', key: 'epp' } },
    });
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([
        configMap('kserve', 'config-scheduler-pd', {
          epp: eppReferenceText(V02_PD_CONFIG),
        }),
      ]),
    });
    expect(epp.configMap).toEqual({
      namespace: 'kserve',
      name: 'config-scheduler-pd',
      key: 'epp',
    });
    expect(epp.text).toBeDefined();
  });

  it('follows --config-file into a ConfigMap volume, and reports other files without text', () => {
    const text = eppReferenceText(V02_PD_CONFIG);
    const volumes = [{ name: 'epp', configMap: { name: 'epp-files' } }];
    const llmisvc = withScheduler(kserveSample(PD_SAMPLE), {
      template: {
        volumes,
        containers: [
          {
            name: 'main',
            args: ['--config-file', '/etc/epp/config.yaml'],
            volumeMounts: [{ name: 'epp', mountPath: '/etc/epp/' }],
          },
        ],
      },
    });
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([
        configMap('team-a', 'epp-files', { 'config.yaml': text }),
      ]),
    });
    expect(epp).toMatchObject({
      source: 'config-file-arg',
      configMap: { namespace: 'team-a', name: 'epp-files', key: 'config.yaml' },
      text,
    });

    const elsewhere = withScheduler(kserveSample(PD_SAMPLE), {
      template: mainArgs(['--config-file=/baked/into/image.yaml']).template,
    });
    const unknown = resolveModelEppConfig(elsewhere, { lookup: lookupOf([]) });
    expect(unknown.source).toBe('config-file-arg');
    expect(unknown.text).toBeUndefined();
    expect(unknown.note).toContain('--config-file /baked/into/image.yaml');
  });

  it('takes the last base ref that sets the config, from the model namespace before the system namespace', () => {
    const llmisvc = {
      ...kserveSample(BASE_REF_SAMPLE),
      spec: {
        ...(kserveSample(BASE_REF_SAMPLE).spec as object),
        baseRefs: [
          { name: 'first' },
          { name: 'second' },
          { name: 'replicas-only' },
        ],
      },
    };
    const router = parse(eppReferenceText(ROUTER_CONFIG));
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([
        baseConfig('kserve', 'first', {
          config: { inline: { ignored: true } },
        }),
        baseConfig('kserve', 'second', { config: { inline: { stale: true } } }),
        baseConfig('team-a', 'second', { config: { inline: router } }),
        {
          ...baseConfig('team-a', 'replicas-only', {}),
          spec: { replicas: 3 },
        },
      ]),
      clusterDialect: 'router-v0.10',
    });
    expect(epp).toMatchObject({
      source: 'base-ref',
      mechanism: 'inline',
      origin: {
        kind: 'LLMInferenceServiceConfig',
        namespace: 'team-a',
        name: 'second',
      },
      lint: { valid: true },
    });
  });

  it("lets the model's own scheduler arguments without a config override base refs", () => {
    const llmisvc = {
      ...withScheduler(
        kserveSample(BASE_REF_SAMPLE),
        mainArgs(['--zap-encoder', 'json']),
      ),
    };
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([
        baseConfig('kserve', 'llmisvc-intelligent-inference-scheduling', {
          config: { inline: parse(eppReferenceText(ROUTER_CONFIG)) },
        }),
      ]),
    });
    expect(epp.source).toBe('controller-default');
    expect(epp.origin?.kind).toBe('LLMInferenceService');
    expect(epp.text).toBeUndefined();
    expect(epp.note).toContain('built-in default');
  });

  it("falls back to the controller's scheduler preset (v0.16: arguments without a config)", () => {
    const epp = resolveModelEppConfig(kserveSample(SINGLE_NODE_SAMPLE), {
      lookup: lookupOf([preset]),
    });
    expect(epp).toMatchObject({
      source: 'controller-default',
      origin: {
        kind: 'LLMInferenceServiceConfig',
        namespace: 'kserve',
        name: 'kserve-config-llm-scheduler',
      },
      dialect: 'scheduler-v0.2',
      dialectSource: 'cluster-default',
    });
    expect(epp.mechanism).toBeUndefined();
    expect(epp.text).toBeUndefined();
  });

  it('reads the text of a preset that passes one, and presets named in status.appliedConfigs', () => {
    const text = eppReferenceText(V02_PD_CONFIG);
    const versioned = {
      ...baseConfig(
        'opendatahub',
        'v3-0-kserve-config-llm-scheduler',
        mainArgs(['--config-text', text]),
      ),
    };
    const llmisvc = {
      ...kserveSample(SINGLE_NODE_SAMPLE),
      status: {
        appliedConfigs: [
          {
            name: 'v3-0-kserve-config-llm-template',
            namespace: 'opendatahub',
            source: 'Preset',
          },
          {
            name: 'v3-0-kserve-config-llm-scheduler',
            namespace: 'opendatahub',
            source: 'Preset',
          },
        ],
      },
    };
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([versioned, preset]),
    });
    expect(epp).toMatchObject({
      source: 'controller-default',
      mechanism: 'config-text-arg',
      origin: {
        namespace: 'opendatahub',
        name: 'v3-0-kserve-config-llm-scheduler',
      },
      text,
    });
  });

  it('says when nothing is known about the default', () => {
    const epp = resolveModelEppConfig(kserveSample(SINGLE_NODE_SAMPLE), {
      lookup: lookupOf([]),
    });
    expect(epp.source).toBe('controller-default');
    expect(epp.origin).toBeUndefined();
    expect(epp.note).toContain(
      'kserve-config-llm-scheduler is not in the cache',
    );
  });

  it('reports models without a scheduler', () => {
    const epp = resolveModelEppConfig(kserveSample(NO_SCHEDULER_SAMPLE), {
      lookup: lookupOf([preset]),
    });
    expect(epp.source).toBe('controller-default');
    expect(epp.note).toContain('no scheduler');
  });

  it('detects the dialect when the model brings its own scheduler image', () => {
    const llmisvc = withScheduler(
      kserveSample(PD_SAMPLE),
      mainArgs(['--config-text', eppReferenceText(ROUTER_CONFIG)], {
        image: 'ghcr.io/llm-d/llm-d-router:v0.10.0',
      }),
    );
    const epp = resolveModelEppConfig(llmisvc, {
      lookup: lookupOf([]),
      clusterDialect: 'scheduler-v0.2',
    });
    expect(epp.dialectSource).toBe('detected');
    expect(epp.dialect).toMatch(/^router-/);
    expect(epp.dialectReason).toContain('llm-d.ai/v1alpha1');
  });
});
