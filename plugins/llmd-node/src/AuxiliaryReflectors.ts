import type { KindAccess } from '@llmd/plugin-llmd-common';
import type { KindReflector, StoreChange } from './KindReflector';
import { kindAccessOf } from './kindAccessOf';
import type { AuxiliaryKind, KubeObject } from './types';
import {
  qualifiedResourceName,
  type WatchedResource,
} from './watchedResources';

/**
 * The auxiliary kinds, in the order they are started; the CRDs first, so a kind that turns out not installed
 * can be retried as soon as its CRD appears.
 */
export const AUXILIARY_KINDS: readonly AuxiliaryKind[] = [
  'CustomResourceDefinition',
  'Namespace',
  'GatewayClass',
  'HTTPRoute',
  'InferencePool',
  'InferencePoolV1alpha2',
  'AuthPolicy',
];

/** Options of {@link AuxiliaryReflectors}. */
export interface AuxiliaryReflectorsOptions {
  /** Creates the (not started) reflector of a kind, wired to the given hooks. */
  createReflector(
    kind: AuxiliaryKind,
    hooks: {
      onChange(change: StoreChange, object: KubeObject): void;
      onListed(): void;
      onStateChange(): void;
    },
  ): { reflector: KindReflector; resource: WatchedResource };
  onChange(kind: AuxiliaryKind, change: StoreChange, object: KubeObject): void;
  onStateChange(): void;
}

/**
 * The reflectors of the auxiliary kinds of one cluster. A cluster may not serve them (no CRD: 404) or may forbid
 * them (403); their reflectors then retry slowly, and a kind not installed is retried at once when the watch of
 * CustomResourceDefinitions reports its CRD serving the watched version.
 */
export class AuxiliaryReflectors {
  private readonly entries = new Map<
    AuxiliaryKind,
    { reflector: KindReflector; resource: WatchedResource }
  >();

  constructor(private readonly options: AuxiliaryReflectorsOptions) {
    for (const kind of AUXILIARY_KINDS) {
      this.entries.set(
        kind,
        options.createReflector(kind, {
          onChange: (change, object) => this.onChange(kind, change, object),
          onListed: () => {},
          onStateChange: () => options.onStateChange(),
        }),
      );
    }
  }

  start(): void {
    for (const { reflector } of this.entries.values()) {
      reflector.start();
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.entries.values()].map(e => e.reflector.stop()));
  }

  reflectors(): KindReflector[] {
    return [...this.entries.values()].map(e => e.reflector);
  }

  list(kind: AuxiliaryKind, namespace?: string): KubeObject[] {
    return this.entries.get(kind)?.reflector.list(namespace) ?? [];
  }

  get(
    kind: AuxiliaryKind,
    namespace: string,
    name: string,
  ): KubeObject | undefined {
    return this.entries.get(kind)?.reflector.get(namespace, name);
  }

  size(kind: AuxiliaryKind): number {
    return this.entries.get(kind)?.reflector.size ?? 0;
  }

  access(kind: AuxiliaryKind): KindAccess {
    const entry = this.entries.get(kind);
    return entry
      ? kindAccessOf(entry.reflector.state, entry.resource)
      : { state: 'pending' };
  }

  accessAll(): Partial<Record<AuxiliaryKind, KindAccess>> {
    return Object.fromEntries(
      AUXILIARY_KINDS.map(kind => [kind, this.access(kind)]),
    );
  }

  private onChange(
    kind: AuxiliaryKind,
    change: StoreChange,
    object: KubeObject,
  ): void {
    this.options.onChange(kind, change, object);
    if (kind === 'CustomResourceDefinition' && change !== 'deleted') {
      this.retryServedBy(object);
    }
  }

  /** Wakes the reflector of a kind not installed so far that this CRD now serves. */
  private retryServedBy(crd: KubeObject): void {
    const versions = (crd.spec as { versions?: unknown } | undefined)?.versions;
    for (const { reflector, resource } of this.entries.values()) {
      const served =
        crd.metadata.name === qualifiedResourceName(resource) &&
        Array.isArray(versions) &&
        versions.some(v => v?.name === resource.version && v?.served !== false);
      if (served && reflector.state.lastStatus === 404) {
        reflector.retryNow();
      }
    }
  }
}
