import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { CacheEventEmitter } from './CacheEventEmitter';
import {
  type ClusterCacheTuning,
  DEFAULT_CACHE_TUNING,
  type LlmdClusterConfig,
} from './clusterConfig';
import { ClusterWatcher } from './ClusterWatcher';
import type { KubeClient } from './kubeClientFor';
import { listCustomResourceDefinitions } from './listCustomResourceDefinitions';
import { mintServiceAccountToken } from './mintServiceAccountToken';
import { readServiceAccount } from './readServiceAccount';
import type { CachedObject, LlmdClusterCache } from './types';

/**
 * Options of {@link createLlmdClusterCache}.
 *
 * @public
 */
export interface CreateLlmdClusterCacheOptions {
  /** The clusters to watch, e.g. from {@link readClusterConfig}. */
  readonly clusters: readonly LlmdClusterConfig[];
  readonly logger: LoggerService;
  /** Overrides of {@link DEFAULT_CACHE_TUNING} (tests shorten the backoff). */
  readonly tuning?: Partial<ClusterCacheTuning>;
  /** Builds a cluster's clients; defaults to {@link kubeClientFor}. */
  readonly clientFactory?: (cluster: LlmdClusterConfig) => KubeClient;
  /**
   * Pause before listing again an auxiliary kind (`AuxiliaryKind`) a cluster does not serve (404) or forbids (403);
   * default 60 s (±25 %). A kind not served is also retried as soon as its CRD appears.
   */
  readonly unavailableKindRetryMs?: number;
}

/**
 * A cluster cache that is running and must be stopped by its owner.
 *
 * @public
 */
export interface StoppableLlmdClusterCache extends LlmdClusterCache {
  /** Ends every watch; resolves when no request is pending any more. */
  stop(): Promise<void>;
}

/** Bound of `LlmdClusterCache.waitForInitialSync` when the caller gives none. */
const DEFAULT_INITIAL_SYNC_TIMEOUT_MS = 30_000;

/**
 * Creates the multi-cluster watch cache and starts watching every cluster in the background. Backends get the
 * shared instance through `llmdClusterCacheServiceRef`; this factory is for tests, benchmarks and tools.
 *
 * Subscribe right after creating it to see every change from the first list on; a later subscriber reads the
 * current state with `list()` and follows changes from then on.
 *
 * @public
 */
export function createLlmdClusterCache(
  options: CreateLlmdClusterCacheOptions,
): StoppableLlmdClusterCache {
  const events = new CacheEventEmitter(options.logger);
  const watchers = createClusterWatchers(options, events);
  if (watchers.size === 0) {
    options.logger.warn(
      'No clusters configured for the llm-d cluster cache (llmd.clusters or kubernetes.clusterLocatorMethods)',
    );
  } else {
    options.logger.info(
      `Watching ${watchers.size} cluster(s): ${[...watchers.keys()].join(
        ', ',
      )}`,
    );
  }
  for (const watcher of watchers.values()) {
    watcher.start();
  }
  let stopped: Promise<void> | undefined;
  return {
    ...cacheReads(watchers, events),
    ...clusterRequests(watchers, options.logger),
    stop() {
      stopped ??= Promise.all([...watchers.values()].map(w => w.stop())).then(
        () => undefined,
      );
      return stopped;
    },
  };
}

/** One watcher per configured cluster (not started yet), by name. */
function createClusterWatchers(
  options: CreateLlmdClusterCacheOptions,
  events: CacheEventEmitter,
): Map<string, ClusterWatcher> {
  const tuning: ClusterCacheTuning = {
    ...DEFAULT_CACHE_TUNING,
    ...options.tuning,
  };
  const watchers = new Map<string, ClusterWatcher>();
  for (const cluster of options.clusters) {
    if (watchers.has(cluster.name)) {
      throw new Error(`Duplicate cluster name '${cluster.name}'`);
    }
    watchers.set(
      cluster.name,
      new ClusterWatcher({
        cluster,
        tuning,
        logger: options.logger.child({ cluster: cluster.name }),
        emit: event => events.emit(event),
        clientFactory: options.clientFactory,
        unavailableKindRetryMs: options.unavailableKindRetryMs,
      }),
    );
  }
  return watchers;
}

