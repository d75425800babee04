import { parse } from 'yaml';
import { lintEndpointPickerConfig } from '../../epp/lintEndpointPickerConfig';
import { extractEndpointPickerConfigText } from '../../epp/llmInferenceServiceScheduler';
import { readFixtureObject } from '../../__testUtils__/testFixtures';
import { expectValidRender } from '../__testUtils__/expectRender';
import type { KubeManifest } from '../gitopsFile';
import { formatInputProblem } from '../inputs/parseRenderInput';
import type { ModelInputRaw } from './modelInput';
import { parseModelInput } from './parseModelInput';
import { renderModelService } from './renderModelService';
import {
  V1ALPHA1,
  V1ALPHA1_V07,
  V1ALPHA2,
  validModel,
} from './__testUtils__/modelFixtures';

/*
 * The advanced deployment guide's examples, as hand-written fixtures shaped like them (src/test-fixtures/
 * advanced-deployment-guide): our output must carry what they get right (env, resources, tolerations, annotations)
 * and none of what they get wrong (`gateway.ref`, `endpointPickerConfig`, a scheduler container named `scheduler`,
 * `config:` in EPP plugins, fractional weights on the v0.2 scheduler).
 */

/** A fixture shaped like one example of the guide. */
function guideYaml(file: string): any {
  return readFixtureObject(`advanced-deployment-guide/${file}`);
}

type Container = {
  name: string;
  env?: { name: string; value?: string }[];
  resources?: Record<string, Record<string, unknown>>;
  args?: unknown;
};

const mainOf = (template: any): Container =>
  template.containers.find((c: Container) => c.name === 'main');

const quantities = (r: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]));

const GUIDE_ONLY_FLAG = '--disable-uvicorn-access-log ';

function expectPoolCarriesGuide(ours: any, theirs: any): void {
  const our = mainOf(ours);
  const their = mainOf(theirs);
  expect(our.args).toBeUndefined();
  for (const variable of their.env ?? []) {
    const mine = our.env!.find(e => e.name === variable.name);
    if (variable.name === 'VLLM_ADDITIONAL_ARGS') {
      // The guide's extra access-log flag is its own choice; its P/D flags must be there verbatim.
      expect(mine!.value).toContain(
        variable.value!.replace(GUIDE_ONLY_FLAG, ''),
      );
    } else {
      expect(mine).toEqual(variable);
    }
  }
  for (const kind of ['requests', 'limits']) {
    expect(quantities(our.resources![kind])).toEqual(
      quantities(their.resources![kind]),
    );
  }
  if (theirs.tolerations) {
    expect(ours.tolerations).toEqual(
      expect.arrayContaining(
        theirs.tolerations.map((t: object) => expect.objectContaining(t)),
      ),
    );
  }
}

