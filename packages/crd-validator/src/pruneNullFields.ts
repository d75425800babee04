/**
 * Returns a copy of `value` without object fields whose value is `null`.
 *
 * Why: the API server prunes null fields that are not `nullable` (or replaces them with their
 * default) before validating, so `spec:` with nothing after it is accepted by
 * `kubectl apply --validate=strict`; upstream samples rely on that. Pruning first and then
 * validating reproduces it, including the "required field missing" error when a required field
 * is null. Nulls inside arrays are kept, so the schema's `nullable` still decides about those.
 * (Nulls of nullable object fields are dropped too: harmless unless such a field is also required.)
 *
 * @public
 */
export function pruneNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneNullFields);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) out[key] = pruneNullFields(child);
  }
  return out;
}
