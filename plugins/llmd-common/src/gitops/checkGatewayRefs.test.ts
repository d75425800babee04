import { renderFromInput } from '../render/renderFromInput';
import { checkGatewayRefs } from './checkGatewayRefs';
import { validateGitopsFiles } from './validateGitopsFiles';

const checkSchema = () => ({ checked: true as const, errors: [] });

function files(kind: 'model' | 'tenant', input: Record<string, unknown>) {
  const outcome = renderFromInput(kind, input);
  if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
  return [...outcome.result.files];
}

const model = (gateway?: { name: string; namespace: string }) =>
  files('model', {
    name: 'm',
    namespace: 'team-b',
    owner: 'group:default/team-b',
    model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
    ...(gateway && { gateway }),
  });

const validate = (
  input: ReturnType<typeof model>,
  gateways: { name: string; namespace: string }[],
) =>
  validateGitopsFiles(input, {
    checkSchema,
    eppDialect: 'scheduler-v0.2',
    knownGateways: { gateways, where: 'cluster demo' },
  }).problems.filter(p => p.check === 'references');

describe('gateway references of model services', () => {
  it('accepts a Gateway that exists on the clusters', () => {
    expect(
      validate(model({ name: 'team-b-gateway', namespace: 'team-b' }), [
        { name: 'team-b-gateway', namespace: 'team-b' },
      ]),
    ).toEqual([]);
  });

  it('refuses one that exists nowhere, naming the ref', () => {
    expect(
      validate(model({ name: 'team-b-gateway', namespace: 'team-b' }), []),
    ).toEqual([
      expect.objectContaining({
        path: 'spec.router.gateway.refs[0]',
        severity: 'error',
        message: expect.stringMatching(
          /^Gateway team-b\/team-b-gateway does not exist on cluster demo; onboard the tenant/,
        ),
      }),
    ]);
  });

  it('names the position of the missing ref in spec.router.gateway.refs', () => {
    const llmisvc = {
      metadata: { name: 'm', namespace: 'team-b' },
      spec: {
        router: {
          gateway: {
            refs: [
              { namespace: 'team-b' },
              { name: 'team-b-gateway' },
              { name: 'missing' },
            ],
          },
        },
      },
    };
    expect(
      checkGatewayRefs(
        llmisvc,
        {
          gateways: [{ name: 'team-b-gateway', namespace: 'team-b' }],
          where: 'cluster demo',
        },
        [],
      ).map(p => p.path),
    ).toEqual(['spec.router.gateway.refs[2]']);
  });

  it('accepts a Gateway the same change creates', () => {
    const tenant = files('tenant', {
      namespace: 'team-b',
      owner: 'group:default/team-b',
    });
    expect(
      validate(
        [...tenant, ...model({ name: 'team-b-gateway', namespace: 'team-b' })],
        [],
      ),
    ).toEqual([]);
  });

  it("checks the controller's default Gateway when the model names none", () => {
    expect(validate(model(), [])).toEqual([
      expect.objectContaining({
        path: 'spec.router.gateway',
        message: expect.stringContaining(
          'Gateway openshift-ingress/openshift-ai-inference does not exist',
        ),
      }),
    ]);
  });

  it('checks nothing without known Gateways (no clusters to ask)', () => {
    expect(
      validateGitopsFiles(model({ name: 'x', namespace: 'y' }), {
        checkSchema,
        eppDialect: 'scheduler-v0.2',
      }).problems,
    ).toEqual([]);
  });
});
