import http from 'node:http';
import https from 'node:https';
import { Socket } from 'node:net';
import {
  GatewayAddress,
  GatewayAddressProvider,
} from '../GatewayAddressProvider';
import { gatewayEndpoint } from '../llmisvcStatus';
import { ObjectStore } from '../ObjectStore';
import { ResourceTable } from '../ResourceTable';
import { simulatorCertificate } from '../tlsCertificate';
import { AccessControl } from '../AccessControl';
import { TokenIssuer } from '../TokenIssuer';
import { KubeObject } from '../types';
import type { GatewayAddressProviderFactory } from '../SimulatedController';
import {
  DEFAULT_GENERATION_TIMING,
  GenerationTiming,
} from './generationTiming';
import {
  GatewayRequestContext,
  handleGatewayRequest,
} from './handleGatewayRequest';
import { BackgroundLoad } from './BackgroundLoad';
import { PodNetwork } from './podNetwork/PodNetwork';
import {
  podMetricsSnapshots,
  PodMetricsSnapshot,
} from './podNetwork/podMetricsSnapshot';
import { ServingStats } from './ServingStats';
import { SimulatedVllm } from './SimulatedVllm';
import { StoreReader } from './StoreReader';

const LOOPBACK = '127.0.0.1';

/** What the data plane is built from: the simulator's store and auth parts. */
export interface DataPlaneOptions {
  store: ObjectStore;
  table: ResourceTable;
  tokens: TokenIssuer;
  access: AccessControl;
  log: (line: string) => void;
  timing?: GenerationTiming;
  /** Requests per second the simulator sends to each Ready model itself (see {@link BackgroundLoad}); default none. */
  backgroundLoad?: number;
}

/** One Gateway's loopback listener; `port` is set once it listens. */
interface Listener {
  scheme: 'http' | 'https';
  server: http.Server;
  sockets: Set<Socket>;
  port?: number;
}

/**
 * The simulated data plane: each Gateway gets a loopback HTTP(S) listener (HTTPS, with the simulator's
 * certificate, when the Gateway has an HTTPS listener) that routes requests through its HTTPRoutes to the
 * simulated vLLM of each model. As a {@link GatewayAddressProvider} it makes the listener the Gateway's address.
 */
export class DataPlane implements GatewayAddressProvider {
  /** What the simulated vLLM servers have served, per model. */
  readonly stats = new ServingStats();
  private readonly listeners = new Map<string, Listener>();
  private readonly context: GatewayRequestContext;
  private assigned: (gatewayKey: string) => void = () => {};
  private closed = false;
  private readonly podNetwork: PodNetwork;
  private load?: BackgroundLoad;

  /**
   * The data plane as the controller's {@link GatewayAddressProviderFactory}: `assigned` is called once a
   * Gateway's listener is up, so the controller reconciles the Gateway again.
   */
  readonly addressProvider: GatewayAddressProviderFactory = assigned => {
    this.assigned = assigned;
    return this;
  };

  constructor(private readonly options: DataPlaneOptions) {
    const { store, table, tokens, access } = options;
    this.context = {
      store,
      table,
      tokens,
      access,
      reader: new StoreReader(store, table),
      vllm: new SimulatedVllm(
        this.stats,
        options.timing ?? DEFAULT_GENERATION_TIMING,
      ),
    };
    this.podNetwork = new PodNetwork(this.context.reader, this.stats.pods);
  }

  /**
   * Opens the pod network's listener and starts the background load when asked for; resolves with the pod
   * network's base URL.
   */
  async start(): Promise<string> {
    const url = await this.podNetwork.listen();
    this.options.log(`data plane: pod metrics on ${url}/targets`);
    const rate = this.options.backgroundLoad;
    if (rate && rate > 0 && !this.closed) {
      this.load = new BackgroundLoad({
        reader: this.context.reader,
        access: this.options.access,
        requestsPerSecond: rate,
        log: this.options.log,
      });
      this.options.log(
        `data plane: background load of ${rate} request(s) per second per Ready model`,
      );
    }
    return url;
  }

  /** Every simulated pod's metrics as `/pods/<namespace>/<pod>/metrics` exposes them now. */
  metricsSnapshot(): PodMetricsSnapshot[] {
    return podMetricsSnapshots(this.context.reader, this.stats.pods);
  }

  addressOf(
    gatewayKey: string,
    gateway: KubeObject,
  ): GatewayAddress | undefined {
    if (this.closed) return undefined;
    const { scheme } = gatewayEndpoint(gateway, LOOPBACK);
    const current = this.listeners.get(gatewayKey);
    if (current?.scheme === scheme) {
      return current.port === undefined
        ? undefined
        : { address: LOOPBACK, port: current.port, scheme };
    }
    if (current) this.release(gatewayKey); // the Gateway switched between HTTP and HTTPS
    this.open(gatewayKey, scheme);
    return undefined;
  }

  release(gatewayKey: string): void {
    const listener = this.listeners.get(gatewayKey);
    if (!listener) return;
    this.listeners.delete(gatewayKey);
    this.shut(listener);
    this.options.log(
      `data plane: closed the listener of Gateway ${gatewayKey}`,
    );
  }

  /** Closes every listener (the simulator stops). */
  async close(): Promise<void> {
    this.closed = true;
    this.load?.stop();
    const listeners = [...this.listeners.values()];
    this.listeners.clear();
    await Promise.all([
      ...listeners.map(listener => this.shut(listener)),
      this.podNetwork.close(),
    ]);
  }

  private open(gatewayKey: string, scheme: 'http' | 'https'): void {
    const slash = gatewayKey.indexOf('/');
    const gateway = {
      namespace: gatewayKey.slice(0, slash),
      name: gatewayKey.slice(slash + 1),
    };
    const handler: http.RequestListener = (req, res) => {
      handleGatewayRequest(this.context, gateway, req, res).catch(e => {
        this.options.log(
          `data plane: ${req.method} failed: ${(e as Error).message}`,
        );
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    };
    const certificate = scheme === 'https' ? simulatorCertificate() : undefined;
    const server = certificate
      ? https.createServer(
          { cert: certificate.cert, key: certificate.key },
          handler,
        )
      : http.createServer(handler);
    const listener: Listener = { scheme, server, sockets: new Set() };
    server.on('connection', (socket: Socket) => {
      listener.sockets.add(socket);
      socket.on('close', () => listener.sockets.delete(socket));
    });
    server.on('clientError', (_error, socket) => socket.destroy());
    this.listeners.set(gatewayKey, listener);
    server.once('error', e =>
      this.options.log(
        `data plane: Gateway ${gatewayKey} cannot listen: ${e.message}`,
      ),
    );
    server.listen(0, LOOPBACK, () => {
      if (this.listeners.get(gatewayKey) !== listener) return; // released meanwhile
      listener.port = (server.address() as { port: number }).port;
      this.options.log(
        `data plane: Gateway ${gatewayKey} listens on ${scheme}://${LOOPBACK}:${listener.port}`,
      );
      this.assigned(gatewayKey);
    });
  }

  private shut(listener: Listener): Promise<void> {
    return new Promise(resolve => {
      listener.server.close(() => resolve());
      listener.sockets.forEach(socket => socket.destroy());
    });
  }
}
