import type { MetricsRange } from '@llmd/plugin-llmd-common';

const RANGE_SECONDS: Readonly<Record<MetricsRange, number>> = {
  '15m': 15 * 60,
  '1h': 60 * 60,
  '6h': 6 * 60 * 60,
  '24h': 24 * 60 * 60,
};

/**
 * The time axis of every chart of a response, `[from, to]` in unix seconds: the whole range up to the evaluation,
 * so all panels line up and a model that started serving ten minutes ago shows as such.
 */
export function chartWindow(
  range: MetricsRange,
  evaluatedAt: number,
): readonly [number, number] {
  return [evaluatedAt - RANGE_SECONDS[range], evaluatedAt];
}
