import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  api,
  fleetMetrics,
  model,
  modelsPage,
  renderPage,
} from '../../__testUtils__/fleetFixtures';

// the first render of the page pays for loading the MUI table: slow on a shared machine
jest.setTimeout(20_000);

const rowOf = (name: string) =>
  screen.getByRole('link', { name: `Open ${name}` }).closest('tr')!;

describe('FleetPage serving metrics columns', () => {
  it('shows a dash with the reason when a model has no numbers, and the warnings once above the table', async () => {
    const fast = model(1, { displayName: 'Fast' });
    const idle = model(2, { displayName: 'Idle' });
    const remote = model(3, { displayName: 'Remote', cluster: 'edge' });
    const getFleetMetrics = jest.fn(async () => ({
      items: [
        fleetMetrics(fast, { ttftP95Seconds: 0.08 }),
        fleetMetrics(idle, {
          state: 'no-traffic' as const,
          ttftP95Seconds: null,
          requestsPerSecond: 0,
          kvCacheUsage: 0,
        }),
        fleetMetrics(remote, {
          state: 'not-configured' as const,
          ttftP95Seconds: null,
          requestsPerSecond: null,
          kvCacheUsage: null,
        }),
      ],
      warnings: ['Metrics are not configured for cluster edge.'],
    }));
    await renderPage(
      api({
        listModels: async () => modelsPage({ items: [fast, idle, remote] }),
        getFleetMetrics,
      }),
    );
    expect(await within(rowOf('Fast')).findByText('80 ms')).toBeInTheDocument();
    expect(within(rowOf('Idle')).getByText('0.00')).toBeInTheDocument();
    expect(
      within(rowOf('Idle')).getByLabelText(
        'TTFT p95: No requests in the last 5 minutes.',
      ),
    ).toHaveTextContent('—');
    expect(
      within(rowOf('Remote')).getByLabelText(
        'KV cache: Metrics are not configured for cluster edge (llmd.clusters[].metrics).',
      ),
    ).toHaveTextContent('—');
    expect(screen.getAllByLabelText('Serving metrics')).toHaveLength(1);
    expect(screen.getByLabelText('Serving metrics')).toHaveTextContent(
      'Metrics are not configured for cluster edge.',
    );
    expect(getFleetMetrics).toHaveBeenCalledTimes(1);
  });

  it('sorts the visible page by a metric, models without a number last, and says the sort is per page', async () => {
    const items = [1, 2, 3].map(i => model(i));
    const rates = [5, null, 12];
    await renderPage(
      api({
        listModels: async () => modelsPage({ items }),
        getFleetMetrics: async () => ({
          items: items.map((m, i) =>
            fleetMetrics(m, { requestsPerSecond: rates[i] }),
          ),
          warnings: [],
        }),
      }),
    );
    await within(rowOf('Model 3')).findByText('12.0');
    const header = screen.getByRole('columnheader', { name: 'Req/s' });
    const button = within(header).getByRole('button');
    expect(button).toHaveAttribute(
      'title',
      'Requests per second over the last 5 minutes. Sorting by this column orders the visible page only.',
    );
    const names = () =>
      screen
        .getAllByRole('link', { name: /^Open / })
        .map(link => link.textContent);
    await userEvent.click(button);
    expect(names()).toEqual(['Model 3', 'Model 1', 'Model 2']);
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(button);
    expect(names()).toEqual(['Model 1', 'Model 3', 'Model 2']);
  });

  it('says when the metrics could not be loaded and keeps the table', async () => {
    await renderPage(
      api({
        listModels: async () => modelsPage({ items: [model(1)] }),
        getFleetMetrics: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Serving metrics')).toHaveTextContent(
        'Failed to fetch',
      ),
    );
    expect(
      within(rowOf('Model 1')).getByLabelText(
        'TTFT p95: The metrics could not be loaded.',
      ),
    ).toBeInTheDocument();
  });
});
