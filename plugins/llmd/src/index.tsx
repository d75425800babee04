/**
 * The llm-d frontend plugin for the new frontend system (the default export): the API, the fleet page (with its nav
 * item), the "Model serving" entity tab and two overview cards. Discovered automatically by apps with
 * `app.packages: all`. Apps on the legacy frontend system import `@llmd/plugin-llmd/legacy`.
 *
 * @packageDocumentation
 */
import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import MemoryIcon from '@material-ui/icons/Memory';
import { LlmdClient, llmdApiRef } from './api';
import { isLlmdModelService } from './entity/modelRefOfEntity';

const fleetPageRouteRef = createRouteRef();

/** @public */
export const llmdApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: llmdApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new LlmdClient({ discoveryApi, fetchApi }),
    }),
});

/** @public */
export const llmdFleetPage = PageBlueprint.make({
  params: {
    path: '/llmd',
    title: 'Model fleet',
    icon: <MemoryIcon />,
    routeRef: fleetPageRouteRef,
    loader: () => import('./components/FleetPage').then(m => <m.FleetPage />),
  },
});

/** @public */
export const llmdModelServingContent = EntityContentBlueprint.make({
  name: 'model-serving',
  params: {
    path: '/model-serving',
    title: 'Model serving',
    filter: isLlmdModelService,
    loader: () =>
      import('./components/ModelServing').then(m => <m.ModelServingContent />),
  },
});

/** @public */
export const llmdModelServingCard = EntityCardBlueprint.make({
  name: 'model-serving',
  params: {
    filter: isLlmdModelService,
    loader: () =>
      import('./components/ModelServing').then(m => <m.ModelServingCard />),
  },
});

/** @public */
export const llmdRoutingProfileCard = EntityCardBlueprint.make({
  name: 'routing-profile',
  params: {
    filter: isLlmdModelService,
    loader: () =>
      import('./components/RoutingProfile').then(m => <m.RoutingProfileCard />),
  },
});

/**
 * The llm-d plugin for the new frontend system.
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'llmd',
  title: 'llm-d',
  icon: <MemoryIcon />,
  routes: { fleet: fleetPageRouteRef },
  extensions: [
    llmdApi,
    llmdFleetPage,
    llmdModelServingContent,
    llmdModelServingCard,
    llmdRoutingProfileCard,
  ],
});
