import { type KubeObjectLike, valueAt } from '../../kube/kubeObject';
import {
  MODEL_INPUT,
  PD_INPUT,
  playbookSharedGateway,
  readTreeObjects,
  EXAMPLES_GITOPS,
  rendered,
} from '../../__testUtils__/policyFixtures';
import { evaluatePolicy } from '../evaluatePolicy';
import type { PolicyContext } from '../policyContext';
import type { LlmdPolicy, PolicyRules } from '../llmdPolicy';
import { RECOMMENDED_LLMD_POLICY } from '../recommendedPolicy';
import { POLICY_RULE_IDS, type PolicyRuleId } from '../policyRuleIds';

/** A policy with only `id`, as the sample policy configures it. */
function only(id: PolicyRuleId): LlmdPolicy {
  const rules: PolicyRules = { [id]: RECOMMENDED_LLMD_POLICY.rules[id] };
  return { rules, overrides: [] };
}

function withoutAnnotation(object: KubeObjectLike, name: string) {
  const annotations = { ...object.metadata.annotations };
  delete annotations[name];
  return { ...object, metadata: { ...object.metadata, annotations } };
}

/** The (mutable) arguments of scheduler container main of a rendered model. */
function schedulerArgs(object: KubeObjectLike): string[] {
  const args = valueAt(
    object,
    'spec',
    'router',
    'scheduler',
    'template',
    'containers',
    0,
    'args',
  );
  if (!Array.isArray(args)) throw new Error('the render has no scheduler args');
  return args;
}

const model = () => rendered('model', MODEL_INPUT);
const pd = () => rendered('model', PD_INPUT);
const exampleObject = (file: string) =>
  readTreeObjects(EXAMPLES_GITOPS).find(o => o.file === file)!.object;

interface RuleFixture {
  readonly pass: () => KubeObjectLike[];
  readonly fail: () => KubeObjectLike[];
  /** Paths the failing fixture is reported at. */
  readonly paths: readonly string[];
  readonly context?: PolicyContext;
}

