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
  /** Model changes whose change→cache latency is measured. */
  changes: number;
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
};

const FLAGS: Record<string, keyof BenchOptions> = {
  '--clusters': 'clusters',
  '--models': 'models',
  '--latency-ms': 'latencyMs',
  '--page-views': 'pageViews',
  '--stock-page-views': 'stockPageViews',
  '--changes': 'changes',
};

/** Parses `--clusters N --models N --latency-ms N --page-views N --stock-page-views N --changes N [--no-tls]`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-tls') {
      options.tls = false;
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
        )} with a whole number, or --no-tls`,
      );
    }
    (options as unknown as Record<string, number>)[key] = value;
    i += 1;
  }
  return options;
}
