import {
  detectModelSelector,
  modelMatchers,
  modelSelectorProbes,
} from './modelSeriesSelector';
import { promString, seriesSelector } from './promSelector';

describe('model series selection', () => {
  it.each([
    {
      what: 'OpenShift AI PodMonitor labels',
      series: [{ namespace: 'team-a', llm_isvc_name: 'granite' }],
      expected: 'llm_isvc_name',
    },
    {
      what: 'pod labels (upstream labelmap)',
      series: [{ namespace: 'team-a', app_kubernetes_io_name: 'granite' }],
      expected: 'pod-labels',
    },
    {
      what: 'both: OpenShift AI labels win',
      series: [
        { namespace: 'team-a', app_kubernetes_io_name: 'granite' },
        { namespace: 'team-a', llm_isvc_name: 'granite' },
      ],
      expected: 'llm_isvc_name',
    },
    {
      what: 'another namespace',
      series: [{ namespace: 'team-b', llm_isvc_name: 'granite' }],
      expected: undefined,
    },
    { what: 'no series', series: [], expected: undefined },
  ])('detects $what', ({ series, expected }) => {
    expect(
      detectModelSelector(
        series as Record<string, string>[],
        'team-a',
        'granite',
      ),
    ).toBe(expected);
  });

  it('writes matchers and the probes for /api/v1/series', () => {
    expect(modelMatchers('llm_isvc_name', 'team-a', 'granite')).toBe(
      'namespace="team-a",llm_isvc_name="granite"',
    );
    expect(
      modelSelectorProbes('kserve_vllm:num_requests_running', 'ns', 'm'),
    ).toEqual([
      'kserve_vllm:num_requests_running{namespace="ns",llm_isvc_name="m"}',
      'kserve_vllm:num_requests_running{namespace="ns",app_kubernetes_io_name="m"}',
    ]);
  });

  it('escapes string literals and drops empty matcher lists', () => {
    expect(promString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(seriesSelector('up', '', 'job="x"')).toBe('up{job="x"}');
    expect(seriesSelector('up')).toBe('up');
  });
});
