import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  deriveModelEndpoints,
  isAuthEnabled,
  MIN_TOKEN_TTL_SECONDS,
  type ModelProbeResult,
  primaryModelEndpoint,
  type ProbeRequestResult,
} from '@llmd/plugin-llmd-common';
import {
  type ClusterProbeConfig,
  DEFAULT_CLUSTER_PROBE_CONFIG,
  type LlmdClusterCache,
  modelsListUrl,
  probeModelEndpoint,
} from '@llmd/plugin-llmd-node';
import pLimit from 'p-limit';
import { mintModelToken } from '../service/mintModelToken';

/** How long a probe result is shown without probing again. */
const RESULT_TTL_MS = 30_000;

/** A model on a cluster. */
export interface ProbedModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
}

/** Dependencies of {@link ModelProber}. */
export interface ModelProberOptions {
  readonly cache: LlmdClusterCache;
  /** `llmd.clusters[].probe` by cluster name; a cluster not in it is not probed. */
  readonly probeConfigs: ReadonlyMap<string, ClusterProbeConfig>;
  /** Clock of the result cache (tests). */
  readonly now?: () => number;
}

/**
 * Active probes of model endpoints (`GET <endpoint>/v1/models`), for the clusters whose `probe.enabled` is true:
 * without a token, then — when auth is on — with a freshly minted one for the model's client ServiceAccount. One
 * probe per model at a time (concurrent callers share it), at most `probe.concurrency` models per cluster at once;
 * results are kept 30 s for the read routes, which never probe.
 */
export class ModelProber {
  private readonly results = new Map<
    string,
    { at: number; result: ModelProbeResult }
  >();
  private readonly inFlight = new Map<string, Promise<ModelProbeResult>>();
  private readonly limits = new Map<string, pLimit.Limit>();
  private resultListeners: ((model: ProbedModel) => void)[] = [];
  private readonly now: () => number;

  constructor(private readonly options: ModelProberOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether `llmd.clusters[].probe.enabled` is true for the cluster. */
  enabled(cluster: string): boolean {
    return this.configOf(cluster).enabled;
  }

  /** The last result of the model when it is less than 30 s old. */
  cached(model: ProbedModel): ModelProbeResult | undefined {
    const key = keyOf(model);
    const entry = this.results.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at >= RESULT_TTL_MS) {
      this.results.delete(key);
      return undefined;
    }
    return entry.result;
  }

  /** Calls `listener` whenever a probe of a model finishes (the fleet view re-evaluates its verdict). */
  onResult(listener: (model: ProbedModel) => void): () => void {
    this.resultListeners = [...this.resultListeners, listener];
    return () => {
      this.resultListeners = this.resultListeners.filter(l => l !== listener);
    };
  }

  /**
   * Probes the model now, or joins the probe of it already running.
   *
   * @throws NotFoundError for an unknown cluster or model; ConflictError when probing is off for the cluster or
   * the model has no URL
   */
  probe(model: ProbedModel): Promise<ModelProbeResult> {
    const key = keyOf(model);
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = this.probeOnce(model)
      .then(result => {
        this.dropExpired();
        this.results.set(key, { at: this.now(), result });
        for (const listener of this.resultListeners) listener(model);
        return result;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  private async probeOnce(model: ProbedModel): Promise<ModelProbeResult> {
    const { cluster, namespace, name } = model;
    if (!this.options.cache.getCluster(cluster)) {
      throw new NotFoundError(`No cluster named ${cluster}`);
    }
    const config = this.configOf(cluster);
    if (!config.enabled) {
      throw new ConflictError(
        `Probing is not enabled for cluster ${cluster}: set llmd.clusters[].probe.enabled: true for it in app-config`,
      );
    }
    const object = this.options.cache.get(
      cluster,
      'LLMInferenceService',
      namespace,
      name,
    )?.object;
    if (!object) {
      throw new NotFoundError(
        `No model service ${namespace}/${name} on cluster ${cluster}`,
      );
    }
    const endpoint = primaryModelEndpoint(
      deriveModelEndpoints(object, {
        gateways: this.options.cache
          .list('Gateway', { cluster })
          .map(c => c.object),
      }),
    );
    if (!endpoint) {
      throw new ConflictError(
        `${namespace}/${name} on cluster ${cluster} has no URL to probe: see the url step of its diagnosis`,
      );
    }
    return this.limitOf(
      cluster,
      config,
    )(() =>
      this.requestBoth(model, endpoint.baseUrl, config, isAuthEnabled(object)),
    );
  }

  /** The anonymous request, then the authenticated one with a token minted for it and dropped right after. */
  private async requestBoth(
    model: ProbedModel,
    url: string,
    config: ClusterProbeConfig,
    authEnabled: boolean,
  ): Promise<ModelProbeResult> {
    const request = {
      url,
      timeoutMs: config.timeoutMs,
      ...(config.caData !== undefined && { ca: config.caData }),
      skipTLSVerify: config.skipTLSVerify,
    };
    const probedAt = new Date(this.now()).toISOString();
    const anonymous = await probeModelEndpoint(request);
    const authenticated = authEnabled
      ? await this.authenticatedRequest(model, request)
      : undefined;
    return {
      url: modelsListUrl(url),
      probedAt,
      anonymous,
      ...(authenticated && { authenticated }),
    };
  }

  /** Undefined when no token could be minted (the diagnosis then warns that only the anonymous request ran). */
  private async authenticatedRequest(
    model: ProbedModel,
    request: Parameters<typeof probeModelEndpoint>[0],
  ): Promise<ProbeRequestResult | undefined> {
    let token: string;
    try {
      // The issue asks for a 60-second token, but TokenRequest refuses lifetimes under 600 s on real API
      // servers (expirationSeconds minimum): the shortest one allowed, used once and dropped.
      ({ token } = await mintModelToken(this.options.cache, {
        ...model,
        ttlSeconds: MIN_TOKEN_TTL_SECONDS,
      }));
    } catch {
      return undefined;
    }
    return probeModelEndpoint({ ...request, token });
  }

  /** Keeps the result cache as small as the models probed in the last 30 s. */
  private dropExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.results) {
      if (now - entry.at >= RESULT_TTL_MS) this.results.delete(key);
    }
  }

  private configOf(cluster: string): ClusterProbeConfig {
    return (
      this.options.probeConfigs.get(cluster) ?? DEFAULT_CLUSTER_PROBE_CONFIG
    );
  }

  private limitOf(cluster: string, config: ClusterProbeConfig): pLimit.Limit {
    let limit = this.limits.get(cluster);
    if (!limit) {
      limit = pLimit(config.concurrency);
      this.limits.set(cluster, limit);
    }
    return limit;
  }
}

function keyOf({ cluster, namespace, name }: ProbedModel): string {
  return `${cluster}\u0000${namespace}\u0000${name}`;
}
