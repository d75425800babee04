import type { LoggerService } from '@backstage/backend-plugin-api';
import type { KindReflector } from './KindReflector';
import type { ReflectorHooks, StoreChange } from './KindReflectorOptions';
import type { ConfigMapRef } from './schedulerConfigMapRef';
import type { KubeObject } from './types';

/** Creates the ConfigMap reflector of one namespace, wired to the given hooks (not started). */
export type NamespaceReflectorFactory = (
  namespace: string,
  hooks: ReflectorHooks,
) => KindReflector;

/** Options of {@link ReferencedConfigMaps}. */
export interface ReferencedConfigMapsOptions {
  readonly createReflector: NamespaceReflectorFactory;
  readonly logger: LoggerService;
  /** A change of a referenced ConfigMap, as the cache sees it. */
  onChange(change: StoreChange, object: KubeObject): void;
  onStateChange(): void;
}

/**
 * The ConfigMaps EPP scheduler configs point at, and only those.
 *
 * ConfigMaps are not labelled and field selectors cannot OR names, so this watches the ConfigMaps of each
 * *namespace* that holds at least one reference (one list+watch per such namespace, started on the first
 * reference and stopped after the last) and exposes only the referenced names. With 500 models a cluster has one
 * watch per tenant namespace that uses config refs, not one per model, and no cluster-wide ConfigMap traffic (a
 * cluster-wide watch would also carry every leader-election and operator ConfigMap). The price: unreferenced
 * ConfigMaps of those namespaces are held in memory (unexposed) so a new reference resolves without a new list.
 *
 * When a reference disappears (its model was deleted or changed), the ConfigMap leaves the cache and is reported
 * `deleted`; that only ever follows a real change of a model, never a failing cluster.
 */
export class ReferencedConfigMaps {
  /** owner key → referenced `<namespace>/<name>` */
  private readonly owners = new Map<string, string>();
  /** `<namespace>/<name>` → number of owners referencing it */
  private readonly refCounts = new Map<string, number>();
  /** namespace → its reflector */
  private readonly reflectors = new Map<string, KindReflector>();
  private readonly stopping = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly options: ReferencedConfigMapsOptions) {}

  /** Records the reference of an owner (an LLMInferenceService or LLMInferenceServiceConfig); undefined drops it. */
  setReference(ownerKey: string, ref: ConfigMapRef | undefined): void {
    const before = this.owners.get(ownerKey);
    const after = ref ? `${ref.namespace}/${ref.name}` : undefined;
    if (before === after) {
      return;
    }
    if (after) {
      this.owners.set(ownerKey, after);
      // Count the new reference first, so moving between names of one namespace keeps its watch running.
      this.increment(after);
    } else {
      this.owners.delete(ownerKey);
    }
    if (before) {
      this.decrement(before);
    }
  }

  isReferenced(namespace: string, name: string): boolean {
    return this.refCounts.has(`${namespace}/${name}`);
  }

  get(namespace: string, name: string): KubeObject | undefined {
    if (!this.isReferenced(namespace, name)) {
      return undefined;
    }
    return this.reflectors.get(namespace)?.get(namespace, name);
  }

  list(namespace?: string): KubeObject[] {
    const result: KubeObject[] = [];
    for (const [ns, reflector] of this.reflectors) {
      if (namespace === undefined || namespace === ns) {
        for (const object of reflector.list()) {
          if (this.isReferenced(ns, object.metadata.name)) {
            result.push(object);
          }
        }
      }
    }
    return result;
  }

  count(): number {
    return this.list().length;
  }

  /** The running namespace reflectors (for health). */
  allReflectors(): KindReflector[] {
    return [...this.reflectors.values()];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const reflectors = [...this.reflectors.values()];
    this.reflectors.clear();
    await Promise.all([...reflectors.map(r => r.stop()), ...this.stopping]);
  }

  private increment(key: string): void {
    const count = this.refCounts.get(key) ?? 0;
    this.refCounts.set(key, count + 1);
    if (count > 0) {
      return;
    }
    const [namespace, name] = splitKey(key);
    const reflector = this.reflectors.get(namespace);
    if (!reflector) {
      this.startNamespace(namespace);
      return;
    }
    const cached = reflector.get(namespace, name);
    if (cached) {
      this.options.onChange('added', cached);
    }
  }

  private decrement(key: string): void {
    const count = this.refCounts.get(key) ?? 0;
    if (count > 1) {
      this.refCounts.set(key, count - 1);
      return;
    }
    this.refCounts.delete(key);
    const [namespace, name] = splitKey(key);
    const reflector = this.reflectors.get(namespace);
    const cached = reflector?.get(namespace, name);
    if (cached) {
      this.options.onChange('deleted', cached);
    }
    const stillUsed = [...this.refCounts.keys()].some(
      k => splitKey(k)[0] === namespace,
    );
    if (reflector && !stillUsed) {
      this.reflectors.delete(namespace);
      const done = reflector.stop().finally(() => this.stopping.delete(done));
      this.stopping.add(done);
      this.options.logger.debug(
        `Cluster cache: stopped watching ConfigMaps in ${namespace} (no references left)`,
      );
      this.options.onStateChange();
    }
  }

  private startNamespace(namespace: string): void {
    if (this.stopped) {
      return;
    }
    const reflector = this.options.createReflector(namespace, {
      onChange: (change, object) => {
        if (
          this.reflectors.get(namespace) === reflector &&
          this.isReferenced(namespace, object.metadata.name)
        ) {
          this.options.onChange(change, object);
        }
      },
      onListed: () => {},
      onStateChange: () => this.options.onStateChange(),
    });
    this.reflectors.set(namespace, reflector);
    reflector.start();
    this.options.logger.debug(
      `Cluster cache: watching ConfigMaps in ${namespace} for scheduler config references`,
    );
    this.options.onStateChange();
  }
}

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}
