import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Socket } from 'node:net';
import { AccessControl } from './AccessControl';
import {
  GatewayAddressProviderFactory,
  SimulatedController,
} from './SimulatedController';
import { crdObject, crdStatus, toLoadedCrd } from './crdLoader';
import { DataPlane } from './dataPlane/DataPlane';
import { loadServedCrds } from './crdSources';
import { Faults } from './Faults';
import { createObjectAccess, ObjectAccess } from './objectAccess';
import { ObjectStore } from './ObjectStore';
import { SimulatorCore } from './requestContext';
import { createRequestHandler } from './createRequestHandler';
import { RequestStats } from './RequestStats';
import { buildResourceRegistry, registerCrd } from './resourceRegistry';
import { ResourceTable } from './ResourceTable';
import { readSeedDocuments } from './seedObjects';
import { createSimulatorServer, listen } from './simulatorServer';
import { simulatorCertificate } from './tlsCertificate';
import { TokenIssuer } from './TokenIssuer';
import { ClusterSimulator, ClusterSimulatorOptions } from './types';
import { WatchHub } from './WatchHub';

const CRD_STORAGE_KEY = 'customresourcedefinitions.apiextensions.k8s.io';

/**
 * Starts a Kubernetes API server simulator on loopback: discovery, CRUD, list paging and selectors, watches
 * with bookmarks and resume, TokenRequest, bearer-token RBAC, fault injection, optional TLS and an optional
 * KServe-like controller. Always `close()` it.
 *
 * @example
 * ```ts
 * const sim = await startClusterSimulator({ seedDir: 'examples/gitops', controller: true });
 * const kc = new KubeConfig();
 * kc.loadFromOptions(simulatorKubeConfig(sim));
 * // ... use kc with @kubernetes/client-node
 * await sim.close();
 * ```
 * @public
 */
export async function startClusterSimulator(
  options: ClusterSimulatorOptions = {},
): Promise<ClusterSimulator> {
  const log = options.logger ?? (() => {});
  const { table, store, objects } = createServedObjects(options, log);
  const { access, adminToken } = createAccessControl(options);
  const stats = new RequestStats();
  const tokens = new TokenIssuer();

  seed(objects, table, options, log);
  // Created after seeding: the history starts at the seeded state, and a failed seed leaves no timer behind.
  const hub = new WatchHub(store, {
    historySize: options.historySize ?? 1000,
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
  });

  const sockets = new Set<Socket>();
  const faults = new Faults(
    {
      dropWatches: graceful => hub.dropAll(graceful),
      expireHistory: () => hub.expire(),
      destroyConnections: () => sockets.forEach(socket => socket.destroy()),
    },
    options.latencyMs ?? 0,
  );

  const host = options.host ?? '127.0.0.1';
  const certificate = options.tls ? simulatorCertificate() : undefined;
  let address = '';
  const core: SimulatorCore = {
    table,
    store,
    hub,
    tokens,
    access,
    faults,
    stats,
    log,
    serverAddress: () => address,
  };
  const server = createSimulatorServer(
    certificate,
    createRequestHandler(core),
    { faults, sockets },
  );
  const port = await listen(server, options.port ?? 0, host);
  address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const url = `${certificate ? 'https' : 'http'}://${address}`;

  const dataPlane = createDataPlane(options, core);
  const controller = startController(options, core, dataPlane?.addressProvider);
  const podNetworkUrl = await dataPlane?.start();
  log(`cluster simulator listening on ${url}`);

  return simulatorHandle(core, {
    url,
    caData: certificate?.caData,
    adminToken,
    objects,
    controller,
    dataPlane,
    podNetworkUrl,
    server,
    sockets,
  });
}

/** What a running simulator is made of besides its core, for {@link simulatorHandle}. */
interface SimulatorParts {
  url: string;
  caData?: string;
  adminToken: string;
  objects: ObjectAccess;
  controller?: SimulatedController;
  dataPlane?: DataPlane;
  podNetworkUrl?: string;
  server: http.Server;
  sockets: Set<Socket>;
}

/** The {@link ClusterSimulator} callers hold; `close()` stops everything once. */
function simulatorHandle(
  core: SimulatorCore,
  parts: SimulatorParts,
): ClusterSimulator {
  const { objects, server, sockets } = parts;
  let closing: Promise<void> | undefined;
  return {
    url: parts.url,
    caData: parts.caData,
    adminToken: parts.adminToken,
    podNetworkUrl: parts.podNetworkUrl,
    metricsSnapshot: () => parts.dataPlane?.metricsSnapshot() ?? [],
    apply: objects.apply,
    remove: objects.remove,
    get: objects.get,
    list: objects.list,
    addToken: (token, rules) => core.access.addToken(token, rules),
    issuedTokens: core.tokens.issued,
    faults: core.faults,
    stats: core.stats,
    get resourceVersion() {
      return String(core.store.currentRevision);
    },
    close() {
      closing ??= new Promise<void>(resolve => {
        parts.controller?.close();
        core.hub.close();
        server.close(() => resolve());
        sockets.forEach(socket => socket.destroy());
      }).then(() => parts.dataPlane?.close());
      return closing;
    },
  };
}

