/**
 * Reads `GET /models?limit=<limit>` until it answers 200: while the fleet view's build is more than a read waits
 * for (15 s), the route answers 503 with `Retry-After`. Bounded by `timeoutMs`; fails on any other answer.
 * Resolves with the number of 503 answers.
 */
export async function waitForFleetView(
  base: string,
  headers: Record<string, string>,
  timeoutMs: number,
  limit = 50,
): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (let unavailable = 0; ; unavailable++) {
    const response = await fetch(`${base}/models?limit=${limit}`, { headers });
    const body = await response.text();
    if (response.ok) return unavailable;
    if (response.status !== 503 || Date.now() >= until) {
      throw new Error(
        `the fleet view answered ${response.status}: ${body.slice(0, 300)}`,
      );
    }
  }
}
