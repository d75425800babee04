import type { EppDialect } from '../eppDialect';
import { routerV09 } from './routerV09';

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
  experimentalPlugins: 'gated',
};
