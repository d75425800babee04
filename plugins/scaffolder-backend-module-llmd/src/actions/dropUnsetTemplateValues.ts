/**
 * Removes object properties whose value is `""` or `null`, at any depth. A template maps optional form fields and
 * sections onto the input with expressions like `${{ parameters.maxModelLen }}` or `${{ {...} if parameters.pd }}`;
 * when the field is empty or the condition false these render as `""`, which means "not set". No llm-d input field
 * accepts an empty string, so nothing meaningful is lost. Array items are kept as they are.
 */
export function dropUnsetTemplateValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUnsetTemplateValues);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && v !== null)
      .map(([k, v]) => [k, dropUnsetTemplateValues(v)]),
  );
}
