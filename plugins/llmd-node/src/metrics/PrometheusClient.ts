import type {
  PrometheusInstantSample,
  PrometheusRangeSeries,
} from '@llmd/plugin-llmd-common';
import { Agent, fetch } from 'undici';
import type { ClusterMetricsConfig } from './clusterMetricsConfig';
import {
  PrometheusRequestError,
  statusHint,
  unreachableMessage,
} from './PrometheusRequestError';
import { caPem } from '../caPem';

/**
 * Where and when a request reads.
 *
 * @public
 */
export interface PrometheusReadOptions {
  /** Required with `namespaceTenancy`: the namespace the tenancy proxy restricts the request to. */
  readonly namespace?: string;
}

/** Prometheus' answer envelope. */
interface ApiAnswer {
  status?: string;
  data?: unknown;
  error?: string;
  errorType?: string;
}

/** Longest piece of an answer body quoted in an error. */
const MAX_DETAIL = 200;

/**
 * A client of the Prometheus HTTP API (`/api/v1/query`, `/query_range`, `/label/<name>/values`, `/series` — what
 * the Thanos querier's tenancy port allows): GET with the query in the URL, the token only in `Authorization`,
 * `?namespace=` on every request with `namespaceTenancy`. Failures throw {@link PrometheusRequestError}. Counts its
 * requests ({@link PrometheusClient.requestCount}) so benchmarks can report queries per page view.
 *
 * @public
 */
export class PrometheusClient {
  private readonly agent: Agent;
  private readonly base: string;
  private requests = 0;

  constructor(private readonly config: ClusterMetricsConfig) {
    this.agent = new Agent({
      connect: {
        ...(config.caData !== undefined && { ca: caPem(config.caData) }),
        rejectUnauthorized: !config.skipTLSVerify,
        timeout: config.timeoutMs,
      },
    });
    this.base = config.url.replace(/\/+$/, '');
  }

  /** Requests sent so far (answered or not). */
  get requestCount(): number {
    return this.requests;
  }

  /** An instant query evaluated at `time` (unix seconds). */
  async query(
    promql: string,
    time: number,
    options: PrometheusReadOptions = {},
  ): Promise<PrometheusInstantSample[]> {
    const data = await this.get(
      '/api/v1/query',
      { query: promql, time: String(time) },
      options,
    );
    return resultOf(data, 'vector', this.base) as PrometheusInstantSample[];
  }

  /** A range query from `start` to `end` (unix seconds) every `step` seconds. */
  async queryRange(
    promql: string,
    range: { start: number; end: number; step: number },
    options: PrometheusReadOptions = {},
  ): Promise<PrometheusRangeSeries[]> {
    const data = await this.get(
      '/api/v1/query_range',
      {
        query: promql,
        start: String(range.start),
        end: String(range.end),
        step: String(range.step),
      },
      options,
    );
    return resultOf(data, 'matrix', this.base) as PrometheusRangeSeries[];
  }

  /** Values of `label` on the series matching any of `match` between `start` and `end`. */
  async labelValues(
    label: string,
    match: readonly string[],
    range: { start: number; end: number },
    options: PrometheusReadOptions = {},
  ): Promise<string[]> {
    const data = await this.get(
      `/api/v1/label/${encodeURIComponent(label)}/values`,
      { 'match[]': match, start: String(range.start), end: String(range.end) },
      options,
    );
    return Array.isArray(data) ? data.filter(v => typeof v === 'string') : [];
  }

  /** Label sets of the series matching any of `match` between `start` and `end`. */
  async series(
    match: readonly string[],
    range: { start: number; end: number },
    options: PrometheusReadOptions = {},
  ): Promise<Record<string, string>[]> {
    const data = await this.get(
      '/api/v1/series',
      { 'match[]': match, start: String(range.start), end: String(range.end) },
      options,
    );
    return Array.isArray(data) ? (data as Record<string, string>[]) : [];
  }

  /** Closes the kept-alive connections. */
  async close(): Promise<void> {
    await this.agent.close().catch(() => {});
  }

  private async get(
    path: string,
    params: Record<string, string | readonly string[]>,
    options: PrometheusReadOptions,
  ): Promise<unknown> {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      for (const value of typeof v === 'string' ? [v] : v) {
        search.append(k, value);
      }
    }
    if (this.config.namespaceTenancy) {
      if (!options.namespace) {
        throw new Error(
          'A Prometheus request with namespaceTenancy needs a namespace',
        );
      }
      search.set('namespace', options.namespace);
    }
    this.requests += 1;
    const { token } = this.config.auth as { token?: string };
    let response;
    try {
      response = await fetch(`${this.base}${path}?${search}`, {
        dispatcher: this.agent,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.timeoutMs),
        headers: {
          accept: 'application/json',
          ...(token !== undefined && { authorization: `Bearer ${token}` }),
        },
      });
    } catch (error) {
      throw new PrometheusRequestError(
        unreachableMessage(this.base, error, this.config.timeoutMs),
      );
    }
    return this.readAnswer(response);
  }

  private async readAnswer(
    response: Awaited<ReturnType<typeof fetch>>,
  ): Promise<unknown> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new PrometheusRequestError(
        unreachableMessage(this.base, error, this.config.timeoutMs),
      );
    }
    let answer: ApiAnswer | undefined;
    try {
      answer = JSON.parse(text) as ApiAnswer;
    } catch {
      answer = undefined;
    }
    if (response.status === 200 && answer?.status !== 'success') {
      throw new PrometheusRequestError(
        `Prometheus at ${this.base} answered 200 with something that is not Prometheus API JSON`,
        response.status,
      );
    }
    if (response.status !== 200 || answer?.status !== 'success') {
      const detail = answer?.error ?? text;
      throw new PrometheusRequestError(
        `Prometheus at ${this.base} answered ${response.status}${statusHint(
          response.status,
          this.config.namespaceTenancy,
        )}${detail ? `: ${printable(detail)}` : ''}`,
        response.status,
      );
    }
    return answer.data;
  }
}

function resultOf(data: unknown, type: string, base: string): unknown[] {
  const { resultType, result } = (data ?? {}) as {
    resultType?: string;
    result?: unknown;
  };
  if (resultType !== type || !Array.isArray(result)) {
    throw new PrometheusRequestError(
      `Prometheus at ${base} answered a ${String(
        resultType,
      )} where a ${type} was expected`,
    );
  }
  return result;
}

/** Prometheus' error text, one line, without control characters, shortened. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}
