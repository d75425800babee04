/**
 * A PromQL string literal (double-quoted, escaped).
 *
 * @public
 */
export function promString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;
}

/**
 * A series selector: the metric name with the non-empty matcher lists (`a="x",b!="y"`) inside braces.
 *
 * @public
 */
export function seriesSelector(
  name: string,
  ...matchers: readonly string[]
): string {
  const all = matchers.filter(m => m !== '').join(',');
  return all === '' ? name : `${name}{${all}}`;
}
