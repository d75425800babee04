/** Whether the actual output matches the documented one, where a documented line `...` matches any lines. */
export function matchesDocumented(actual: string, expected: string): boolean {
  const want = expected.split('\n');
  const got = actual.replace(/\n$/, '').split('\n');
  const match = (w: number, g: number): boolean => {
    if (w === want.length) return g === got.length;
    if (want[w] === '...') {
      for (let k = g; k <= got.length; k++) if (match(w + 1, k)) return true;
      return false;
    }
    return g < got.length && got[g] === want[w] && match(w + 1, g + 1);
  };
  return match(0, 0);
}
