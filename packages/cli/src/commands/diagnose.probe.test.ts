import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';
import {
  diagnoseSimulatorPerTest,
  diagnoseUntilStep,
  modelUrl,
  namespaceReaderKubeconfig,
} from '../__testUtils__/diagnoseSimulator';
import { runTestCliOnDisk } from '../testCliIo';

// a simulator per test and several CLI runs: seconds each on a loaded machine
jest.setTimeout(60_000);

const GRANITE = ['-n', 'team-a', 'granite-8b'];

// The active probe against the simulated data plane: each Gateway listens on loopback and enforces the AuthPolicy.
describe('llmd diagnose --probe', () => {
  const t = diagnoseSimulatorPerTest();
  beforeEach(() => modelUrl(t, 'team-a', 'granite-8b'));

  it('is reachable: 401 without a token, 200 with one minted for the client ServiceAccount, never printed', async () => {
    const json = await t.diagnose(...GRANITE, '--probe', '--format', 'json');
    const [model] = JSON.parse(json.stdout).models;
    expect(model.probe).toMatchObject({
      url: expect.stringMatching(
        /^http:\/\/127\.0\.0\.1:\d+\/team-a\/granite-8b\/v1\/models$/,
      ),
      anonymous: { status: 401 },
      authenticated: {
        status: 200,
        models: expect.arrayContaining(['ibm-granite/granite-3.3-8b-instruct']),
      },
    });
    expect(model.steps.at(-1)).toMatchObject({ id: 'probe', status: 'ok' });
    expect(model.verdict).toBe('reachable');
    expect(json.code).toBe(0);

    const text = await t.diagnose(...GRANITE, '--probe');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('team-a/granite-8b: reachable\n');
    expect(text.stdout).toMatch(
      /\n {2}✔ probe {15}anonymous 401 in \d+ ms; with a token 200 in \d+ ms, serving ibm-granite\/granite-3\.3-8b-instruct\n {2}probed GET http:\/\/127\.0\.0\.1:\d+\/team-a\/granite-8b\/v1\/models\n/,
    );
    const minted = t.sim.issuedTokens.filter(
      token => token.serviceAccountName === 'granite-8b-client',
    );
    expect(minted).toHaveLength(2);
    for (const { token } of minted) {
      for (const output of [json, text]) {
        expect(output.stdout).not.toContain(token);
        expect(output.stderr).not.toContain(token);
      }
    }
  });

  it('fails the probe step when the data plane lets anonymous requests through', async () => {
    const model = t.sim.get(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    ) as any;
    model.metadata.annotations[SIMULATION_ANNOTATIONS.dataPlaneAuth] = 'open';
    t.sim.apply(model);
    const { report, problem, text } = await diagnoseUntilStep(
      t,
      'probe',
      ...GRANITE,
      '--probe',
    );
    expect(report.models[0].probe.anonymous.status).toBe(200);
    expect(problem).toMatchObject({ id: 'probe', status: 'fail' });
    expect(text.code).toBe(1);
  });

  it('says why the authenticated probe was not possible when the credentials may not mint tokens', async () => {
    const result = await runTestCliOnDisk([
      'diagnose',
      '--kubeconfig',
      namespaceReaderKubeconfig(t, 'team-a'),
      ...GRANITE,
      '--probe',
      '--format',
      'json',
    ]);
    const [model] = JSON.parse(result.stdout).models;
    expect(model.probe.anonymous.status).toBe(401);
    // as the contract says: no authenticated result; the probe step warns and its fix says why
    expect(model.probe.authenticated).toBeUndefined();
    expect(model.steps.at(-1)).toEqual({
      id: 'probe',
      status: 'warn',
      message: expect.stringMatching(
        /^anonymous 401 in \d+ ms; no token could be minted for an authenticated request$/,
      ),
      fix: expect.stringMatching(
        /^no token could be minted for the model's client ServiceAccount team-a\/granite-8b-client: HTTP 403.*\(needs create serviceaccounts\/token in the namespace\); to probe with a token, run with credentials that may create serviceaccounts\/token there$/,
      ),
    });
    expect(result.code).toBe(1);
  });
});
