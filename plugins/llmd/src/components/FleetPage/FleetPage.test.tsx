import { ResponseError } from '@backstage/errors';
import type { GovernanceResponse } from '@llmd/plugin-llmd-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  api,
  cluster,
  model,
  modelsPage,
  renderPage,
} from '../../__testUtils__/fleetFixtures';

describe('FleetPage', () => {
  it('shows a progress bar while loading', async () => {
    await renderPage(api({ listModels: () => new Promise(() => {}) }));
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('lists the models with their columns and links to their entities', async () => {
    await renderPage(
      api({
        listModels: async () =>
          modelsPage({
            items: [
              model(1, {
                displayName: 'Granite 8B',
                replicas: { decode: 2, prefill: 1 },
                gpus: 6,
                routingPreset: 'prefill-decode',
                findings: { deny: 1, warn: 1 },
              }),
            ],
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
    expect(screen.getByLabelText('Cluster health')).toHaveTextContent(
      'Cluster demo is connected.',
    );
  });

  it('pages, searches and sorts 5 000 models', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => model(i));
    await renderPage(api({ listModels: async () => modelsPage({ items }) }));
    expect(
      await screen.findByText('Model services (5000)'),
    ).toBeInTheDocument();
    // one page is rendered, not 5 000 rows
    expect(screen.getAllByRole('link', { name: /^Open Model/ })).toHaveLength(
      25,
    );
    // one paste filters once; typing would filter 5 000 rows per keystroke
    await userEvent.click(screen.getByPlaceholderText('Filter'));
    await userEvent.paste('Model 4999');
    expect(
      await screen.findByRole('link', { name: 'Open Model 4999' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Open Model/ })).toHaveLength(
      1,
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
    expect(screen.getByText('edge (stale)')).toBeInTheDocument();
  });

  it('says when no model runs yet and when no cluster is configured', async () => {
    const { unmount } = await renderPage(api());
    expect(
      await screen.findByText(/No LLMInferenceService runs/),
    ).toBeInTheDocument();
    unmount();
    await renderPage(api({ listClusters: async () => ({ items: [] }) }));
    expect(
      await screen.findByText('No clusters configured'),
    ).toBeInTheDocument();
  });

  it('explains a failed load and retries', async () => {
    const listModels = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ items: [model(1)] });
    await renderPage(api({ listModels }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The llm-d backend did not answer: Failed to fetch',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Model services (1)')).toBeInTheDocument();
  });

  it('lists policy findings on live objects, and says why they are missing', async () => {
    const governance: GovernanceResponse = {
      configured: true,
      rules: ['gateway-from-all'],
      counts: { deny: 1, warn: 0, objects: 1 },
      totalCount: 1,
      items: [
        {
          cluster: 'demo',
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'Gateway',
          namespace: 'openshift-ingress',
          name: 'shared',
          stale: false,
          findings: [
            {
              rule: 'gateway-from-all',
              severity: 'deny',
              path: 'spec.listeners[0].allowedRoutes.namespaces.from',
              message: 'admits routes from every namespace',
            },
          ],
        },
      ],
    };
    const { unmount } = await renderPage(
      api({ getGovernance: async () => governance }),
    );
    expect(await screen.findByText('Policy findings (1)')).toBeInTheDocument();
    expect(
      screen.getByText('Gateway openshift-ingress/shared'),
    ).toBeInTheDocument();
    unmount();
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
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You are not allowed to load the policy findings',
    );
  });
});
