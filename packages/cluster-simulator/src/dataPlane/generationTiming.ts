/** How fast the simulated model generates. */
export interface GenerationTiming {
  /** Time to the first token. */
  firstTokenMs: number;
  /** Time between two tokens. */
  interTokenMs: number;
}

/** Fast enough for tests, slow enough that latency metrics have something to show. */
export const DEFAULT_GENERATION_TIMING: GenerationTiming = {
  firstTokenMs: 10,
  interTokenMs: 2,
};

/** Waits `ms` milliseconds (not at all for 0). */
export function generationDelay(ms: number): Promise<void> {
  return ms > 0
    ? new Promise(resolve => setTimeout(resolve, ms))
    : Promise.resolve();
}
