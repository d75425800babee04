import type { FleetModelMetrics } from '@llmd/plugin-llmd-common';
import { fleetMetricText } from './fleetMetricText';

const metrics = (overrides: Partial<FleetModelMetrics>): FleetModelMetrics => ({
  cluster: 'prod',
  namespace: 'team-a',
  name: 'granite',
  state: 'ok',
  ttftP95Seconds: 0.1234,
  requestsPerSecond: 3.456,
  kvCacheUsage: 0.421,
  ...overrides,
});
const loaded = { loading: false, failed: false };

describe('fleetMetricText', () => {
  it('formats latency, rate and KV cache usage', () => {
    const m = metrics({});
    expect(fleetMetricText('ttftP95Seconds', m, loaded).text).toBe('123 ms');
    expect(
      fleetMetricText(
        'ttftP95Seconds',
        metrics({ ttftP95Seconds: 2.5 }),
        loaded,
      ).text,
    ).toBe('2.50 s');
    expect(fleetMetricText('requestsPerSecond', m, loaded).text).toBe('3.46');
    expect(
      fleetMetricText(
        'requestsPerSecond',
        metrics({ requestsPerSecond: 250.4 }),
        loaded,
      ).text,
    ).toBe('250');
    expect(fleetMetricText('kvCacheUsage', m, loaded).text).toBe('42 %');
  });

  it('shows a dash and says why when there is no number', () => {
    expect(
      fleetMetricText(
        'ttftP95Seconds',
        metrics({ state: 'not-configured', ttftP95Seconds: null }),
        loaded,
      ),
    ).toEqual({
      text: '—',
      reason:
        'Metrics are not configured for cluster prod (llmd.clusters[].metrics).',
    });
    expect(
      fleetMetricText(
        'kvCacheUsage',
        metrics({ state: 'unavailable', kvCacheUsage: null }),
        loaded,
      ).reason,
    ).toBe('The Prometheus of cluster prod did not answer.');
    expect(
      fleetMetricText('kvCacheUsage', undefined, {
        loading: false,
        failed: true,
      }).reason,
    ).toBe('The metrics could not be loaded.');
  });

  it('shows a number the backend has even without traffic', () => {
    const idle = metrics({
      state: 'no-traffic',
      ttftP95Seconds: null,
      requestsPerSecond: 0,
      kvCacheUsage: 0,
    });
    expect(fleetMetricText('requestsPerSecond', idle, loaded).text).toBe(
      '0.00',
    );
    expect(fleetMetricText('ttftP95Seconds', idle, loaded).reason).toBe(
      'No requests in the last 5 minutes.',
    );
  });
});
