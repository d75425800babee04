/** `dynamicPlugins.frontend` of a dynamic-plugins.yaml pluginConfig, the parts the llm-d plugin uses. */
export type FrontendPluginsConfig = Record<
  string,
  {
    dynamicRoutes?: {
      path: string;
      importName: string;
      module?: string;
      menuItem?: { text: string; icon?: string };
    }[];
    entityTabs?: { path: string; title: string; mountPoint: string }[];
    mountPoints?: {
      mountPoint: string;
      importName: string;
      module?: string;
      config?: { if?: { allOf?: string[]; anyOf?: string[] } };
    }[];
  }
>;

/** The mount points, routes and tabs of the wiring, each naming its module (RHDH's default module: PluginRoot). */
export function extractWiring(frontend: FrontendPluginsConfig) {
  const entries = Object.entries(frontend);
  return {
    routes: entries.flatMap(([scope, c]) =>
      (c.dynamicRoutes ?? []).map(r => ({
        ...r,
        scope,
        module: r.module ?? 'PluginRoot',
      })),
    ),
    tabs: entries.flatMap(([, c]) => c.entityTabs ?? []),
    mountPoints: entries.flatMap(([scope, c]) =>
      (c.mountPoints ?? []).map(m => ({
        ...m,
        scope,
        module: m.module ?? 'PluginRoot',
      })),
    ),
  };
}

/** The distinct exposed modules the wiring needs, as RHDH's DynamicRoot collects its `requiredModules`. */
export function requiredModules(frontend: FrontendPluginsConfig) {
  const { routes, mountPoints } = extractWiring(frontend);
  const keys = new Set(
    [...routes, ...mountPoints].map(m => `${m.scope}\0${m.module}`),
  );
  return [...keys].map(key => {
    const [scope, module] = key.split('\0');
    return { scope, module };
  });
}
