/** Sizes of one benchmark run. */
export interface BenchOptions {
  clusters: number;
  models: number;
  latencyMs: number;
  tls: boolean;
  /** Page views measured against the llmd backend. */
  pageViews: number;
  /** Page views measured against the stock Kubernetes backend (each fans out to every cluster). */
  stockPageViews: number;
  /** Model changes whose change→cache latency is measured (change→fleet view: at most 50 of them). */
  changes: number;
  /** Requests per fleet-page measurement (each also bounded to 30 s). */
  fleetViews: number;
  /**
   * Models per cluster that no other cluster runs (`solo-c<cluster>-<k>`): the model page's realistic case, measured
   * beside the repeated models that answer for every cluster.
   */
  soloModels: number;
  /** Measure the metrics routes against a real Prometheus (`--no-metrics` turns it off). */
  metrics: boolean;
}

/** The benchmark: 20 clusters × 500 models, 5 ms API latency, HTTPS. */
const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  clusters: 20,
  models: 500,
  latencyMs: 5,
  tls: true,
  pageViews: 1000,
  stockPageViews: 100,
  changes: 100,
  fleetViews: 200,
  soloModels: 3,
  metrics: true,
};

const FLAGS: Record<string, keyof BenchOptions> = {
  '--clusters': 'clusters',
  '--models': 'models',
  '--latency-ms': 'latencyMs',
  '--page-views': 'pageViews',
  '--stock-page-views': 'stockPageViews',
  '--changes': 'changes',
  '--fleet-views': 'fleetViews',
  '--solo-models': 'soloModels',
};

const SWITCHES: Record<string, Partial<BenchOptions>> = {
  '--no-tls': { tls: false },
  '--no-metrics': { metrics: false },
};

/**
 * Parses `--clusters N --models N --latency-ms N --page-views N --stock-page-views N --changes N --fleet-views N
 * --solo-models N [--no-tls] [--no-metrics]`.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const switched = SWITCHES[argv[i]];
    if (switched) {
      Object.assign(options, switched);
      continue;
    }
    const key = FLAGS[argv[i]];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value < 0) {
      throw new Error(
        `bad argument ${argv[i]} ${
          argv[i + 1] ?? ''
        }: expected one of ${Object.keys(FLAGS).join(
          ', ',
        )} with a whole number, or ${Object.keys(SWITCHES).join(', ')}`,
      );
    }
    (options as unknown as Record<string, number>)[key] = value;
    i += 1;
  }
  return options;
}
