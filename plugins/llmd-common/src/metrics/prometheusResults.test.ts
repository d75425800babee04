import {
  fleetValuesByModel,
  metricSeriesFromMatrix,
  modelMetricsState,
} from './prometheusResults';
import { metricsRangePlan, promDuration } from './metricsRangePlan';

describe('metricSeriesFromMatrix', () => {
  it.each([
    {
      what: 'a full series: current is the value at the end',
      values: [
        [100, '1'],
        [115, '2.5'],
      ],
      expected: {
        current: 2.5,
        points: [
          [100, 1],
          [115, 2.5],
        ],
      },
    },
    {
      what: 'NaN and Inf are gaps',
      values: [
        [100, 'NaN'],
        [107.5, '+Inf'],
        [115, '0.25'],
      ],
      expected: { current: 0.25, points: [[115, 0.25]] },
    },
    {
      what: 'no value at the end: current is null',
      values: [[100, '3']],
      expected: { current: null, points: [[100, 3]] },
    },
    {
      what: 'no series',
      values: undefined,
      expected: { current: null, points: [] },
    },
  ])('$what', ({ values, expected }) => {
    const result = values
      ? [{ metric: {}, values: values as [number, string][] }]
      : [];
    expect(metricSeriesFromMatrix(result, 115)).toEqual(expected);
  });
});

describe('fleetValuesByModel', () => {
  it('keys by namespace and either model label, first one wins, NaN is null', () => {
    const values = fleetValuesByModel([
      { metric: { namespace: 'a', llm_isvc_name: 'm1' }, value: [1, '0.5'] },
      {
        metric: { namespace: 'b', app_kubernetes_io_name: 'm2' },
        value: [1, 'NaN'],
      },
      { metric: { namespace: 'a', llm_isvc_name: 'm1' }, value: [1, '9'] },
      { metric: { namespace: 'a' }, value: [1, '7'] },
    ]);
    expect([...values]).toEqual([
      ['a/m1', 0.5],
      ['b/m2', null],
    ]);
  });
});

describe('modelMetricsState', () => {
  it.each([
    [false, undefined, 'no-data'],
    [true, undefined, 'no-traffic'],
    [true, { current: 0, points: [[1, 0]] }, 'no-traffic'],
    [
      true,
      {
        current: 0,
        points: [
          [1, 0.2],
          [2, 0],
        ],
      },
      'ok',
    ],
  ] as const)('has series %s, rps %j → %s', (has, rps, state) => {
    expect(modelMetricsState(has, rps as any)).toBe(state);
  });
});

describe('metricsRangePlan', () => {
  it.each([
    ['15m', 900, 15, '1m'],
    ['1h', 3600, 60, '2m'],
    ['6h', 21600, 300, '5m'],
    ['24h', 86400, 1200, '20m'],
  ] as const)('%s', (range, seconds, step, window) => {
    const plan = metricsRangePlan(range);
    expect(plan.rangeSeconds).toBe(seconds);
    expect(plan.stepSeconds).toBe(step);
    expect(promDuration(plan.windowSeconds)).toBe(window);
    // the last point of a range query falls on its end
    expect(plan.rangeSeconds % plan.stepSeconds).toBe(0);
  });

  it('writes durations', () => {
    expect([promDuration(90), promDuration(7200)]).toEqual(['90s', '2h']);
  });
});
