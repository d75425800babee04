import type {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/** Test-only: a catalog connection that records mutations and keeps the provider's entities like the catalog does. */
export class RecordingConnection implements EntityProviderConnection {
  readonly mutations: EntityProviderMutation[] = [];
  /** The provider's entities in the "catalog": ref → entity. */
  readonly entities = new Map<string, unknown>();
  /** When set, the next mutation fails with it. */
  failNext?: Error;

  async applyMutation(mutation: EntityProviderMutation): Promise<void> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
    this.mutations.push(mutation);
    const refOf = (e: {
      entity: { kind: string; metadata: { namespace?: string; name: string } };
    }) =>
      `${e.entity.kind}:${e.entity.metadata.namespace}/${e.entity.metadata.name}`.toLowerCase();
    if (mutation.type === 'full') {
      this.entities.clear();
      for (const e of mutation.entities) this.entities.set(refOf(e), e.entity);
      return;
    }
    for (const e of mutation.added) this.entities.set(refOf(e), e.entity);
    for (const r of mutation.removed) {
      this.entities.delete('entityRef' in r ? r.entityRef : refOf(r));
    }
  }

  async refresh(): Promise<void> {}

  /** The refs in the "catalog", sorted. */
  refs(): string[] {
    return [...this.entities.keys()].sort();
  }
}
