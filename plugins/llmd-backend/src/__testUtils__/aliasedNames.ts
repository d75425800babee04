import {
  MODEL_METRIC_IDS,
  type ModelMetricsResponse,
} from '@llmd/plugin-llmd-common';
import type { PrometheusNaming } from '@internal/test-support';
import {
  startScrapedSimulator,
  type ScrapedSimulator,
} from './scrapedSimulator';
import { serveMeasuredTraffic, servedModel } from './servedTraffic';

/** The models whose cards the alias tests check: a plain one and a P/D one. */
export const ALIAS_TEST_MODELS = [
  ['granite-8b', false],
  ['llama-3-1-8b-pd', true],
] as const;

/**
 * The simulated cluster scraped by a real Prometheus under `naming`, every model's pods emitting the names the
 * annotations choose, once the measured traffic has been scraped.
 */
export async function startServedAndScraped(options: {
  naming: PrometheusNaming;
  annotations?: Record<string, string>;
}): Promise<ScrapedSimulator> {
  const env = await startScrapedSimulator(options);
  try {
    const models = [];
    for (const [name] of ALIAS_TEST_MODELS) {
      models.push(await servedModel(env, 'team-a', name));
    }
    await serveMeasuredTraffic(env, models);
    return env;
  } catch (error) {
    await env.stop();
    throw error;
  }
}

/** Every chart of the card has a current value, there was traffic, and each of `warnings` is among the warnings. */
export function expectEveryChartFilled(
  body: ModelMetricsResponse,
  prefillDecode: boolean,
  warnings: readonly RegExp[],
): void {
  expect(body.state).toBe('ok');
  const ids = MODEL_METRIC_IDS.filter(
    id => prefillDecode || id !== 'pdDisaggregatedRate',
  );
  expect(Object.keys(body.metrics).sort()).toEqual([...ids].sort());
  for (const id of ids) {
    expect([id, typeof body.metrics[id]?.current]).toEqual([id, 'number']);
  }
  expect(body.metrics.requestsPerSecond?.current).toBeGreaterThan(0);
  expect(body.metrics.ttftP95Seconds?.current).toBeGreaterThan(0);
  for (const warning of warnings) {
    expect(body.warnings).toContainEqual(expect.stringMatching(warning));
  }
}
