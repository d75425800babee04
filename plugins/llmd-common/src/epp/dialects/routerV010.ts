import type { EppDialect } from '../eppDialect';
import { routerFilterPlugins } from './routerFilterPlugins';
import { routerRuntimePlugins } from './routerRuntimePlugins';
import { routerSchedulingPlugins } from './routerSchedulingPlugins';
import { routerV09, routerV09UnknownTypeHints } from './routerV09';

/*
 * llm-d-router v0.10.0: the loader sorts plugins by their references (declaration order no longer matters) and refuses
 * Alpha plugins unless the EPP runs with --allow-experimental-plugins. Its plugin registry is the whole router table
 * (cmd/epp/runner/runner.go@R v0.10.0 `registerInTreePlugins`; each entry cites its factory file).
 */

/** router-v0.10 dialect data. */
export const routerV010: EppDialect = {
  ...routerV09,
  id: 'router-v0.10',
  title: 'llm-d-router v0.10',
  upstream: 'llm-d-router v0.10.0',
  pluginOrder: 'sorted',
  // framework/interface/plugin/registry.go@R v0.10.0 `ValidatePluginStability`
  experimentalPlugins: 'gated',
  plugins: {
    ...routerSchedulingPlugins,
    ...routerFilterPlugins,
    ...routerRuntimePlugins,
  },
  unknownTypeHints: routerV09UnknownTypeHints,
};