// One passing and one failing fixture per rule, built from the repository's renders and demo tree or from fixtures
// shaped like third-party manifests (src/test-fixtures).
const FIXTURES: Record<PolicyRuleId, RuleFixture> = {
  'model-uri-allowed': {
    pass: () => [model()],
    fail: () => [
      rendered('model', {
        ...MODEL_INPUT,
        model: { uri: 'hf://mistralai/Mixtral-8x7B-Instruct-v0.1' },
      }),
    ],
    paths: ['spec.model.uri'],
  },
  'max-gpus-per-replica': {
    pass: () => [rendered('model', { ...MODEL_INPUT, gpusPerReplica: 4 })],
    fail: () => [
      rendered('model', {
        ...PD_INPUT,
        gpusPerReplica: 8,
        prefill: { replicas: 1, gpusPerReplica: 6 },
      }),
    ],
    paths: [
      'spec.template.containers[0].resources.limits["nvidia.com/gpu"]',
      'spec.prefill.template.containers[0].resources.limits["nvidia.com/gpu"]',
    ],
  },
  'max-gpus-per-model': {
    pass: () => [
      rendered('model', { ...MODEL_INPUT, replicas: 4, gpusPerReplica: 4 }),
    ],
    fail: () => [
      rendered('model', {
        ...PD_INPUT,
        replicas: 4,
        gpusPerReplica: 4,
        prefill: { replicas: 1, gpusPerReplica: 1 },
      }),
    ],
    paths: ['spec.replicas'],
  },
  'max-replicas': {
    pass: () => [rendered('model', { ...MODEL_INPUT, replicas: 8 })],
    fail: () => [
      rendered('model', {
        ...PD_INPUT,
        replicas: 9,
        prefill: { replicas: 12 },
      }),
    ],
    paths: ['spec.replicas', 'spec.prefill.replicas'],
  },
  'require-auth': {
    pass: () => [
      withoutAnnotation(model(), 'security.opendatahub.io/enable-auth'),
    ],
    fail: () => [
      rendered('model', { ...MODEL_INPUT, auth: { enabled: false } }),
    ],
    paths: ['metadata.annotations["security.opendatahub.io/enable-auth"]'],
  },
  'require-https': {
    pass: () => [
      rendered(
        'tenant',
        {
          namespace: 'team-b',
          owner: 'group:default/team-b',
          gateway: {
            mode: 'dedicated',
            listeners: [
              {
                protocol: 'HTTPS',
                port: 443,
                hostname: 'team-b.apps.example.com',
                secretName: 'team-b-tls',
              },
            ],
          },
        },
        'Gateway',
      ),
    ],
    fail: () => [exampleObject('tenants/team-a/base/gateway.yaml')],
    paths: ['spec.listeners'],
  },
  'gateway-from-all': {
    pass: () => [
      exampleObject('platform/gateways/openshift-ai-inference/gateway.yaml'),
    ],
    // shaped like the llm-d playbook's shared Gateway (from: All)
    fail: () => playbookSharedGateway(),
    paths: ['spec.listeners[0].allowedRoutes.namespaces.from'],
  },
  'epp-dialect-allowed': {
    pass: () => [
      rendered('model', PD_INPUT, 'LLMInferenceService', {
        llmisvcApiVersion: 'v1alpha2',
        eppDialect: 'router-v0.10',
      }),
    ],
    fail: () => [pd()],
    paths: ['spec.router.scheduler.template.containers[0].args[18]'],
  },
  'epp-lint-errors': {
    pass: () => [pd()],
    fail: () => {
      // As the advanced deployment guide's P/D config does: `config:` where the loader expects `parameters:`.
      const object = pd();
      const args = schedulerArgs(object);
      const text = args.indexOf('--config-text') + 1;
      args[text] = args[text].replace('parameters:', 'config:');
      return [object];
    },
    paths: ['spec.router.scheduler.template.containers[0].args[18]'],
    context: { eppDialect: 'scheduler-v0.2' },
  },
  'dashboard-label': {
    pass: () => [model()],
    fail: () => {
      const object = withoutAnnotation(model(), 'openshift.io/display-name');
      return [{ ...object, metadata: { ...object.metadata, labels: {} } }];
    },
    paths: [
      'metadata.labels["opendatahub.io/dashboard"]',
      'metadata.annotations["openshift.io/display-name"]',
    ],
  },
  'pd-requires-roce': {
    pass: () => [
      model(),
      rendered('model', { ...PD_INPUT, roce: { networks: 'roce-p2' } }),
    ],
    fail: () => [pd()],
    paths: ['metadata.annotations["k8s.v1.cni.cncf.io/networks"]'],
  },
  'owner-required': {
    pass: () => [
      model(),
      // no annotation, but the tenant's Namespace (rendered by the tenant template) names the owner
      withoutAnnotation(model(), 'backstage.io/owner'),
      exampleObject('tenants/team-a/base/namespace.yaml'),
    ],
    fail: () => [withoutAnnotation(model(), 'backstage.io/owner')],
    paths: ['metadata.annotations["backstage.io/owner"]'],
  },
};

describe.each(POLICY_RULE_IDS)('rule %s', id => {
  const fixture = FIXTURES[id];

  it('passes its passing fixture', () => {
    expect(evaluatePolicy(fixture.pass(), only(id), fixture.context)).toEqual(
      [],
    );
  });

  it('reports its failing fixture at the offending field', () => {
    const findings = evaluatePolicy(fixture.fail(), only(id), fixture.context);
    expect(findings.map(f => f.path)).toEqual(
      expect.arrayContaining([...fixture.paths]),
    );
    expect(new Set(findings.map(f => f.path)).size).toBe(fixture.paths.length);
    for (const finding of findings) {
      expect(finding).toMatchObject({
        rule: id,
        severity: RECOMMENDED_LLMD_POLICY.rules[id]!.severity,
      });
      expect(finding.message).not.toBe('');
    }
  });
});

