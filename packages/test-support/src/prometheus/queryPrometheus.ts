/** One series of an instant query's result. */
export interface PrometheusSample {
  readonly metric: Record<string, string>;
  /** The value at the evaluation time (NaN and ±Inf as JavaScript numbers). */
  readonly value: number;
}

/**
 * Evaluates `promql` at `timeSeconds` (default now) through Prometheus's HTTP API (`/api/v1/query`) and returns the vector's samples. Tests
 * use it to wait (with `eventually`) until Prometheus has scraped what the simulator emitted.
 *
 * @throws when Prometheus answers with an error or a result that is not a vector
 */
export async function queryPrometheus(
  prometheusUrl: string,
  promql: string,
  timeSeconds?: number,
): Promise<PrometheusSample[]> {
  const url = new URL('/api/v1/query', prometheusUrl);
  url.searchParams.set('query', promql);
  if (timeSeconds !== undefined) url.searchParams.set('time', `${timeSeconds}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  const body = (await response.json()) as {
    status: string;
    error?: string;
    data?: {
      resultType: string;
      result: { metric: Record<string, string>; value: [number, string] }[];
    };
  };
  if (body.status !== 'success' || body.data?.resultType !== 'vector') {
    throw new Error(
      `Prometheus query ${promql} failed: ${
        body.error ?? body.data?.resultType
      }`,
    );
  }
  return body.data.result.map(({ metric, value }) => ({
    metric,
    value: Number(value[1]),
  }));
}
