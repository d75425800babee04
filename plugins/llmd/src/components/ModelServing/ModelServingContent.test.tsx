import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graniteBaseUrl,
  graniteDetail,
  graniteNoAuthDetail,
  llamaPdDetail,
  llamaPdEntity,
} from '../../__testUtils__/modelDetailFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { ModelServingContent } from './ModelServingContent';

// the routing picture and the reachability card have their own tests; here only their placement matters
jest.mock('../RoutingProfile', () => ({
  RoutingProfile: ({ epp }: { epp: { source: string } }) => (
    <div>routing profile ({epp.source})</div>
  ),
}));
jest.mock('../Reachability', () => ({
  ReachabilityCard: ({ cluster }: { cluster: string }) => (
    <div>reachability on {cluster}</div>
  ),
}));
jest.mock('../ServingMetrics', () => ({
  ServingMetricsCard: ({ cluster }: { cluster: string }) => (
    <div>serving metrics on {cluster}</div>
  ),
}));

describe('ModelServingContent', () => {
  it('shows a progress bar while the model loads', async () => {
    await renderEntityContent(<ModelServingContent />, {
      api: { getModel: () => new Promise(() => {}) },
    });
    expect(await screen.findByLabelText('Loading model')).toBeInTheDocument();
  });

  it('shows status, endpoint with copy buttons, snippets with the Authorization header and tokens', async () => {
    const getModel = jest.fn().mockResolvedValue(graniteDetail);
    await renderEntityContent(<ModelServingContent />, { api: { getModel } });

    expect(getModel).toHaveBeenCalledWith({
      namespace: 'team-a',
      name: 'granite-8b',
    });
    expect(
      await screen.findByText('Ready', { selector: 'span' }),
    ).toBeInTheDocument();
    // one cluster: no selector
    expect(screen.queryByRole('tablist', { name: 'Cluster' })).toBeNull();

    const deployment = screen.getByRole('table', {
      name: 'Deployment of team-a/granite-8b',
    });
    expect(deployment).toHaveTextContent('ibm-granite/granite-3.3-8b-instruct');
    expect(deployment).toHaveTextContent(
      'hf://ibm-granite/granite-3.3-8b-instruct',
    );
    expect(deployment).toHaveTextContent('serving.kserve.io/v1alpha1');
    expect(deployment).toHaveTextContent('2 (aggregated)');
    expect(deployment).toHaveTextContent('1 per pod · 2 in total');
    expect(deployment).toHaveTextContent(
      'openshift-ingress/openshift-ai-inference',
    );
    expect(deployment).toHaveTextContent(
      'on: clients send a token of ServiceAccount granite-8b-client',
    );
    const conditions = screen.getByRole('table', {
      name: 'Conditions of team-a/granite-8b on prod-east',
    });
    expect(within(conditions).getAllByRole('row')).toHaveLength(4);

    const endpoints = screen.getByRole('list', { name: 'Endpoints' });
    expect(endpoints).toHaveTextContent(graniteBaseUrl);
    expect(endpoints).toHaveTextContent(`${graniteBaseUrl}/chat/completions`);
    expect(endpoints).toHaveTextContent('External');
    expect(
      within(endpoints).getByRole('button', { name: 'Copy base URL' }),
    ).toBeInTheDocument();
    expect(
      within(endpoints).getByRole('button', { name: 'Copy chat URL' }),
    ).toBeInTheDocument();

    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        'Authorization: Bearer $LLMD_TOKEN',
      ),
    );
    expect(document.body).toHaveTextContent(
      `curl -sS ${graniteBaseUrl}/chat/completions`,
    );
    expect(screen.getByText(/with a token from/)).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('tab', { name: 'Python (OpenAI SDK)' }),
    );
    await waitFor(() =>
      expect(document.body).toHaveTextContent('os.environ["LLMD_TOKEN"]'),
    );

    expect(
      screen.getByRole('button', { name: 'Get token on prod-east' }),
    ).toBeInTheDocument();
    expect(screen.getByText('reachability on prod-east')).toBeInTheDocument();
    expect(screen.getByText('Routing profile')).toBeInTheDocument();
    expect(
      screen.getByText('routing profile (controller-default)'),
    ).toBeInTheDocument();
  });

  it('sends no Authorization header and offers no token when auth is off', async () => {
    await renderEntityContent(<ModelServingContent />, {
      api: { getModel: jest.fn().mockResolvedValue(graniteNoAuthDetail) },
    });
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        `curl -sS ${graniteBaseUrl}/chat/completions`,
      ),
    );
    expect(document.body).not.toHaveTextContent('Authorization');
    expect(screen.queryByRole('button', { name: /get token/i })).toBeNull();
    expect(screen.getByText(/no token is\s+needed/)).toBeInTheDocument();
  });

  it('explains a model the backend does not know', async () => {
    const error = await responseError(
      404,
      'Not Found',
      'No model service team-a/x',
      'NotFoundError',
    );
    await renderEntityContent(<ModelServingContent />, {
      api: { getModel: jest.fn().mockRejectedValue(error) },
    });
    expect(await screen.findByText('Not found')).toBeInTheDocument();
    expect(screen.getByText('No model service team-a/x')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers a retry when the backend cannot reach the cluster', async () => {
    const error = await responseError(
      503,
      'Service Unavailable',
      'Cluster prod-east is unreachable',
      'ServiceUnavailableError',
    );
    const getModel = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce(graniteDetail);
    await renderEntityContent(<ModelServingContent />, { api: { getModel } });

    expect(
      await screen.findByText('Could not load the model'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Cluster prod-east is unreachable'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Ready', { selector: 'span' }),
    ).toBeInTheDocument();
    expect(getModel).toHaveBeenCalledTimes(2);
  });

  it('lets users pick the cluster and marks the unreachable one', async () => {
    await renderEntityContent(<ModelServingContent />, {
      entity: llamaPdEntity,
      api: { getModel: jest.fn().mockResolvedValue(llamaPdDetail) },
    });

    const selector = await screen.findByRole('tablist', { name: 'Cluster' });
    const tabs = within(selector).getAllByRole('tab');
    expect(tabs.map(tab => tab.textContent)).toEqual([
      'prod-east',
      'prod-west (unreachable)',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');

    // prod-east: not ready, the conditions say why, no endpoint yet
    expect(screen.getByText('Not ready')).toBeInTheDocument();
    const conditions = screen.getByRole('table', {
      name: 'Conditions of team-a/llama-3-1-8b-pd on prod-east',
    });
    expect(conditions).toHaveTextContent('MinimumReplicasUnavailable');
    expect(conditions).toHaveTextContent(
      'Deployment llama-3-1-8b-pd-kserve-prefill has 0/2 available replicas',
    );
    const deployment = screen.getByRole('table', {
      name: 'Deployment of team-a/llama-3-1-8b-pd',
    });
    expect(deployment).toHaveTextContent('decode 1 · prefill 2');
    expect(deployment).toHaveTextContent(
      'decode 2 per pod · prefill 1 per pod · 4 in total',
    );
    expect(deployment).toHaveTextContent('serving.kserve.io/v1alpha2');
    const findings = screen.getByRole('list', { name: 'Policy findings' });
    expect(findings).toHaveTextContent('warn');
    expect(findings).toHaveTextContent(
      'max-gpus-per-model · spec.prefill.replicas',
    );
    expect(screen.getByText(/No endpoint is known yet/)).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body).toHaveTextContent(
        'http://GATEWAY_ADDRESS/team-a/llama-3-1-8b-pd/v1/chat/completions',
      ),
    );

    await userEvent.click(tabs[1]);
    expect(
      await screen.findByText(
        /Cluster prod-west unreachable — last known state/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ready (last known)')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Get token on prod-west' }),
    ).toBeInTheDocument();
  });
});
