import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterCacheTuning } from './clusterConfig';
import type { KubeClient } from './kubeClientFor';
import type { KubeObject } from './types';
import type { WatchedResource } from './watchedResources';

/** A change a reflector applied to its store. */
export type StoreChange = 'added' | 'modified' | 'deleted';

/** Options of `KindReflector`. */
export interface KindReflectorOptions {
  readonly client: KubeClient;
  readonly resource: WatchedResource;
  readonly tuning: ClusterCacheTuning;
  readonly logger: LoggerService;
  /** A change applied to the store (from a watch event or a relist). */
  onChange(change: StoreChange, object: KubeObject): void;
  /** A complete list has replaced the store (called after its changes). */
  onListed(): void;
  /** `listed`, `attempted`, `watching`, `failing` or `lastError` changed. */
  onStateChange(): void;
  /** Source of randomness for backoff and watch timeouts (tests). */
  readonly random?: () => number;
  /**
   * For kinds a cluster may lack or forbid: after a list fails with 403 or 404, retry after about this long
   * (±25 %) instead of backing off quickly, and empty the store on 404 (the kind is no longer served).
   */
  readonly unavailableRetryMs?: number;
}

/** The callbacks of a reflector, given by whoever owns it. */
export type ReflectorHooks = Pick<
  KindReflectorOptions,
  'onChange' | 'onListed' | 'onStateChange'
>;
