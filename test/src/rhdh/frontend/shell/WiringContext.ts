import { createContext } from 'react';
import type { extractWiring } from './dynamicConfig';

/** The loaded exposed modules: scope → module → export name → value. */
export type LoadedModules = Record<
  string,
  Record<string, Record<string, unknown>>
>;

/** The remote modules and the wiring of dynamic-plugins.yaml, for the entity page's tabs and mount points. */
export const WiringContext = createContext<{
  modules: LoadedModules;
  wiring: ReturnType<typeof extractWiring>;
}>({ modules: {}, wiring: { routes: [], tabs: [], mountPoints: [] } });
