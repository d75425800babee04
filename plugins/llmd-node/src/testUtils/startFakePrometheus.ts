import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Prometheus received.
 *
 * @public
 */
export interface FakePrometheusRequest {
  /** `/api/v1/query`, `/api/v1/label/__name__/values`, ... */
  readonly path: string;
  readonly params: URLSearchParams;
  readonly authorization?: string;
}

/** What the fake answers: a status and a JSON (or text) body, or `hang` (never answers until stopped).
 *
 * @public
 */
export type FakePrometheusAnswer =
  | { readonly status?: number; readonly json: unknown }
  | { readonly status: number; readonly text: string }
  | 'hang';

/** A fake Prometheus HTTP API on 127.0.0.1.
 *
 * @public
 */
export interface FakePrometheus {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: FakePrometheusRequest[];
  /** Replaces the answering function. */
  answer(
    handler: (request: FakePrometheusRequest) => FakePrometheusAnswer,
  ): void;
  stop(): Promise<void>;
}

/** `{status: 'success', data}` as Prometheus writes it.
 *
 * @public
 */
export function prometheusSuccess(data: unknown): FakePrometheusAnswer {
  return { json: { status: 'success', data } };
}

/**
 * Starts a fake Prometheus that answers every request with `handler` (default: success with no data) and records
 * what it received, for the error paths and request counting; the real-Prometheus tests use
 * the test-support package's `startPrometheus` (the words matter: a doc comment naming that package's scope would
 * read as an internal tag and drop this declaration from the typings).
 *
 * @public
 */
export async function startFakePrometheus(
  handler: (request: FakePrometheusRequest) => FakePrometheusAnswer = () =>
    prometheusSuccess([]),
): Promise<FakePrometheus> {
  let answer = handler;
  const requests: FakePrometheusRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = {
      path: url.pathname,
      params: url.searchParams,
      authorization: req.headers.authorization,
    };
    requests.push(request);
    const result = answer(request);
    if (result === 'hang') return;
    const isJson = 'json' in result;
    res.writeHead(result.status ?? 200, {
      'content-type': isJson ? 'application/json' : 'text/plain',
    });
    res.end(isJson ? JSON.stringify(result.json) : result.text);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: next => {
      answer = next;
    },
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
