import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { Socket } from 'node:net';
import { AccessControl } from './AccessControl';
import { SimulatedController } from './SimulatedController';
import { crdObject, toLoadedCrd } from './crdLoader';
import { loadServedCrds } from './crdSources';
import { Faults } from './Faults';
import { createObjectAccess, ObjectAccess } from './objectAccess';
import { ObjectStore } from './ObjectStore';
import { createRequestHandler } from './requestHandler';
import { RequestStats } from './RequestStats';
import { buildResourceRegistry, registerCrd } from './resourceRegistry';
import { ResourceTable } from './ResourceTable';
import { readSeedDocuments } from './seedObjects';
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
    if (crd) registerCrd(table, crd);
  });
  const adminToken =
    options.adminToken ?? randomBytes(24).toString('base64url');
  const access = new AccessControl();
  access.addToken(adminToken, 'admin', 'system:admin');
  for (const [token, rules] of Object.entries(options.tokens ?? {})) {
    access.addToken(token, rules);
  }
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
  const handler = createRequestHandler({
    table,
    store,
    hub,
    tokens,
    access,
    faults,
    stats,
    log,
    serverAddress: () => address,
  });
  const server = certificate
    ? https.createServer(
        { cert: certificate.cert, key: certificate.key },
        handler,
      )
    : http.createServer(handler);
  server.on('connection', (socket: Socket) => {
    if (faults.unreachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that hangs up mid-TLS-handshake or sends garbage must not crash a test run.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as { port: number }).port;
  address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const url = `${certificate ? 'https' : 'http'}://${address}`;

  const controllerOptions = options.controller;
  const controller = controllerOptions
    ? new SimulatedController(
        store,
        table,
        typeof controllerOptions === 'object'
          ? controllerOptions.readyAfterMs ?? 0
          : 0,
        log,
      )
    : undefined;
  controller?.start();
  log(`cluster simulator listening on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    caData: certificate?.caData,
    adminToken,
    apply: objects.apply,
    remove: objects.remove,
    get: objects.get,
    list: objects.list,
    addToken: (token, rules) => access.addToken(token, rules),
    issuedTokens: tokens.issued,
    faults,
    stats,
    get resourceVersion() {
      return String(store.currentRevision);
    },
    close() {
      closing ??= new Promise<void>(resolve => {
        controller?.close();
        hub.close();
        server.close(() => resolve());
        sockets.forEach(socket => socket.destroy());
      });
      return closing;
    },
  };
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
