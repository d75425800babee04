import type { KindAccess } from '@llmd/plugin-llmd-common';
import type { KindReflector } from './KindReflector';
import type { ReflectorHooks, StoreChange } from './KindReflectorOptions';
import { kindAccessOf } from './kindAccessOf';
import type { AuxiliaryKind, KubeObject, WatchedKind } from './types';
import { qualifiedResourceName } from './watchedResources';

/**
 * The auxiliary kinds, in the order they are started; the CRDs first, so a kind that turns out not installed
 * can be retried as soon as its CRD appears.
 *
 * @public
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

/** Default pause before listing again an auxiliary kind the cluster does not serve or forbids. */
export const DEFAULT_UNAVAILABLE_KIND_RETRY_MS = 60_000;

/** Whether a kind is one of the {@link AUXILIARY_KINDS}. */
export function isAuxiliary(kind: WatchedKind): kind is AuxiliaryKind {
  return (AUXILIARY_KINDS as readonly WatchedKind[]).includes(kind);
}

/** Options of {@link AuxiliaryReflectors}. */
export interface AuxiliaryReflectorsOptions {
  /** Creates the (not started) reflector of a kind, wired to the given hooks. */
  createReflector(kind: AuxiliaryKind, hooks: ReflectorHooks): KindReflector;
  onChange(kind: AuxiliaryKind, change: StoreChange, object: KubeObject): void;
  onStateChange(): void;
}

/**
 * The reflectors of the auxiliary kinds of one cluster. A cluster may not serve them (no CRD: 404) or may forbid
 * them (403); their reflectors then retry slowly, and a kind not installed is retried at once when the watch of
 * CustomResourceDefinitions reports its CRD serving the watched version.
 */
export class AuxiliaryReflectors {
  private readonly entries = new Map<AuxiliaryKind, KindReflector>();

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
    for (const reflector of this.entries.values()) {
      reflector.start();
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.entries.values()].map(r => r.stop()));
  }

  reflectors(): KindReflector[] {
    return [...this.entries.values()];
  }

  reflector(kind: AuxiliaryKind): KindReflector | undefined {
    return this.entries.get(kind);
  }

  /** Whether each kind could be read. */
  accessAll(): Partial<Record<AuxiliaryKind, KindAccess>> {
    return Object.fromEntries(
      [...this.entries].map(([kind, reflector]) => [
        kind,
        kindAccessOf(reflector.state, reflector.resource),
      ]),
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
    for (const reflector of this.entries.values()) {
      const { resource } = reflector;
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