/** Everything the guide gets wrong, checked over a whole manifest. */
function expectNoGuideErrors(llmisvc: KubeManifest, dialect: string): void {
  const text = JSON.stringify(llmisvc);
  expect(text).not.toContain('endpointPickerConfig');
  const spec = llmisvc.spec as any;
  expect(spec.router.gateway).not.toHaveProperty('ref');
  for (const container of spec.router.scheduler.template?.containers ?? []) {
    expect(container.name).toBe('main');
  }
  const epp = extractEndpointPickerConfigText(llmisvc);
  if (epp !== undefined) {
    for (const plugin of parse(epp).plugins) {
      expect(plugin).not.toHaveProperty('config');
    }
    const lint = lintEndpointPickerConfig(epp, { dialect: dialect as any });
    expect(lint.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  }
}

function renderFromGuide(raw: ModelInputRaw, target = V1ALPHA1) {
  const result = renderModelService(validModel(raw, target), target);
  expectValidRender(result);
  return result.manifests[0];
}

const pdGuide = guideYaml('pd-model.yaml');
const roceGuide = guideYaml('pd-roce-model.yaml');

const pdInput: ModelInputRaw = {
  name: pdGuide.metadata.name,
  namespace: pdGuide.metadata.namespace,
  owner: 'group:default/demo',
  model: pdGuide.spec.model,
  replicas: pdGuide.spec.replicas,
  prefill: { replicas: pdGuide.spec.prefill.replicas },
};

describe('the guide’s P/D examples', () => {
  it.each([V1ALPHA1, V1ALPHA2])(
    'basic P/D: same env, GPUs, tolerations and replicas in both pools ($llmisvcApiVersion)',
    target => {
      const llmisvc = renderFromGuide(pdInput, target);
      const spec = llmisvc.spec as any;
      expect(spec.replicas).toBe(pdGuide.spec.replicas);
      expect(spec.prefill.replicas).toBe(pdGuide.spec.prefill.replicas);
      expectPoolCarriesGuide(spec.template, pdGuide.spec.template);
      expectPoolCarriesGuide(
        spec.prefill.template,
        pdGuide.spec.prefill.template,
      );
      expectNoGuideErrors(llmisvc, target.eppDialect);
    },
  );

  it.each([V1ALPHA1, V1ALPHA2])(
    'P/D with RoCE: the network annotation, RDMA resource and RoCE env too ($llmisvcApiVersion)',
    target => {
      const llmisvc = renderFromGuide(
        {
          ...pdInput,
          roce: {
            networks:
              roceGuide.metadata.annotations['k8s.v1.cni.cncf.io/networks'],
          },
        },
        target,
      );
      const spec = llmisvc.spec as any;
      expect(llmisvc.metadata).toMatchObject({
        annotations: roceGuide.metadata.annotations,
      });
      expectPoolCarriesGuide(spec.template, roceGuide.spec.template);
      expectPoolCarriesGuide(
        spec.prefill.template,
        roceGuide.spec.prefill.template,
      );
      expectNoGuideErrors(llmisvc, target.eppDialect);
    },
  );

  it('disaggregates for real: the EPP config has prefill and decode profiles, with `parameters:`', () => {
    const llmisvc = renderFromGuide(pdInput);
    const epp = parse(extractEndpointPickerConfigText(llmisvc)!);
    expect(epp.schedulingProfiles.map((p: any) => p.name)).toEqual([
      'prefill',
      'decode',
    ]);
    expect(epp.plugins).toContainEqual({
      type: 'pd-profile-handler',
      parameters: { threshold: 500 },
    });
  });

  it('refuses the guide’s own P/D EPP config as custom routing (`config:` instead of `parameters:`)', () => {
    const guideConfig = guideYaml('pd-custom-epp-model.yaml').spec.router
      .scheduler.endpointPickerConfig;
    const parsed = parseModelInput(
      { ...pdInput, routing: { preset: 'custom', config: guideConfig } },
      V1ALPHA1,
    );
    expect(parsed.success).toBe(false);
    expect(
      parsed.success ? [] : parsed.problems.map(formatInputProblem),
    ).toContainEqual(
      expect.stringMatching(/^routing\.config: config-instead-of-parameters: /),
    );
  });
});

describe('the guide’s other examples', () => {
  it('per-namespace gateway: refs, a list, where the guide writes ref', () => {
    // The guide's model that uses the per-tenant Gateway.
    const tenantModel = guideYaml('tenant-model.yaml');
    const guideRefs = tenantModel.spec.router.gateway.ref;
    const llmisvc = renderFromGuide({
      name: tenantModel.metadata.name,
      namespace: tenantModel.metadata.namespace,
      owner: `group:default/${tenantModel.metadata.namespace}`,
      model: { uri: 'hf://org/model' },
      gateway: guideRefs[0],
    });
    expect((llmisvc.spec as any).router.gateway).toEqual({ refs: guideRefs });
  });

  it('kv-cache-aware: on the v0.2 scheduler with its kv-cache-scorer and whole weights (the guide’s config would fail there), on container main elsewhere', () => {
    const raw: ModelInputRaw = {
      ...pdInput,
      prefill: undefined,
      routing: { preset: 'kv-cache-aware' },
    };
    // DIALECT-FACTS Part 3: on v0.2 the preset uses kv-cache-scorer (the v0.2 name) with integer weights
    const v02 = parseModelInput(raw, V1ALPHA1);
    expect(v02.success).toBe(true);
    expect(JSON.stringify(renderFromGuide(raw, V1ALPHA1))).toContain(
      'kv-cache-scorer',
    );
    const llmisvc = renderFromGuide(raw, V1ALPHA1_V07);
    expectNoGuideErrors(llmisvc, V1ALPHA1_V07.eppDialect);
    const args = (llmisvc.spec as any).router.scheduler.template.containers[0]
      .args;
    expect(args).not.toContain('--kv-cache-usage-percentage-metric');
  });

  it('refuses the guide’s kv-cache-aware EPP config on the v0.2 scheduler', () => {
    const example = guideYaml('kv-cache-aware-model.yaml');
    const parsed = parseModelInput(
      {
        ...pdInput,
        prefill: undefined,
        routing: {
          preset: 'custom',
          config: example.spec.router.scheduler.endpointPickerConfig,
        },
      },
      V1ALPHA1,
    );
    expect(parsed.success).toBe(false);
  });
});
