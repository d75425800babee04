import { screen } from '@testing-library/react';
import {
  graniteBaseUrl,
  graniteDetail,
} from '../../__testUtils__/modelDetailFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { ModelServingContent } from '../ModelServing';

// the other cards have their own tests; here only that a failing Prometheus fails the metrics card alone
jest.mock('../RoutingProfile', () => ({
  RoutingProfile: () => <div>routing profile</div>,
}));
jest.mock('../Reachability', () => ({
  ReachabilityCard: () => <div>reachability</div>,
}));
jest.setTimeout(30_000);

describe('Serving metrics on the Model serving tab', () => {
  it('says Prometheus is unavailable while the rest of the tab works', async () => {
    const error = await responseError(
      502,
      'Bad Gateway',
      'Prometheus of cluster demo did not answer within 5000 ms',
    );
    await renderEntityContent(<ModelServingContent />, {
      api: {
        getModel: async () => graniteDetail,
        getModelMetrics: async () => {
          throw error;
        },
      },
    });
    expect(
      await screen.findByText(
        /Prometheus is unavailable: Prometheus of cluster demo did not answer within 5000 ms/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(`${graniteBaseUrl}/chat/completions`).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('table', { name: 'Deployment of team-a/granite-8b' }),
    ).toBeInTheDocument();
    expect(screen.getByText('routing profile')).toBeInTheDocument();
  });
});
