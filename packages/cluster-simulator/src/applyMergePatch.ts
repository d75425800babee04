/**
 * Applies a JSON merge patch (RFC 7386): objects merge recursively, `null` deletes, anything else replaces.
 * Strategic merge patches are applied this way too, which differs only for lists with merge keys (such as
 * containers by name): the simulator replaces those lists.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) {
    return structuredClone(patch);
  }
  const result: Record<string, unknown> = isPlainObject(target)
    ? { ...target }
    : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = applyMergePatch(result[key], value);
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
