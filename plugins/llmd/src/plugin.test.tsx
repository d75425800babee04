import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { graniteDetail } from './__testUtils__/modelDetailFixtures';
import { renderEntityContent } from './__testUtils__/renderEntityContent';
import { modelsPage } from './__testUtils__/fleetFixtures';
import { type LlmdApi, llmdApiRef } from './api';
import {
  EntityLlmdModelServingCard,
  LlmdFleetPage,
  fleetRouteRef,
  llmdPlugin,
} from './legacy';

// The legacy exports, as an app on the old frontend system mounts them (docs/frontend.md).
describe('legacy frontend exports', () => {
  it('registers the llm-d API factory with the plugin', () => {
    expect([...llmdPlugin.getApis()].map(f => f.api.id)).toEqual([
      'plugin.llmd.api',
    ]);
  });

  it('mounts the fleet page on its route', async () => {
    const api: Partial<LlmdApi> = {
      listClusters: async () => ({ items: [] }),
      listModels: async () => modelsPage({ items: [] }),
      getGovernance: async () => ({
        configured: false,
        rules: [],
        counts: { deny: 0, warn: 0, objects: 0 },
        totalCount: 0,
        items: [],
      }),
    };
    await renderInTestApp(
      <TestApiProvider apis={[[llmdApiRef, api]]}>
        <Routes>
          <Route path="/llmd" element={<LlmdFleetPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/llmd'],
        mountedRoutes: {
          '/llmd': fleetRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(
      await screen.findByText('No clusters configured'),
    ).toBeInTheDocument();
  });

  it('renders the Model serving card of an entity', async () => {
    await renderEntityContent(<EntityLlmdModelServingCard />, {
      api: { getModel: async () => graniteDetail },
    });
    expect(
      await screen.findByRole('button', { name: 'Get token on prod-east' }),
    ).toBeInTheDocument();
  });
});
