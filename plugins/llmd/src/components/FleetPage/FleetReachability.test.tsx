import type { ClusterPreflightResponse } from '@llmd/plugin-llmd-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  api,
  cluster,
  model,
  modelsPage,
  renderPage,
} from '../../__testUtils__/fleetFixtures';
import { responseError } from '../../__testUtils__/renderEntityContent';

const demoPreflight: ClusterPreflightResponse = {
  cluster: 'demo',
  status: 'fail',
  checks: [
    {
      id: 'crd-llminferenceservice',
      status: 'ok',
      message: 'Serves v1alpha1, v1alpha2.',
    },
    {
      id: 'crd-authpolicy',
      status: 'fail',
      message: 'AuthPolicy CRD (kuadrant.io/v1) is not installed.',
      fix: 'Install Red Hat Connectivity Link (Kuadrant).',
    },
    {
      id: 'gateways',
      status: 'warn',
      message: 'Gateway team-b/team-b-gateway has no address.',
      fix: 'Install a load balancer (MetalLB).',
    },
  ],
};

// the first render of the page pays for loading the MUI table: slow on a shared machine
jest.setTimeout(20_000);

describe('FleetPage reachability', () => {
  it('shows the worst verdict per model in a Reachable column, the broken step as its tooltip, sortable', async () => {
    const listModels = jest.fn(async () =>
      modelsPage({
        items: [
          model(1, {
            displayName: 'Open one',
            reachability: { verdict: 'reachable' },
          }),
          model(2, {
            displayName: 'Broken one',
            reachability: {
              verdict: 'unreachable',
              step: 'namespace-admitted',
              message: 'Gateway shared does not admit namespace team-2.',
            },
          }),
          model(4, { displayName: 'Unevaluated one' }),
        ],
      }),
    );
    await renderPage(api({ listModels }));
    await screen.findByText('Model services (3)');
    const broken = screen.getByLabelText(
      'Reachability of Broken one: unreachable',
    );
    expect(broken.parentElement).toHaveAttribute(
      'title',
      'Namespace admitted — Gateway shared does not admit namespace team-2.',
    );
    expect(
      screen.getByLabelText('Reachability of Open one: reachable'),
    ).toBeInTheDocument();
    const unevaluated = screen
      .getByRole('link', { name: 'Open Unevaluated one' })
      .closest('tr')!;
    expect(within(unevaluated).getByText('not evaluated')).toBeInTheDocument();

    // the backend sorts: the header asks for the next page in that order
    const header = screen.getByRole('columnheader', { name: 'Reachable' });
    await userEvent.click(within(header).getByRole('button'));
    await waitFor(() =>
      expect(listModels).toHaveBeenLastCalledWith({
        limit: 50,
        sort: 'reachable',
      }),
    );
  });

  it('checks every configured cluster in a collapsed preflight panel with the worst status on each row', async () => {
    const getClusterPreflight = jest.fn(async (name: string) => {
      if (name === 'edge') {
        throw await responseError(
          503,
          'Service Unavailable',
          'edge not synced',
        );
      }
      return demoPreflight;
    });
    await renderPage(
      api({
        listClusters: async () => ({
          items: [cluster(), cluster({ name: 'edge' })],
        }),
        getClusterPreflight,
      }),
    );
    const demo = await screen.findByLabelText('Preflight of demo: fail');
    expect(getClusterPreflight.mock.calls).toEqual([['demo'], ['edge']]);
    const demoRow = demo.closest('[role="button"]')! as HTMLElement;
    expect(demoRow).toHaveTextContent('1 failed, 1 warning, 1 ok');
    expect(demoRow).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.getByLabelText('Preflight of edge: not loaded'),
    ).toBeInTheDocument();

    await userEvent.click(demoRow);
    const checks = await screen.findByRole('list', {
      name: 'Preflight checks of demo',
    });
    const authPolicy = within(checks).getByRole('listitem', {
      name: 'Kuadrant AuthPolicy CRD: Failed',
    });
    expect(authPolicy).toHaveTextContent(
      'Fix: Install Red Hat Connectivity Link (Kuadrant).',
    );
    expect(authPolicy.querySelector('svg')).not.toBeNull();
    expect(
      within(checks).getByRole('listitem', {
        name: 'Gateways programmed, with an address: Warning',
      }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen
        .getByLabelText('Preflight of edge: not loaded')
        .closest('[role="button"]')!,
    );
    await waitFor(() =>
      expect(screen.getByText('edge not synced')).toBeInTheDocument(),
    );
  });
});
