import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { AccessControl } from '../AccessControl';
import { simulatorCertificate } from '../tlsCertificate';
import { KubeObject } from '../types';
import { backgroundLoadRequest } from './backgroundLoadRequest';
import { DATA_PLANE_KINDS, StoreReader } from './StoreReader';

/** Requests in flight at most, whatever the rate and the number of models. */
export const BACKGROUND_MAX_IN_FLIGHT = 4;
const REQUEST_TIMEOUT_MS = 10_000;
/** The identity of the load's token: may `get` every LLMInferenceService, which OpenShift AI's AuthPolicy checks. */
const LOAD_USER = 'system:serviceaccount:cluster-simulator:background-load';

/** Options of {@link BackgroundLoad}. */
export interface BackgroundLoadOptions {
  reader: StoreReader;
  access: AccessControl;
  /** Requests per second sent to each model (e.g. 0.5). */
  requestsPerSecond: number;
  log: (line: string) => void;
}

function isReady(llmisvc: KubeObject): boolean {
  const conditions = ((llmisvc.status as any)?.conditions ?? []) as Array<{
    type?: string;
    status?: string;
  }>;
  return conditions.some(c => c.type === 'Ready' && c.status === 'True');
}

/** The model's loopback URLs (one per Gateway listener it is reachable through). */
function loopbackUrls(llmisvc: KubeObject): string[] {
  const status = (llmisvc.status ?? {}) as {
    url?: string;
    addresses?: Array<{ url?: string }>;
  };
  const urls = [...(status.addresses ?? []).map(a => a.url), status.url].filter(
    (u): u is string => !!u && /^https?:\/\/127\.0\.0\.1[:/]/.test(u),
  );
  return [...new Set(urls)];
}

/**
 * A small synthetic load so the demo's metrics move: every tick (1 / `requestsPerSecond` seconds) one request to
 * each Ready model with a loopback address, through its Gateway listeners in turn, as a client would (bearer token
 * of its own, for auth-enabled models). Bounded: at most {@link BACKGROUND_MAX_IN_FLIGHT} requests in flight (ticks
 * beyond are skipped), timeouts, and nothing once stopped. The token is never logged.
 */
export class BackgroundLoad {
  private readonly token = randomBytes(24).toString('base64url');
  private readonly timer: NodeJS.Timeout;
  private inFlight = 0;
  private sent = 0;
  private ticks = 0;
  /** Requests sent per model: each model walks the whole sequence of {@link backgroundLoadRequest}. */
  private readonly perModel = new Map<string, number>();
  private stopped = false;
  private readonly requests = new Set<http.ClientRequest>();

  constructor(private readonly options: BackgroundLoadOptions) {
    options.access.addToken(
      this.token,
      [
        {
          verbs: ['get'],
          apiGroups: ['serving.kserve.io'],
          resources: ['llminferenceservices'],
        },
      ],
      LOAD_USER,
    );
    const intervalMs = Math.max(50, 1000 / options.requestsPerSecond);
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Requests sent so far. */
  get requestCount(): number {
    return this.sent;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.requests.forEach(req => req.destroy());
  }

  private tick(): void {
    const models = this.options.reader
      .list(DATA_PLANE_KINDS.llmisvc)
      .filter(isReady)
      .map(llmisvc => ({
        key: `${llmisvc.metadata.namespace}/${llmisvc.metadata.name}`,
        urls: loopbackUrls(llmisvc),
      }))
      .filter(model => model.urls.length);
    // Each tick starts with the next model, so a full in-flight budget does not always skip the same ones.
    const first = models.length ? this.ticks++ % models.length : 0;
    const order = [...models.slice(first), ...models.slice(0, first)];
    for (const { key, urls } of order) {
      if (this.stopped || this.inFlight >= BACKGROUND_MAX_IN_FLIGHT) return;
      const n = this.perModel.get(key) ?? 0;
      this.perModel.set(key, n + 1);
      this.sent++;
      this.send(urls[n % urls.length], n);
    }
  }

  private send(modelUrl: string, n: number): void {
    const { path, body } = backgroundLoadRequest(n);
    const url = new URL(`${modelUrl.replace(/\/$/, '')}${path}`);
    const text = JSON.stringify(body);
    const transport = url.protocol === 'https:' ? https : http;
    this.inFlight++;
    const req = transport.request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
        Authorization: `Bearer ${this.token}`,
      },
      ca: url.protocol === 'https:' ? simulatorCertificate().cert : undefined,
      agent: false,
      timeout: REQUEST_TIMEOUT_MS,
    });
    this.requests.add(req);
    const done = () => {
      if (!this.requests.delete(req)) return;
      this.inFlight--;
    };
    req.on('response', res => {
      res.resume();
      res.on('end', done);
      res.on('error', done);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', e => {
      done();
      if (!this.stopped) {
        this.options.log(
          `background load: ${url.origin}${url.pathname}: ${e.message}`,
        );
      }
    });
    req.on('close', done);
    req.end(text);
  }
}
