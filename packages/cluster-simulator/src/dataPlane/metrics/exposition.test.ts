import { formatValue, MetricFamily, renderExposition } from './exposition';
import { Histogram } from './Histogram';
import { parseExposition } from './parseExposition';

describe('the Prometheus text format of the simulated pods', () => {
  it.each([
    [0, 'python', '0.0'],
    [11208, 'python', '11208.0'],
    [11231, 'go', '11231'],
    [170.70869898796082, 'python', '170.70869898796082'],
    [1784023449.297121, 'python', '1.784023449297121e+09'],
    [12345678, 'go', '1.2345678e+07'],
    [1000000, 'python', '1e+06'],
    [Infinity, 'go', '+Inf'],
    [0.005, 'go', '0.005'],
  ] as const)('prints %p in the %s style as %s', (value, style, text) => {
    expect(formatValue(value, style)).toBe(text);
  });

  it('sorts labels like each client library: Python with le among them, Go with le last', () => {
    const h = new Histogram([0.5, 1]);
    h.observe(0.7);
    const family = (style: 'python' | 'go'): MetricFamily => ({
      name: 'x_seconds',
      help: 'X.',
      type: 'histogram',
      samples: h.samples('x_seconds', { model_name: 'm', engine: '0' }, style),
    });
    expect(renderExposition([family('python')], 'python')).toBe(
      [
        '# HELP x_seconds X.',
        '# TYPE x_seconds histogram',
        'x_seconds_bucket{engine="0",le="0.5",model_name="m"} 0.0',
        'x_seconds_bucket{engine="0",le="1.0",model_name="m"} 1.0',
        'x_seconds_bucket{engine="0",le="+Inf",model_name="m"} 1.0',
        'x_seconds_count{engine="0",model_name="m"} 1.0',
        'x_seconds_sum{engine="0",model_name="m"} 0.7',
        '',
      ].join('\n'),
    );
    expect(renderExposition([family('go')], 'go')).toContain(
      'x_seconds_bucket{engine="0",model_name="m",le="1"} 1\n',
    );
  });

  it('parses what it renders, escapes included', () => {
    const families: MetricFamily[] = [
      {
        name: 'c_total',
        help: 'A counter.',
        type: 'counter',
        samples: [
          { name: 'c_total', labels: { a: 'x"y\\z\nw' }, value: 3 },
          { name: 'c_total', labels: {}, value: 1.5 },
        ],
      },
    ];
    expect(parseExposition(renderExposition(families, 'go'))).toEqual(families);
  });

  it('names the line it cannot parse', () => {
    expect(() => parseExposition('# TYPE a gauge\na{b="c"}\n')).toThrow(
      /line 2/,
    );
  });
});
