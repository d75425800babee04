import type { LlmdApi } from '../../api';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  emptyMetricsResponse,
  metricsResponse,
} from '../../__testUtils__/metricsFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { ServingMetricsCard } from './ServingMetricsCard';

// eight charts of SVG make a big DOM, and role queries over it are slow in jsdom on a busy machine
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const model = { namespace: 'team-a', name: 'granite-8b' };

/** Renders the card on cluster demo with `getModelMetrics` answering as given. */
async function renderCard(getModelMetrics: LlmdApi['getModelMetrics']) {
  await renderEntityContent(
    <ServingMetricsCard model={model} cluster="demo" />,
    {
      api: { getModelMetrics },
    },
  );
}

describe('ServingMetricsCard', () => {
  it('shows every panel with its current values as numbers with units and charts named in words', async () => {
    const get = jest.fn(async () => metricsResponse());
    await renderCard(get);
    expect(
      await screen.findByLabelText('TTFT p95: 240 ms'),
    ).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith({
      ...model,
      cluster: 'demo',
      range: '1h',
    });
    for (const label of [
      'TTFT p50: 85 ms',
      'ITL p50: 12 ms',
      'ITL p95: 31 ms',
      'End-to-end p95: 1.8 s',
      'Requests: 3.5 req/s',
      'Prompt: 420 tok/s',
      'Generation: 118 tok/s',
      'KV cache: 42.5 %',
      'Waiting: 2',
      'Running: 7',
      'Hit rate: 63 %',
      'Errors: 1 %',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    const kv = screen.getByRole('region', { name: 'KV cache usage' });
    expect(
      within(kv).getByRole('img', {
        name: /^KV cache usage over the last 1h: KV cache now 42.5 % \(21.3 % to 42.5 %\)$/,
      }),
    ).toBeInTheDocument();
    // not a P/D model: no disaggregation panel
    expect(
      screen.queryByRole('region', { name: 'P/D disaggregation' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/From http:\/\/127.0.0.1:9090/),
    ).toBeInTheDocument();
  });

  it('shows the P/D disaggregation rate when the model has one', async () => {
    await renderCard(async () => metricsResponse({}, { pd: true }));
    const pd = await screen.findByRole('region', {
      name: 'P/D disaggregation',
    });
    expect(
      within(pd).getByLabelText('Prefill split off: 30 %'),
    ).toBeInTheDocument();
  });

  it('loads the chosen range', async () => {
    const get = jest.fn(
      async (ref: Parameters<LlmdApi['getModelMetrics']>[0]) =>
        metricsResponse({ range: ref.range }),
    );
    await renderCard(get);
    await screen.findByLabelText('TTFT p95: 240 ms');
    await userEvent.click(screen.getByRole('button', { name: 'Last 6h' }));
    await waitFor(() =>
      expect(get).toHaveBeenLastCalledWith({
        ...model,
        cluster: 'demo',
        range: '6h',
      }),
    );
    expect(
      await screen.findByRole('img', { name: /^Queue over the last 6h: / }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 6h' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says how to configure metrics when the cluster has none', async () => {
    await renderCard(async () => ({
      ...emptyMetricsResponse('not-configured'),
      warnings: ['Metrics are not configured for cluster demo: set …'],
    }));
    expect(
      await screen.findByText('Metrics are not configured for cluster demo'),
    ).toBeInTheDocument();
    expect(screen.getByText('llmd.clusters[].metrics')).toBeInTheDocument();
    expect(screen.getByText('docs/metrics.md')).toBeInTheDocument();
    // said once, not again as a warning
    expect(screen.queryByLabelText('Metrics warnings')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Latency' }),
    ).not.toBeInTheDocument();
  });

  it('says there is no data yet when Prometheus has no series of the model', async () => {
    await renderCard(async () => emptyMetricsResponse('no-data'));
    expect(await screen.findByText('No data yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Prometheus has no series of team-a\/granite-8b on demo/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Latency' }),
    ).not.toBeInTheDocument();
  });

  it('says there was no traffic and still draws the gauges', async () => {
    const response = metricsResponse({ state: 'no-traffic' });
    const metrics = {
      ...response.metrics,
      ttftP95Seconds: { current: null, points: [] },
    };
    await renderCard(async () => ({ ...response, metrics }));
    expect(await screen.findByText('No traffic')).toBeInTheDocument();
    expect(screen.getByLabelText('TTFT p95: —')).toBeInTheDocument();
    expect(screen.getByLabelText('KV cache: 42.5 %')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /TTFT p95: no samples/ }),
    ).toBeInTheDocument();
  });

  it('says Prometheus is unavailable on a 502, with the backend’s words and a retry', async () => {
    const get = jest
      .fn<
        ReturnType<LlmdApi['getModelMetrics']>,
        Parameters<LlmdApi['getModelMetrics']>
      >()
      .mockRejectedValueOnce(
        await responseError(
          502,
          'Bad Gateway',
          'connect ECONNREFUSED 127.0.0.1:9090',
        ),
      )
      .mockResolvedValue(metricsResponse());
    await renderCard(get);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Prometheus is unavailable: connect ECONNREFUSED 127.0.0.1:9090',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByLabelText('TTFT p95: 240 ms'),
    ).toBeInTheDocument();
  });

  it('explains other errors like every backend error', async () => {
    await renderCard(async () => {
      throw await responseError(
        403,
        'Forbidden',
        'not allowed',
        'NotAllowedError',
      );
    });
    expect(await screen.findByText('Permission denied')).toBeInTheDocument();
  });

  it('lists the backend’s warnings, such as the aliases used', async () => {
    const warning = 'Using OpenShift AI names kserve_vllm:* for vLLM metrics';
    await renderCard(async () => metricsResponse({ warnings: [warning] }));
    const list = await screen.findByLabelText('Metrics warnings');
    expect(within(list).getByText(warning)).toBeInTheDocument();
  });

  it('reloads while the page is visible', async () => {
    jest.useFakeTimers();
    try {
      const get = jest.fn(async () => metricsResponse());
      await renderCard(get);
      await screen.findByLabelText('TTFT p95: 240 ms');
      const calls = get.mock.calls.length;
      jest.advanceTimersByTime(20_000);
      await waitFor(() => expect(get.mock.calls.length).toBe(calls + 1));
    } finally {
      jest.useRealTimers();
    }
  });
});
