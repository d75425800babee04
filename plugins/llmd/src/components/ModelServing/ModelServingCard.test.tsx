import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graniteBaseUrl,
  graniteDetail,
  llamaPdDetail,
  llamaPdEntity,
} from '../../__testUtils__/modelDetailFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { ModelServingCard } from './ModelServingCard';

describe('ModelServingCard', () => {
  it('shows readiness, replicas, the endpoint and the token button', async () => {
    await renderEntityContent(<ModelServingCard />, {
      api: { getModel: jest.fn().mockResolvedValue(graniteDetail) },
    });
    expect(await screen.findByText('Model serving')).toBeInTheDocument();
    const line = await screen.findByRole('listitem', {
      name: 'Cluster prod-east',
    });
    expect(line).toHaveTextContent('Ready');
    expect(line).toHaveTextContent('2 replicas');
    expect(line).toHaveTextContent(graniteBaseUrl);
    expect(
      within(line).getByRole('button', { name: 'Copy base URL on prod-east' }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(line).getByRole('button', { name: 'Get token on prod-east' }),
    );
    expect(
      await screen.findByRole('dialog', {
        name: 'Access token for team-a/granite-8b on prod-east',
      }),
    ).toBeInTheDocument();
  });

  it('links to the Model serving tab when the app binds the entity route', async () => {
    await renderEntityContent(<ModelServingCard />, {
      api: { getModel: jest.fn().mockResolvedValue(graniteDetail) },
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByRole('link', {
        name: /Endpoints, snippets and routing/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/team-a/component/granite-8b/model-serving',
    );
  });

  it('shows one line per cluster, with the unreachable one marked', async () => {
    await renderEntityContent(<ModelServingCard />, {
      entity: llamaPdEntity,
      api: { getModel: jest.fn().mockResolvedValue(llamaPdDetail) },
    });
    const east = await screen.findByRole('listitem', {
      name: 'Cluster prod-east',
    });
    expect(east).toHaveTextContent('Not ready');
    expect(east).toHaveTextContent('1 decode · 2 prefill');
    expect(east).toHaveTextContent('No endpoint yet');
    const west = screen.getByRole('listitem', { name: 'Cluster prod-west' });
    expect(west).toHaveTextContent('Ready (last known)');
    expect(west).toHaveTextContent('Cluster unreachable — last known state.');
    expect(west).toHaveTextContent(
      'https://inference.west.example.com/team-a/llama-3-1-8b-pd/v1',
    );
  });

  it('shows the error inside the card', async () => {
    const error = await responseError(
      503,
      'Service Unavailable',
      'The llm-d backend is starting',
    );
    await renderEntityContent(<ModelServingCard />, {
      api: { getModel: jest.fn().mockRejectedValue(error) },
    });
    expect(
      await screen.findByText('Could not load the model'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
