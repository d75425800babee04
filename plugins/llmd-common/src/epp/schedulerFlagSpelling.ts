/** How a scheduler binary spells its command-line flags. */
export type SchedulerFlagSpelling = 'camelCase' | 'kebab-case';

/*
 * Flags of the EPP runner in each spelling. Only flags of the runner itself: `--zap-encoder` and the other zap flags
 * are kebab-case in every version, so they say nothing.
 * - camelCase: llm-d-inference-scheduler v0.2.0 (GIE v0.5.0, Go stdlib `flag`) — cmd/epp/runner/runner.go@G v0.5.0
 *   var block (`poolName`, `poolNamespace`, `grpcPort`, `grpcHealthPort`, `secureServing`, `certPath`, `configText`,
 *   `configFile`, `kvCacheUsagePercentageMetric`, ...).
 * - kebab-case: from llm-d-inference-scheduler v0.3.0 (GIE v1.0.0) on — cmd/epp/runner/runner.go@G v1.0.0 var block
 *   (l.100-101 for `config-file`, `config-text`); `pool-group` and `model-server-metrics-scheme` have no camelCase
 *   twin in G v0.5.0 at all (DIALECT-FACTS Part 2, "A mismatch in that template").
 */
const CAMEL_CASE_FLAGS: ReadonlySet<string> = new Set([
  'poolName',
  'poolNamespace',
  'grpcPort',
  'grpcHealthPort',
  'secureServing',
  'certPath',
  'configText',
  'configFile',
  'kvCacheUsagePercentageMetric',
]);

const KEBAB_CASE_FLAGS: ReadonlySet<string> = new Set([
  'pool-name',
  'pool-namespace',
  'pool-group',
  'grpc-port',
  'grpc-health-port',
  'secure-serving',
  'cert-path',
  'config-text',
  'config-file',
  'kv-cache-usage-percentage-metric',
  'model-server-metrics-scheme',
]);

/** The flag carrying the EndpointPickerConfig text in each spelling (runner.go@G v0.5.0 and @G v1.0.0). */
export const CONFIG_TEXT_FLAG_BY_SPELLING: Readonly<
  Record<SchedulerFlagSpelling, string>
> = {
  camelCase: '--configText',
  'kebab-case': '--config-text',
};

/** What the arguments of a scheduler container say about the binary's flag spelling. */
export interface SchedulerFlagEvidence {
  /** The spelling of the runner flags found; `mixed` when both occur (no version defines both). */
  readonly spelling: SchedulerFlagSpelling | 'mixed';
  /** The runner flags found, as written (e.g. `--pool-name`), in argument order. */
  readonly camelCase: readonly string[];
  readonly kebabCase: readonly string[];
}

/**
 * Reads the spelling of the EPP runner flags in a scheduler container's arguments; undefined when none of them
 * occurs (e.g. only `--zap-encoder`, or no arguments).
 */
export function schedulerFlagSpelling(
  args: readonly string[],
): SchedulerFlagEvidence | undefined {
  const camelCase: string[] = [];
  const kebabCase: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('-')) continue;
    const name = arg.replace(/^--?/, '').split('=')[0];
    if (CAMEL_CASE_FLAGS.has(name)) camelCase.push(`--${name}`);
    else if (KEBAB_CASE_FLAGS.has(name)) kebabCase.push(`--${name}`);
  }
  if (camelCase.length === 0 && kebabCase.length === 0) return undefined;
  let spelling: SchedulerFlagEvidence['spelling'] = 'mixed';
  if (kebabCase.length === 0) spelling = 'camelCase';
  else if (camelCase.length === 0) spelling = 'kebab-case';
  return { spelling, camelCase, kebabCase };
}
