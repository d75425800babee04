/** Sizes of one `npm run load` run. */
export interface LoadOptions {
  /** Arrival rate over all routes, requests per second. */
  rate: number;
  durationS: number;
  /** Keep-alive sockets to the backend, shared by every route (requests beyond them wait, and that counts). */
  connections: number;
  clusters: number;
  models: number;
  /** Added latency of every simulated API-server request (the token route calls the API server). */
  latencyMs: number;
}

/** The issue's load: 200 req/s for 60 s on a 20 × 500 fleet. */
const DEFAULT_LOAD_OPTIONS: LoadOptions = {
  rate: 200,
  durationS: 60,
  connections: 20,
  clusters: 20,
  models: 500,
  latencyMs: 5,
};

const FLAGS: Record<string, keyof LoadOptions> = {
  '--rate': 'rate',
  '--duration': 'durationS',
  '--connections': 'connections',
  '--clusters': 'clusters',
  '--models': 'models',
  '--latency-ms': 'latencyMs',
};

/** Bounds that keep a mistyped flag from running for hours or opening thousands of sockets. */
const LIMITS: Record<keyof LoadOptions, [number, number]> = {
  rate: [1, 5000],
  durationS: [1, 3600],
  connections: [1, 500],
  clusters: [1, 100],
  models: [1, 1000],
  latencyMs: [0, 1000],
};

/** Parses `--rate N --duration S --connections N --clusters N --models N --latency-ms N`. */
export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  const options: LoadOptions = { ...DEFAULT_LOAD_OPTIONS };
  for (let i = 0; i < argv.length; i += 2) {
    const key = FLAGS[argv[i]];
    const value = Number(argv[i + 1]);
    const [min, max] = key ? LIMITS[key] : [0, 0];
    if (!key || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(
        `bad argument ${argv[i]} ${
          argv[i + 1] ?? ''
        }: expected one of ${Object.keys(FLAGS).join(
          ', ',
        )} with a whole number${key ? ` from ${min} to ${max}` : ''}`,
      );
    }
    options[key] = value;
  }
  return options;
}