describe('rule messages', () => {
  it('explains the GPU total of a P/D model', () => {
    const [finding] = evaluatePolicy(
      FIXTURES['max-gpus-per-model'].fail(),
      only('max-gpus-per-model'),
    );
    expect(finding.message).toBe(
      'the model asks for 17 GPUs (4 replicas × 4 + 1 prefill replicas × 1); at most 16 are allowed per model',
    );
  });

  it('names the EPP lint code and where in the config it is', () => {
    const [finding] = evaluatePolicy(
      FIXTURES['epp-lint-errors'].fail(),
      only('epp-lint-errors'),
      { eppDialect: 'scheduler-v0.2' },
    );
    expect(finding.message).toBe(
      'EPP config (scheduler-v0.2) config-instead-of-parameters at plugins[6].config: `config` is not a field here; use `parameters`.',
    );
  });

  it('checks an EPP config the model keeps elsewhere when the caller resolves it', () => {
    const object = pd();
    const args = schedulerArgs(object);
    const brokenText = args[args.indexOf('--config-text') + 1].replace(
      'parameters:',
      'config:',
    );
    // the same model, with its config moved to a ConfigMap
    args.splice(args.indexOf('--config-text'), 2);
    const resolveEppConfig = () => ({
      text: brokenText,
      path: 'spec.router.scheduler.config.ref',
    });
    // without the resolver the model has no config at all: v0.2 cannot start so (DIALECT-FACTS Part 2), v0.7 can
    expect(
      evaluatePolicy([object], only('epp-lint-errors'), {
        eppDialect: 'scheduler-v0.2',
      }).map(f => f.message),
    ).toEqual([
      expect.stringMatching(
        /^EPP config \(scheduler-v0\.2\) epp-config-required: /,
      ),
    ]);
    expect(
      evaluatePolicy([object], only('epp-lint-errors'), {
        eppDialect: 'scheduler-v0.7',
      }),
    ).toEqual([]);
    const [finding] = evaluatePolicy([object], only('epp-lint-errors'), {
      eppDialect: 'scheduler-v0.2',
      resolveEppConfig,
    });
    expect(finding).toMatchObject({
      rule: 'epp-lint-errors',
      path: 'spec.router.scheduler.config.ref',
    });
    // a config written in the model wins over what the resolver finds
    expect(
      evaluatePolicy([pd()], only('epp-lint-errors'), {
        eppDialect: 'scheduler-v0.2',
        resolveEppConfig,
      }),
    ).toEqual([]);
  });

  it('denies a model without any EPP config on a scheduler that cannot start without one, unless the config may be elsewhere', () => {
    const object = pd();
    const args = schedulerArgs(object);
    args.splice(args.indexOf('--config-text'), 2);
    const hits = (eppDialect?: 'scheduler-v0.6' | 'router-v0.9') =>
      evaluatePolicy(
        [object],
        only('epp-lint-errors'),
        eppDialect ? { eppDialect } : {},
      ).map(f => `${f.path}: ${f.message.split(':')[0]}`);
    expect(hits('scheduler-v0.6')).toEqual([
      'spec.router.scheduler: EPP config (scheduler-v0.6) epp-config-required',
    ]);
    // router-v0.9 runs its built-in default; an unknown dialect says nothing
    expect(hits('router-v0.9')).toEqual([]);
    expect(hits()).toEqual([]);
    // a lower bound (kebab-case flags: v0.3 or newer) may be a version with a built-in default
    expect(
      evaluatePolicy([object], only('epp-lint-errors'), {
        eppDialect: 'scheduler-v0.6',
        eppDialectUncertain: true,
      }),
    ).toEqual([]);
    // a config in a ConfigMap the evaluation cannot read is not "no config"
    args.push('--config-file', '/etc/epp/config.yaml');
    expect(hits('scheduler-v0.6')).toEqual([]);
  });

  it('says which dialect an EPP config was taken to be and why', () => {
    const [assumed] = evaluatePolicy([pd()], only('epp-dialect-allowed'), {
      eppDialect: 'scheduler-v0.2',
    });
    expect(assumed.message).toBe(
      'the EPP config is for dialect scheduler-v0.2 (the dialect of the scheduler that loads it); allowed: scheduler-v0.5, router-v0.10',
    );
    const [detected] = evaluatePolicy([pd()], only('epp-dialect-allowed'));
    expect(detected.message).toMatch(
      /^the EPP config is for dialect scheduler-v0\.2 \(detected: apiVersion inference\.networking\.x-k8s\.io\/v1alpha1/,
    );
  });

  it('takes a tenant owner from the context (e.g. llmd.catalog.owners)', () => {
    const orphan = withoutAnnotation(model(), 'backstage.io/owner');
    expect(
      evaluatePolicy([orphan], only('owner-required'), {
        namespaceOwners: { 'team-a': 'group:default/team-a' },
      }),
    ).toEqual([]);
  });
});
