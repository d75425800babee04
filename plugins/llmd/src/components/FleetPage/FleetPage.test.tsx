import { ResponseError } from '@backstage/errors';
import type { FleetMetricsRequest } from '@llmd/plugin-llmd-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  api,
  cluster,
  fakeListModels,
  fleetMetrics,
  model,
  modelsPage,
  renderPage,
} from '../../__testUtils__/fleetFixtures';

// pages of 50 rows render slowly in jsdom on a shared machine
jest.setTimeout(60_000);

// role queries compute every accessible name: too slow over a page of 50 rows
const names = () =>
  [...document.querySelectorAll('a[aria-label^="Open "]')].map(
    link => link.textContent,
  );

describe('FleetPage', () => {
  it('shows a progress bar while loading', async () => {
    await renderPage(api({ listModels: () => new Promise(() => {}) }));
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('lists the models per cluster with their columns and links to their entities', async () => {
    const granite = model(1, {
      displayName: 'Granite 8B',
      replicas: { decode: 2, prefill: 1 },
      gpus: 6,
      routingPreset: 'prefill-decode',
      findings: { deny: 1, warn: 1 },
    });
    await renderPage(
      api({
        listModels: async () => modelsPage({ items: [granite] }),
        getFleetMetrics: async () => ({
          items: [fleetMetrics(granite)],
          warnings: [],
        }),
      }),
    );
    expect(await screen.findByText('Model services (1)')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Granite 8B/ });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/team-1/component/model-0001',
    );
    const row = link.closest('tr')!;
    for (const text of [
      'team-1',
      'demo',
      'Ready',
      'On',
      'Yes',
      '6',
      'prefill-decode',
    ]) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(
      within(row).getByLabelText('1 policy deny, 1 policy warn'),
    ).toBeInTheDocument();
    for (const text of ['250 ms', '2.00', '50 %']) {
      expect(await within(row).findByText(text)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Cluster health')).toHaveTextContent(
      'Cluster demo is connected.',
    );
  });

  it('asks the backend for one page at a time and walks forward and back', async () => {
    const all = Array.from({ length: 120 }, (_, i) => model(i));
    const listModels = fakeListModels(all);
    const getFleetMetrics = jest.fn(async (_: FleetMetricsRequest) => ({
      items: [],
      warnings: [],
    }));
    await renderPage(api({ listModels, getFleetMetrics }));
    expect(await screen.findByText('Model services (120)')).toBeInTheDocument();
    expect(names()).toHaveLength(50);
    expect(screen.getByText('1–50 of 120 model services')).toBeInTheDocument();
    expect(screen.getByLabelText('Previous page')).toBeDisabled();

    await userEvent.click(screen.getByLabelText('Next page'));
    expect(
      await screen.findByText('51–100 of 120 model services'),
    ).toBeInTheDocument();
    expect(names()[0]).toBe('Model 50');
    await userEvent.click(screen.getByLabelText('Next page'));
    expect(
      await screen.findByText('101–120 of 120 model services'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Next page')).toBeDisabled();
    await userEvent.click(screen.getByLabelText('Previous page'));
    expect(
      await screen.findByText('51–100 of 120 model services'),
    ).toBeInTheDocument();

    expect(listModels.mock.calls.map(([query]) => query)).toEqual([
      { limit: 50, sort: 'name' },
      { limit: 50, cursor: '50', sort: 'name' },
      { limit: 50, cursor: '100', sort: 'name' },
      { limit: 50, cursor: '50', sort: 'name' },
    ]);
    // one metrics request per page shown, naming exactly its rows
    await waitFor(() => expect(getFleetMetrics).toHaveBeenCalledTimes(4));
    const pages = getFleetMetrics.mock.calls.map(([request]) => request.models);
    expect(pages.map(models => models.length)).toEqual([50, 50, 20, 50]);
    expect(pages[2][0]).toEqual({
      cluster: 'demo',
      namespace: all[100].namespace,
      name: all[100].name,
    });
  });

  it('filters by facet chips, readiness, reachability and search, and sorts by column on the backend', async () => {
    const all = Array.from({ length: 30 }, (_, i) =>
      model(i, { cluster: i % 2 ? 'demo' : 'edge' }),
    );
    const listModels = fakeListModels(all);
    await renderPage(api({ listModels }));
    await screen.findByText('Model services (30)');
    const tenants = screen.getByRole('group', { name: 'Filter by tenant' });
    const team2 = within(tenants).getByRole('button', { name: 'team-2 (4)' });
    expect(team2).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(screen.getByRole('group', { name: 'Filter by cluster' }))
        .getAllByRole('button')
        .map(chip => chip.textContent),
    ).toEqual(['demo (15)', 'edge (15)']);

    await userEvent.click(team2);
    expect(await screen.findByText('Model services (4)')).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Filter by tenant' })).getByRole(
        'button',
        { name: 'team-2 (4)' },
      ),
    ).toHaveAttribute('aria-pressed', 'true');

    await userEvent.selectOptions(screen.getByLabelText('Ready'), 'false');
    await screen.findByText('Model services (1)');
    await userEvent.selectOptions(
      screen.getByLabelText('Reachable'),
      'unreachable',
    );
    await userEvent.click(screen.getByLabelText('Search models'));
    await userEvent.paste('Model 9');
    await waitFor(() =>
      expect(listModels).toHaveBeenLastCalledWith({
        limit: 50,
        tenant: 'team-2',
        ready: 'false',
        reachable: 'unreachable',
        q: 'Model 9',
        sort: 'name',
      }),
    );

    const header = (name: string) =>
      within(screen.getByRole('columnheader', { name })).getByRole('button');
    await userEvent.click(header('GPUs'));
    await waitFor(() =>
      expect(listModels.mock.lastCall?.[0]).toMatchObject({ sort: 'gpus' }),
    );
    await userEvent.click(header('GPUs'));
    await waitFor(() =>
      expect(listModels.mock.lastCall?.[0]).toMatchObject({ sort: '-gpus' }),
    );
    expect(screen.getByRole('columnheader', { name: 'GPUs' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('names unreachable clusters in the health banner', async () => {
    await renderPage(
      api({
        listClusters: async () => ({
          items: [
            cluster(),
            cluster({
              name: 'edge',
              connected: false,
              stale: true,
              lastError: 'connect ECONNREFUSED 127.0.0.1:6443',
            }),
          ],
        }),
        listModels: async () =>
          modelsPage({
            items: [model(1, { cluster: 'edge', stale: true })],
          }),
      }),
    );
    const banner = await screen.findByLabelText('Cluster health');
    expect(banner).toHaveTextContent('1 of 2 clusters need attention');
    expect(banner).toHaveTextContent(
      'edge: unreachable, showing its last known state (connect ECONNREFUSED 127.0.0.1:6443)',
    );
    expect(await screen.findByText('edge (stale)')).toBeInTheDocument();
  });

  it('says when no model runs yet, when no cluster is configured and when nothing matches', async () => {
    const { unmount } = await renderPage(api());
    expect(
      await screen.findByText(/No LLMInferenceService runs/),
    ).toBeInTheDocument();
    unmount();
    const second = await renderPage(
      api({ listClusters: async () => ({ items: [] }) }),
    );
    expect(
      await screen.findByText('No clusters configured'),
    ).toBeInTheDocument();
    second.unmount();
    await renderPage(api({ listModels: fakeListModels([model(1)]) }));
    await screen.findByText('Model services (1)');
    await userEvent.selectOptions(screen.getByLabelText('Ready'), 'false');
    expect(
      await screen.findByText('No model services match.'),
    ).toBeInTheDocument();
  });

  it('explains a failed load and retries', async () => {
    const listModels = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(modelsPage({ items: [model(1)] }));
    await renderPage(api({ listModels }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The llm-d backend did not answer: Failed to fetch',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Model services (1)')).toBeInTheDocument();
  });

  it('explains a denied policy view and still lists the models', async () => {
    const denied = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({ error: { name: 'NotAllowedError', message: 'no' } }),
        { status: 403, statusText: 'Forbidden' },
      ) as any,
    );
    await renderPage(
      api({
        listModels: async () => modelsPage({ items: [model(1)] }),
        getGovernance: async () => {
          throw denied;
        },
      }),
    );
    expect(await screen.findByText('Model services (1)')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are not allowed to load the policy findings',
    );
  });
});
