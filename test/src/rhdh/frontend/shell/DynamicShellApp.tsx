import { useEffect, useState, type ComponentType } from 'react';
import {
  AppRouter,
  FlatRoutes,
  createSpecializedApp,
} from '@backstage/core-app-api';
import type { BackstagePlugin } from '@backstage/core-plugin-api';
import { type AppsConfig, processManifest } from '@scalprum/core';
import { type ScalprumState, useScalprum } from '@scalprum/react-core';
import { Link, Route } from 'react-router-dom';
import { CatalogEntityPage, shellCatalogPlugin } from './CatalogEntityPage';
import {
  type FrontendPluginsConfig,
  extractWiring,
  requiredModules,
} from './dynamicConfig';
import {
  shellApis,
  shellComponents,
  shellIcons,
  shellThemes,
} from './shellApp';
import { type LoadedModules, WiringContext } from './WiringContext';

/** Whether an export is a legacy BackstagePlugin, the test RHDH's DynamicRoot uses to collect remote plugins. */
function isBackstagePlugin(value: unknown): value is BackstagePlugin {
  const prototype = value ? Object.getPrototypeOf(value) : undefined;
  return (
    prototype !== undefined &&
    [
      'getId',
      'getApis',
      'getFeatureFlags',
      'provide',
      'routes',
      'externalRoutes',
    ].every(field => field in prototype)
  );
}

/** Loads every exposed module the wiring names, as RHDH's initializeRemotePlugins does. */
async function loadModules(
  pluginStore: ScalprumState['pluginStore'],
  scalprumConfig: AppsConfig,
  frontend: FrontendPluginsConfig,
): Promise<LoadedModules> {
  const modules: LoadedModules = {};
  for (const { scope, module } of requiredModules(frontend)) {
    await processManifest(
      scalprumConfig[scope]?.manifestLocation!,
      scope,
      module,
    );
    const exposed = await pluginStore.getExposedModule<Record<string, unknown>>(
      scope,
      module,
    );
    modules[scope] = { ...modules[scope], [module]: exposed };
  }
  return modules;
}

/** The app: the remote plugins' API factories, the fleet route, the entity page with its tabs and cards. */
export function DynamicShellApp(props: {
  scalprumConfig: AppsConfig;
  frontend: FrontendPluginsConfig;
}) {
  const { initialized, pluginStore } = useScalprum();
  const [app, setApp] = useState<{ Root: ComponentType } | { error: string }>();
  useEffect(() => {
    if (!initialized) return;
    loadModules(pluginStore, props.scalprumConfig, props.frontend)
      .then(modules => setApp({ Root: appRoot(modules, props.frontend) }))
      .catch(error => setApp({ error: String(error?.stack ?? error) }));
  }, [initialized, pluginStore, props.scalprumConfig, props.frontend]);
  if (!app) return <div>Loading dynamic plugins</div>;
  if ('error' in app) return <pre id="shell-error">{app.error}</pre>;
  return <app.Root />;
}

function appRoot(
  modules: LoadedModules,
  frontend: FrontendPluginsConfig,
): ComponentType {
  const wiring = extractWiring(frontend);
  const exported = Object.values(modules).flatMap(scope =>
    Object.values(scope).flatMap(m => Object.values(m)),
  );
  const app = createSpecializedApp({
    apis: shellApis,
    plugins: [shellCatalogPlugin, ...exported.filter(isBackstagePlugin)],
    components: shellComponents,
    icons: shellIcons,
    themes: shellThemes,
    configLoader: async () => [
      {
        context: 'shell',
        data: {
          app: { baseUrl: window.location.origin, title: 'RHDH test shell' },
          backend: { baseUrl: window.location.origin },
        },
      },
    ],
  });
  const routes = wiring.routes.map(route => {
    const Component = modules[route.scope]?.[route.module]?.[
      route.importName
    ] as ComponentType | undefined;
    return Component ? (
      <Route key={route.path} path={route.path} element={<Component />} />
    ) : null;
  });
  return app.createRoot(
    <WiringContext.Provider value={{ modules, wiring }}>
      <AppRouter>
        <nav id="sidebar">
          {wiring.routes
            .filter(r => r.menuItem)
            .map(r => (
              <Link key={r.path} to={r.path}>
                {r.menuItem!.text}
              </Link>
            ))}
        </nav>
        <FlatRoutes>
          <Route
            path="/catalog/:namespace/:kind/:name"
            element={<CatalogEntityPage />}
          />
          {routes}
        </FlatRoutes>
      </AppRouter>
    </WiringContext.Provider>,
  );
}
