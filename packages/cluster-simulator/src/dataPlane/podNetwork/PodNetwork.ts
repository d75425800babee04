import http from 'node:http';
import { Socket } from 'node:net';
import { sendJson } from '../../httpExchange';
import {
  EXPOSITION_CONTENT_TYPE,
  renderExposition,
} from '../metrics/exposition';
import { PodMetrics } from '../metrics/PodMetrics';
import { StoreReader } from '../StoreReader';
import { podMetricsSnapshots, podTargets } from './podMetricsSnapshot';

const LOOPBACK = '127.0.0.1';
const METRICS_PATH = /^\/pods\/([^/]+)\/([^/]+)\/metrics$/;

function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * The "pod network": one loopback HTTP listener standing in for every simulated pod's metrics port.
 * `GET /pods/<namespace>/<pod>/metrics` is that pod's Prometheus exposition; `GET /targets` lists every pod as
 * Prometheus http_sd targets (`__metrics_path__` plus the labels OpenShift AI's monitors, or a kubernetes_sd
 * labelmap, would give its series).
 */
export class PodNetwork {
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private port?: number;

  constructor(
    private readonly reader: StoreReader,
    private readonly metrics: PodMetrics,
  ) {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', socket => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('clientError', (_error, socket) => socket.destroy());
  }

  /** Listens on a free loopback port; resolves with the base URL, e.g. `http://127.0.0.1:41235`. */
  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, LOOPBACK, () => {
        this.port = (this.server.address() as { port: number }).port;
        resolve(`http://${LOOPBACK}:${this.port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise(resolve => {
      if (!this.server.listening) {
        resolve();
        return;
      }
      this.server.close(() => resolve());
      this.sockets.forEach(socket => socket.destroy());
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://pods').pathname;
    if (req.method !== 'GET') {
      sendText(res, 405, 'only GET\n');
      return;
    }
    if (path === '/targets') {
      sendJson(res, 200, this.targets());
      return;
    }
    const match = METRICS_PATH.exec(path);
    const [namespace, pod] = match
      ? [decodeURIComponent(match[1]), decodeURIComponent(match[2])]
      : [];
    const snapshot =
      namespace && pod
        ? podMetricsSnapshots(this.reader, this.metrics, { namespace, pod })[0]
        : undefined;
    if (!snapshot) {
      sendText(
        res,
        404,
        match
          ? `no simulated pod ${namespace}/${pod}\n`
          : 'not found: GET /targets or /pods/<namespace>/<pod>/metrics\n',
      );
      return;
    }
    const text = renderExposition(snapshot.families, snapshot.style);
    res.writeHead(200, {
      'Content-Type': EXPOSITION_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  /** Prometheus http_sd: one target group per pod. */
  private targets() {
    return podTargets(this.reader).map(target => ({
      targets: [`${LOOPBACK}:${this.port}`],
      labels: {
        __metrics_path__: `/pods/${target.namespace}/${target.pod}/metrics`,
        ...target.labels,
      },
    }));
  }
}