/** The served resources (built-in and CRD kinds) and the store holding their objects, the CRDs themselves included. */
function createServedObjects(
  options: ClusterSimulatorOptions,
  log: (line: string) => void,
): { table: ResourceTable; store: ObjectStore; objects: ObjectAccess } {
  const { table, crds } = buildResourceRegistry(
    loadServedCrds(options, log),
    options.omitCrds,
  );
  const store = new ObjectStore();
  const objects = createObjectAccess(table, store);
  for (const crd of crds) {
    objects.apply(crdObject(crd));
  }
  // CRDs created through the API are served right away, as on a real cluster.
  store.onEvent(event => {
    if (event.storageKey !== CRD_STORAGE_KEY || event.type === 'DELETED')
      return;
    const crd = toLoadedCrd(event.object.object, '(api)');
    if (!crd) return;
    registerCrd(table, crd);
    // The API server reports it Established (after the event: the store does not write inside its own events).
    const status = crdStatus(crd);
    const object = event.object.object;
    if (JSON.stringify(object.status) === JSON.stringify(status)) return;
    setImmediate(() => {
      const type = table.forStorageKey(CRD_STORAGE_KEY);
      const current = type && store.get(type, undefined, event.object.name);
      if (type && current) {
        store.update(type, { ...current.object, status }, 'status');
      }
    });
  });
  return { table, store, objects };
}

/** The admin token (given or random) and the tokens of the options with their rules. */
function createAccessControl(options: ClusterSimulatorOptions): {
  access: AccessControl;
  adminToken: string;
} {
  const adminToken =
    options.adminToken ?? randomBytes(24).toString('base64url');
  const access = new AccessControl();
  access.addToken(adminToken, 'admin', 'system:admin');
  for (const [token, rules] of Object.entries(options.tokens ?? {})) {
    access.addToken(token, rules);
  }
  return { access, adminToken };
}

/** The data plane when the options ask for one (not listening yet: see `DataPlane.start`). */
function createDataPlane(
  options: ClusterSimulatorOptions,
  core: SimulatorCore,
): DataPlane | undefined {
  return options.dataPlane
    ? new DataPlane({ ...core, backgroundLoad: options.backgroundLoad })
    : undefined;
}

/** The KServe-like controller when the options ask for one, started; `addresses` picks its Gateway addresses. */
function startController(
  options: ClusterSimulatorOptions,
  { store, table, log }: SimulatorCore,
  addresses?: GatewayAddressProviderFactory,
): SimulatedController | undefined {
  // The data plane needs the Gateway implementation to ask it for addresses.
  const controllerOptions = options.controller || options.dataPlane;
  if (!controllerOptions) return undefined;
  const controller = new SimulatedController(store, table, {
    readyAfterMs:
      typeof controllerOptions === 'object'
        ? controllerOptions.readyAfterMs ?? 0
        : 0,
    log,
    addresses,
  });
  controller.start();
  return controller;
}

/**
 * Loads `seedDir`, `seedDirs` and `objects`; documents of kinds the simulator does not serve are skipped with a log
 * line.
 */
function seed(
  objects: ObjectAccess,
  table: ResourceTable,
  options: ClusterSimulatorOptions,
  log: (line: string) => void,
): void {
  const documents = [
    ...(options.seedDir ? [options.seedDir] : []),
    ...(options.seedDirs ?? []),
  ].flatMap(dir => readSeedDocuments(dir));
  const extra = (options.objects ?? []).map(object => ({
    file: '(objects option)',
    object: object as any,
  }));
  let applied = 0;
  for (const { file, object } of [...documents, ...extra]) {
    if (!table.forKind(object.apiVersion, object.kind)) {
      log(
        `seed: skipping ${object.kind ?? '(no kind)'} ${
          object.apiVersion ?? ''
        } in ${file}: not served`,
      );
      continue;
    }
    try {
      objects.apply(object);
      applied++;
    } catch (e) {
      throw new Error(
        `seed: cannot apply ${object.kind} ${
          object.metadata?.name
        } from ${file}: ${(e as Error).message}`,
      );
    }
  }
  if (documents.length || extra.length) {
    log(`seed: applied ${applied} objects`);
  }
}
