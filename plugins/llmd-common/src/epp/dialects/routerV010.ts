import type { EppDialect } from '../eppDialect';
import { v } from '../valueSpec';
import { routerSchedulingPlugins } from './routerSchedulingPlugins';
import { routerV09 } from './routerV09';
import { disaggHandlerParameters } from './schedulerV07';

/*
 * llm-d-router v0.10: the loader sorts plugins by their references (declaration order no longer matters) and refuses
 * Alpha plugins unless the EPP runs with --allow-experimental-plugins.
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
    ...routerV09.plugins,
    'prefix-cache-scorer': routerSchedulingPlugins['prefix-cache-scorer'],
    // stageOrder arrives here (.../profilehandler/disagg/disagg_profile_handler.go@R v0.10.0 `HandlerFactory`)
    'disagg-profile-handler': {
      ...routerV09.plugins['disagg-profile-handler'],
      parameters: {
        ...disaggHandlerParameters,
        stageOrder: v.oneOf(['decode-first', 'prefill-first']),
      },
    },
  },
};
