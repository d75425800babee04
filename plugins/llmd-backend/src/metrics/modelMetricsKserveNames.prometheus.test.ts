import {
  ALIAS_TEST_MODELS,
  expectEveryChartFilled,
  startServedAndScraped,
} from '../__testUtils__/aliasedNames';
import type { ScrapedSimulator } from '../__testUtils__/scrapedSimulator';

jest.setTimeout(120_000);

// OpenShift AI release-v0.15: its PodMonitors rename every series `kserve_<name>` and keep no raw copy.
describe('Serving metrics with only kserve_-prefixed names', () => {
  let env: ScrapedSimulator;
  beforeAll(async () => {
    env = await startServedAndScraped({ naming: 'kserve' });
  });
  afterAll(() => env?.stop());

  it.each(ALIAS_TEST_MODELS)(
    'fills every chart of %s and names the prefix',
    async (name, prefillDecode) => {
      const res = await env.api.get(
        `/models/team-a/${name}/metrics?cluster=demo&range=15m`,
      );
      expect(res.status).toBe(200);
      expectEveryChartFilled(res.body, prefillDecode, [
        /^vLLM metrics .*kserve_vllm:.* OpenShift AI's kserve_ prefix/,
        /^EPP metrics .*kserve_llm_d_epp_disagg_decision_total.* OpenShift AI's kserve_ prefix/,
      ]);
    },
  );
});
