import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { LlmdClient, llmdApiRef } from './api';
import { fleetRouteRef } from './routes';

/**
 * The llm-d frontend plugin for apps on the legacy frontend system (`@llmd/plugin-llmd/legacy`). Apps on the new
 * frontend system use the default export of `@llmd/plugin-llmd` instead.
 * @public
 */
export const llmdPlugin = createPlugin({
  id: 'llmd',
  apis: [
    createApiFactory({
      api: llmdApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new LlmdClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { fleet: fleetRouteRef },
});

/**
 * The fleet page: every model on every cluster, with cluster health and policy findings. Mount it at `/llmd`.
 * @public
 */
export const LlmdFleetPage: () => JSX.Element = llmdPlugin.provide(
  createRoutableExtension({
    name: 'LlmdFleetPage',
    component: () => import('./components/FleetPage').then(m => m.FleetPage),
    mountPoint: fleetRouteRef,
  }),
);

/**
 * The "Model serving" entity tab: readiness, endpoints with snippets, access tokens and the routing profile.
 * Show it for entities matching `isLlmdModelService`.
 * @public
 */
export const EntityLlmdModelServingContent: () => JSX.Element =
  llmdPlugin.provide(
    createComponentExtension({
      name: 'EntityLlmdModelServingContent',
      component: {
        lazy: () =>
          import('./components/ModelServing').then(m => m.ModelServingContent),
      },
    }),
  );

/**
 * Overview card: readiness per cluster, the endpoint and the "Get token" button.
 * @public
 */
export const EntityLlmdModelServingCard: () => JSX.Element = llmdPlugin.provide(
  createComponentExtension({
    name: 'EntityLlmdModelServingCard',
    component: {
      lazy: () =>
        import('./components/ModelServing').then(m => m.ModelServingCard),
    },
  }),
);

/**
 * Overview card: the model's EndpointPicker routing profile (Filter → Score → Pick).
 * @public
 */
export const EntityLlmdRoutingProfileCard: () => JSX.Element =
  llmdPlugin.provide(
    createComponentExtension({
      name: 'EntityLlmdRoutingProfileCard',
      component: {
        lazy: () =>
          import('./components/RoutingProfile').then(m => m.RoutingProfileCard),
      },
    }),
  );
