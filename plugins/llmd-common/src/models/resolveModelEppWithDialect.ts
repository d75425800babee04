import type { ModelEppConfig, SchedulerEppDialect } from '../api';
import type { KubeObjectLike } from '../kube/kubeObject';
import {
  detectClusterEppDialect,
  detectModelEppDialect,
} from './detectSchedulerEppDialect';
import {
  resolveModelEppConfig,
  type ResolveModelEppConfigOptions,
} from './resolveModelEppConfig';

/**
 * Options of {@link resolveModelEppWithDialect}.
 *
 * @public
 */
export interface ResolveModelEppWithDialectOptions
  extends ResolveModelEppConfigOptions {
  /**
   * The cluster's scheduler dialect with its evidence (read once per cluster); when absent it is detected from
   * `lookup`, with `clusterDialect` as the configured one.
   */
  readonly clusterEppDialect?: SchedulerEppDialect;
}

/**
 * A model's EPP config, linted and described with the dialect of the model's scheduler — its own scheduler override
 * when that names a version, else the cluster's — and that dialect with its evidence. A dialect the model's own
 * override decided wins over what the config text looks like.
 *
 * @public
 */
export function resolveModelEppWithDialect(
  llmisvc: KubeObjectLike,
  options: ResolveModelEppWithDialectOptions,
): { epp: ModelEppConfig; eppDialect: SchedulerEppDialect } {
  const cluster =
    options.clusterEppDialect ??
    detectClusterEppDialect({
      lookup: options.lookup,
      systemNamespaces: options.systemNamespaces,
      configured: options.clusterDialect,
    });
  const eppDialect = detectModelEppDialect(llmisvc, {
    lookup: options.lookup,
    systemNamespaces: options.systemNamespaces,
    cluster,
  });
  const ownDecided =
    eppDialect !== cluster && eppDialect.scheduler !== cluster.scheduler;
  const epp = resolveModelEppConfig(llmisvc, {
    ...options,
    clusterDialect: eppDialect.id,
    schedulerDialectKnown: ownDecided,
  });
  return { epp, eppDialect };
}
