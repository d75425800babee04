// The Prometheus configuration that scrapes the cluster simulator's "pod network" (issue #19): its http_sd
// endpoint `<podNetworkUrl>/targets` lists every simulated vLLM and EPP pod with OpenShift-AI-style target labels.
// Dependency-free ESM: `npm start` (scripts/startPrometheus.mjs) and the tests (@internal/test-support) share it.

/**
 * How the scraped series are named, as OpenShift AI's monitors do it:
 * - `raw`: the names the pods emit (`vllm:...`), like the `-default` PodMonitors (ODH since 2026-04);
 * - `kserve`: every name prefixed `kserve_` by a metric relabel rule (release-v0.15 emits only these);
 * - `both`: one job of each, as the two PodMonitors side by side produce.
 * @typedef {'raw' | 'kserve' | 'both'} PrometheusNaming
 */

/**
 * One scrape job of prometheus.yml.
 * @typedef {{ job_name: string, http_sd_configs: { url: string, refresh_interval: string }[],
 *   metric_relabel_configs?: object[] }} PrometheusScrapeJob
 */

/**
 * prometheus.yml as data.
 * @typedef {{ global: { scrape_interval: string, scrape_timeout: string, evaluation_interval: string },
 *   scrape_configs: PrometheusScrapeJob[] }} PrometheusConfig
 */

/** The naming values, for argument checks. */
export const PROMETHEUS_NAMINGS = ['raw', 'kserve', 'both'];

/** OpenShift AI's rule: the PodMonitor without `-default` renames `__name__` to `kserve_$1`. */
const KSERVE_PREFIX_RULE = {
  source_labels: ['__name__'],
  regex: '(.*)',
  target_label: '__name__',
  replacement: 'kserve_$1',
};

/**
 * The configuration object (prometheus.yml as data).
 * @param {{ httpSdUrl: string, naming: PrometheusNaming, scrapeIntervalSeconds: number, refreshIntervalSeconds?: number }} options
 *   `httpSdUrl` is the simulator's `<podNetworkUrl>/targets`; `refreshIntervalSeconds` (default twice the scrape
 *   interval) is how often the target list is fetched again, so new pods are scraped soon after they appear.
 * @returns {PrometheusConfig}
 */
export function prometheusScrapeConfig({
  httpSdUrl,
  naming,
  scrapeIntervalSeconds,
  refreshIntervalSeconds = scrapeIntervalSeconds * 2,
}) {
  if (!PROMETHEUS_NAMINGS.includes(naming)) {
    throw new Error(
      `naming must be one of ${PROMETHEUS_NAMINGS.join(', ')}, got "${naming}"`,
    );
  }
  if (!(scrapeIntervalSeconds > 0) || !(refreshIntervalSeconds > 0)) {
    throw new Error('scrape and refresh intervals must be positive');
  }
  const interval = `${scrapeIntervalSeconds}s`;
  /** @type {(name: string, extra: object) => PrometheusScrapeJob} */
  const job = (name, extra) => ({
    job_name: name,
    http_sd_configs: [
      { url: httpSdUrl, refresh_interval: `${refreshIntervalSeconds}s` },
    ],
    ...extra,
  });
  const jobs = [];
  if (naming !== 'kserve') jobs.push(job('llmd-pods-default', {}));
  if (naming !== 'raw') {
    jobs.push(
      job('llmd-pods', { metric_relabel_configs: [KSERVE_PREFIX_RULE] }),
    );
  }
  return {
    global: {
      scrape_interval: interval,
      scrape_timeout: interval,
      evaluation_interval: interval,
    },
    scrape_configs: jobs,
  };
}

/**
 * prometheus.yml as text. JSON is YAML (Prometheus reads it with its YAML parser), so the serializer is
 * JSON.stringify and the script needs no package.
 * @param {Parameters<typeof prometheusScrapeConfig>[0]} options
 * @returns {string}
 */
export function prometheusConfigYaml(options) {
  return `${JSON.stringify(prometheusScrapeConfig(options), null, 2)}\n`;
}
