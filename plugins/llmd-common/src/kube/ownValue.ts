/**
 * The value a table holds under a key it has itself, never one inherited from `Object.prototype`. Keys read from
 * YAML, manifests or requests index tables of plain objects all over the toolkit; `table[key]` would answer
 * `constructor`, `toString`, `__proto__` or `hasOwnProperty` with a function or a prototype, so an unknown key passed
 * for a known one (and an unknown field went unreported).
 */
export function ownValue<T>(
  table: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return table !== undefined && Object.hasOwn(table, key)
    ? table[key]
    : undefined;
}
