import {
  type CatalogEntity,
  catalogEntityRefOf,
} from '@llmd/plugin-llmd-common';

/** What the catalog last received from the provider: entity ref → the entity as JSON. */
export type EmittedEntities = ReadonlyMap<string, string>;

/** The change from what was emitted to what should be in the catalog. */
export interface EntityDelta {
  /** New or changed entities. */
  readonly added: CatalogEntity[];
  /** Refs of entities no longer wanted. */
  readonly removed: string[];
  /** What has been emitted once the delta is applied. */
  readonly next: EmittedEntities;
}

/** The state after emitting exactly `entities` (a full mutation). */
export function emittedState(
  entities: readonly CatalogEntity[],
): EmittedEntities {
  return new Map(entities.map(e => [catalogEntityRefOf(e), JSON.stringify(e)]));
}

/**
 * Compares the desired entities with the emitted ones. The entity builders are deterministic (stable key order), so
 * equal JSON means an unchanged entity, which is left out: re-sending it would only make the catalog process it
 * again.
 */
export function entityDelta(
  emitted: EmittedEntities,
  desired: readonly CatalogEntity[],
): EntityDelta {
  const next = emittedState(desired);
  const added = desired.filter(e => {
    const ref = catalogEntityRefOf(e);
    return emitted.get(ref) !== next.get(ref);
  });
  const removed = [...emitted.keys()].filter(ref => !next.has(ref));
  return { added, removed, next };
}
