import type { PluginTypeSpec } from '../eppDialect';

/** Changes from one EPP version's plugin registry to the next. */
export interface PluginTableChanges {
  /** Types no longer registered. */
  readonly remove?: readonly string[];
  /** Types added, or replaced wholesale. */
  readonly set?: Readonly<Record<string, PluginTypeSpec>>;
}

/**
 * Derives a dialect's plugin table from its predecessor, so each dialect file states only what changed (the table
 * stays data: the result is a plain record).
 */
export function derivePluginTable(
  base: Readonly<Record<string, PluginTypeSpec>>,
  changes: PluginTableChanges,
): Readonly<Record<string, PluginTypeSpec>> {
  const table: Record<string, PluginTypeSpec> = { ...base };
  for (const type of changes.remove ?? []) {
    delete table[type];
  }
  return Object.freeze({ ...table, ...changes.set });
}