/** What the cache answers from memory: cluster health, objects, change events, the initial sync. */
function cacheReads(
  watchers: ReadonlyMap<string, ClusterWatcher>,
  events: CacheEventEmitter,
): Pick<
  LlmdClusterCache,
  | 'listClusters'
  | 'getCluster'
  | 'list'
  | 'get'
  | 'access'
  | 'subscribe'
  | 'waitForInitialSync'
> {
  return {
    listClusters: () => [...watchers.values()].map(w => w.health()),

    getCluster: name => watchers.get(name)?.health(),

    list(kind, filter) {
      const result: CachedObject[] = [];
      for (const watcher of watchers.values()) {
        if (filter?.cluster === undefined || filter.cluster === watcher.name) {
          for (const object of watcher.list(kind, filter?.namespace)) {
            result.push({ cluster: watcher.name, kind, object });
          }
        }
      }
      return result;
    },

    get(cluster, kind, namespace, name) {
      const object = watchers.get(cluster)?.get(kind, namespace, name);
      return object ? { cluster, kind, object } : undefined;
    },

    access(cluster, kind) {
      const watcher = watchers.get(cluster);
      return watcher
        ? watcher.access(kind)
        : { state: 'error', message: `No cluster named '${cluster}'` };
    },

    subscribe: listener => events.subscribe(listener),

    async waitForInitialSync(timeoutMs = DEFAULT_INITIAL_SYNC_TIMEOUT_MS) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.all([...watchers.values()].map(w => w.initialSync)),
        new Promise<void>(resolve => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}

/** What the cache asks a connected cluster's API server directly: CRDs, ServiceAccounts, tokens. */
function clusterRequests(
  watchers: ReadonlyMap<string, ClusterWatcher>,
  logger: LoggerService,
): Pick<
  LlmdClusterCache,
  | 'listCustomResourceDefinitions'
  | 'readServiceAccount'
  | 'createServiceAccountToken'
> {
  return {
    async listCustomResourceDefinitions(cluster, groups) {
      return listCustomResourceDefinitions(
        connectedClient(watchers, cluster).client,
        groups,
      );
    },

    async readServiceAccount(cluster, namespace, name) {
      const { client } = connectedClient(watchers, cluster);
      return readServiceAccount(
        client.core,
        { cluster, namespace, name },
        client.secrets,
      );
    },

    async createServiceAccountToken(request) {
      const { watcher, client } = connectedClient(watchers, request.cluster);
      const audience =
        request.audience ?? watcher.health().defaults.tokenAudience;
      const minted = await mintServiceAccountToken(
        client.core,
        { ...request, audience },
        client.secrets,
      );
      // Never the token itself: only who it was for.
      logger.info(
        `Minted a token for service account ${request.namespace}/${request.serviceAccountName} in cluster ` +
          `'${request.cluster}' (audience ${audience}, ${request.expirationSeconds} s)`,
      );
      return minted;
    },
  };
}

/** The watcher and client of a connected cluster; NotFound / ServiceUnavailable otherwise. */
function connectedClient(
  watchers: ReadonlyMap<string, ClusterWatcher>,
  cluster: string,
) {
  const watcher = watchers.get(cluster);
  if (!watcher) {
    throw new NotFoundError(`No cluster named '${cluster}'`);
  }
  const client = watcher.kubeClient;
  if (!client) {
    throw new ServiceUnavailableError(
      `Cluster '${cluster}' is not available: ${
        watcher.health().lastError ?? 'not connected yet'
      }`,
    );
  }
  return { watcher, client };
}
