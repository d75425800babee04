import type { EppDialectId } from '../epp/eppDialects';
import type { KubeObjectLike } from '../kube/kubeObject';

/**
 * What the evaluation may know besides the objects (all optional).
 *
 * @public
 */
export interface PolicyContext {
  /**
   * Dialect of the scheduler that loads the models' EPP configs (the cluster's `eppDialect`, the render target's
   * in the scaffolder, `--epp-dialect` in the CLI). Without it, or for a model with its own scheduler image, the
   * dialect is detected from the config.
   */
  readonly eppDialect?: EppDialectId;
  /**
   * Set when `eppDialect` is only a lower bound or a guess (detected from the flag spelling, or assumed), so the real
   * scheduler may be newer: the EPP configs are still linted with it, but a model without any EPP config is not
   * denied as unable to start (a newer scheduler runs its built-in default).
   */
  readonly eppDialectUncertain?: boolean;
  /**
   * Owners of tenant namespaces known from elsewhere, e.g. `llmd.catalog.owners`. Namespaces among the evaluated
   * objects that carry `backstage.io/owner` count too (and win).
   */
  readonly namespaceOwners?: Readonly<Record<string, string>>;
  /**
   * The EPP config a model runs with when it does not carry the text itself (a ConfigMap, a base config, the
   * controller's preset), with the field that points there. The backend resolves it from its cluster cache; without
   * it, the EPP rules check only configs written in the model.
   */
  readonly resolveEppConfig?: (
    llmisvc: KubeObjectLike,
  ) => ResolvedEppConfigText | undefined;
}

/**
 * An EPP config text found outside the model, and the model's field that leads to it.
 *
 * @public
 */
export interface ResolvedEppConfigText {
  readonly text: string;
  /** Field path in the model, e.g. `spec.router.scheduler.config.ref`. */
  readonly path: string;
}
