// npm start runs the same code with plain Node (no TypeScript transform), so it lives in scripts/.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import {
  prometheusConfigYaml,
  prometheusScrapeConfig,
} from '../../../../scripts/prometheusScrapeConfig.mjs';

const httpSdUrl = 'http://127.0.0.1:4000/targets';
const kserveRule = {
  source_labels: ['__name__'],
  regex: '(.*)',
  target_label: '__name__',
  replacement: 'kserve_$1',
};

describe('prometheusScrapeConfig', () => {
  it('scrapes the http_sd targets at the given interval, names as emitted', () => {
    expect(
      prometheusScrapeConfig({
        httpSdUrl,
        naming: 'raw',
        scrapeIntervalSeconds: 1,
      }),
    ).toEqual({
      global: {
        scrape_interval: '1s',
        scrape_timeout: '1s',
        evaluation_interval: '1s',
      },
      scrape_configs: [
        {
          job_name: 'llmd-pods-default',
          http_sd_configs: [{ url: httpSdUrl, refresh_interval: '2s' }],
        },
      ],
    });
  });

  it('prefixes every name with kserve_ like OpenShift AI, or keeps both jobs', () => {
    const kserve = prometheusScrapeConfig({
      httpSdUrl,
      naming: 'kserve',
      scrapeIntervalSeconds: 5,
      refreshIntervalSeconds: 5,
    });
    expect(kserve.scrape_configs).toEqual([
      {
        job_name: 'llmd-pods',
        http_sd_configs: [{ url: httpSdUrl, refresh_interval: '5s' }],
        metric_relabel_configs: [kserveRule],
      },
    ]);
    const both = prometheusScrapeConfig({
      httpSdUrl,
      naming: 'both',
      scrapeIntervalSeconds: 5,
    });
    expect(both.scrape_configs.map(job => job.job_name)).toEqual([
      'llmd-pods-default',
      'llmd-pods',
    ]);
  });

  it('refuses an unknown naming or a non-positive interval', () => {
    expect(() =>
      prometheusScrapeConfig({
        httpSdUrl,
        naming: 'prefixed' as any,
        scrapeIntervalSeconds: 1,
      }),
    ).toThrow('naming must be one of raw, kserve, both, got "prefixed"');
    expect(() =>
      prometheusScrapeConfig({
        httpSdUrl,
        naming: 'raw',
        scrapeIntervalSeconds: 0,
      }),
    ).toThrow('scrape and refresh intervals must be positive');
  });

  it('writes YAML Prometheus reads (JSON is YAML)', () => {
    const text = prometheusConfigYaml({
      httpSdUrl,
      naming: 'kserve',
      scrapeIntervalSeconds: 1,
    });
    expect(JSON.parse(text).scrape_configs[0].metric_relabel_configs).toEqual([
      kserveRule,
    ]);
  });
});
