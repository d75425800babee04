import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';
import {
  ALIAS_TEST_MODELS,
  expectEveryChartFilled,
  startServedAndScraped,
} from '../__testUtils__/aliasedNames';
import type { ScrapedSimulator } from '../__testUtils__/scrapedSimulator';

jest.setTimeout(120_000);

// vLLM before 0.11 and the EPP before llm-d-router v0.10: the older names only.
describe('Serving metrics with only the older vLLM and EPP names', () => {
  let env: ScrapedSimulator;
  beforeAll(async () => {
    env = await startServedAndScraped({
      naming: 'raw',
      annotations: {
        [SIMULATION_ANNOTATIONS.vllmMetricNames]: 'legacy',
        [SIMULATION_ANNOTATIONS.eppMetricNames]: 'legacy',
      },
    });
  });
  afterAll(() => env?.stop());

  it.each(ALIAS_TEST_MODELS)(
    'fills every chart of %s and names the older names',
    async (name, prefillDecode) => {
      const res = await env.api.get(
        `/models/team-a/${name}/metrics?cluster=demo&range=15m`,
      );
      expect(res.status).toBe(200);
      expectEveryChartFilled(res.body, prefillDecode, [
        /is read from vllm:time_per_output_token_seconds.*\(vllm:inter_token_latency_seconds is not in Prometheus\)/,
        /is read from vllm:gpu_cache_usage_perc/,
        /is read from vllm:gpu_prefix_cache_hits_total/,
        ...(prefillDecode
          ? [/is read from llm_d_inference_scheduler_disagg_decision_total/]
          : []),
      ]);
    },
  );
});
