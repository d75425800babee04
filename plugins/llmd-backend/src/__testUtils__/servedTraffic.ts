import type { PodMetricsSnapshot } from '@llmd/cluster-simulator';
import { eventually, queryPrometheus } from '@internal/test-support';
import {
  LLMIS,
  modelUrl,
  SCRAPED,
  type ScrapedSimulator,
} from './scrapedSimulator';

/** A model of the simulated cluster, as clients reach it through its Gateway. */
export interface ServedModel {
  readonly namespace: string;
  readonly name: string;
  /** `spec.model.name`: what requests name. */
  readonly servedName: string;
  readonly url: string;
}

/** The model once the controller has given it a loopback URL. */
export async function servedModel(
  env: ScrapedSimulator,
  namespace: string,
  name: string,
): Promise<ServedModel> {
  const object = env.sim.get(LLMIS, 'LLMInferenceService', namespace, name) as {
    spec: { model: { name: string } };
  };
  return {
    namespace,
    name,
    servedName: object.spec.model.name,
    url: await modelUrl(env.sim, namespace, name),
  };
}

/** `words` distinct words starting with `prefix`, e.g. `a0 a1 a2 ...`: the simulator counts words as tokens. */
function prompt(prefix: string, words: number): string {
  return Array.from({ length: words }, (_, i) => `${prefix}${i}`).join(' ');
}

/**
 * Sends each prompt to `/v1/completions` one after the other (so the simulator's round-robin over pods is
 * predictable), then `bad` requests naming a model the server does not serve (vLLM answers 404).
 */
async function sendCompletions(
  model: ServedModel,
  prompts: readonly string[],
  bad = 0,
): Promise<void> {
  const post = (body: object) =>
    fetch(`${model.url}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  for (const text of prompts) {
    const res = await post({ model: model.servedName, prompt: text });
    if (res.status !== 200) {
      throw new Error(`completion of ${model.name} answered ${res.status}`);
    }
    await res.arrayBuffer();
  }
  for (let i = 0; i < bad; i++) {
    const res = await post({ model: 'not-served', prompt: 'hello' });
    expect(res.status).toBe(404);
    await res.arrayBuffer();
  }
}

/** The counters that move with every request a pod sees; their per-pod sums tell whether a scrape is current. */
const REQUEST_COUNTERS =
  /(request_success_total|http_requests_total|disagg_decision_total|epp_request_total|objective_request_total)$/;

function requestCounterSum(pod: PodMetricsSnapshot): number {
  let sum = 0;
  for (const family of pod.families) {
    for (const sample of family.samples) {
      if (REQUEST_COUNTERS.test(sample.name)) sum += sample.value;
    }
  }
  return sum;
}

/** Every pod (vLLM and scheduler) of the model in the simulator's metrics now. */
function podsOf(
  snapshot: readonly PodMetricsSnapshot[],
  model: Pick<ServedModel, 'namespace' | 'name'>,
): PodMetricsSnapshot[] {
  return snapshot.filter(
    p => p.namespace === model.namespace && p.llmisvc === model.name,
  );
}

/**
 * Resolves with the simulator's metrics of the models once Prometheus has scraped each of their pods and its latest
 * scrape before the current whole second shows the request counters the pods expose now (the caller sends nothing
 * meanwhile). With `minSamples`,
 * also waits until every request counter series of theirs has that many samples in the last minute: `rate()` then
 * extrapolates series created by the first request (vLLM's `http_requests_total`, the EPP's decisions) the same way
 * as series that were there from the start, so ratios of them are exact.
 */
async function untilScrapedAsEmitted(
  env: ScrapedSimulator,
  models: readonly Pick<ServedModel, 'namespace' | 'name'>[],
  minSamples = 1,
): Promise<PodMetricsSnapshot[]> {
  const snapshot = env.sim.metricsSnapshot();
  const pods = models.flatMap(model => podsOf(snapshot, model));
  const want = new Map(pods.map(p => [p.pod, requestCounterSum(p)]));
  const selector = `{__name__=~".*${REQUEST_COUNTERS.source.slice(
    0,
    -1,
  )}", job="${env.job}", pod=~"${pods.map(p => p.pod).join('|')}"}`;
  await eventually(
    `Prometheus to scrape the request counters of ${models
      .map(m => m.name)
      .join(', ')} as emitted`,
    async () => {
      // At a whole second, as the metrics route evaluates: what it sees from then on is at least this.
      const at = Math.floor(Date.now() / 1000);
      const query = (promql: string) =>
        queryPrometheus(env.prometheus.url, promql, at);
      const up = await query(
        `up{job="${env.job}", pod=~"${pods.map(p => p.pod).join('|')}"} == 1`,
      );
      if (up.length < pods.length) return false;
      const found = new Map(
        (await query(`sum by (pod) (${selector})`)).map(s => [
          s.metric.pod,
          s.value,
        ]),
      );
      if (![...want].every(([pod, value]) => (found.get(pod) ?? 0) === value)) {
        return false;
      }
      const [fewest] = await query(`min(count_over_time(${selector}[1m]))`);
      return !fewest || fewest.value >= minSamples;
    },
    SCRAPED,
  );
  return snapshot;
}

// The scheduler of a P/D model splits prefill off from 64 prompt tokens (words) on (the simulator's default).
const LONG = 80;
const SHORT = 12;

/**
 * Requests that create every lazily created series (vLLM's 2xx and 4xx `http_requests_total` on both decode pods,
 * the EPP's two decision types), so that the measured requests all fall between two samples of every series. Counters
 * there from the start (requests, tokens, histograms, prefix cache) count them too.
 */
const WARM_UP_PROMPTS = [prompt('warm', LONG), prompt('up', SHORT)];
const WARM_UP_BAD_REQUESTS = 2;

/** Long prompts among {@link MEASURED_PROMPTS}: a P/D model's scheduler splits these. */
export const MEASURED_LONG_PROMPTS = 4;
/** Long prompts sharing 64 words (prefix-cache hits on the same pod), then short ones. */
export const MEASURED_PROMPTS = [
  ...['a', 'b', 'c', 'd'].map(p => `${prompt('shared', 64)} ${prompt(p, 16)}`),
  ...['e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map(p => prompt(p, SHORT)),
];
/** Requests naming a model the server does not serve, after {@link MEASURED_PROMPTS}. */
export const MEASURED_BAD_REQUESTS = 3;

/**
 * Waits for a first scrape of every pod of the models, warms them up (series created by the first request get a
 * few samples), then sends the measured requests to each model and waits until Prometheus has scraped them.
 * Resolves with the simulator's metrics before and after the measured requests.
 */
export async function serveMeasuredTraffic(
  env: ScrapedSimulator,
  models: readonly ServedModel[],
): Promise<{ before: PodMetricsSnapshot[]; after: PodMetricsSnapshot[] }> {
  await untilScrapedAsEmitted(env, models);
  for (const model of models) {
    await sendCompletions(model, WARM_UP_PROMPTS, WARM_UP_BAD_REQUESTS);
  }
  const before = await untilScrapedAsEmitted(env, models, 6);
  for (const model of models) {
    await sendCompletions(model, MEASURED_PROMPTS, MEASURED_BAD_REQUESTS);
  }
  return { before, after: await untilScrapedAsEmitted(env, models) };
}
