import type { EppDialect } from '../eppDialect';
import { routerV010 } from '../dialects/routerV010';
import { plugin } from '../dialects/pluginSpecBuilder';
import { v } from '../valueSpec';

/**
 * router-v0.10 plus the test-only plugin types and feature gate the upstream loader's own tests register
 * (loader-testcases.multidoc.yaml). Test code only.
 */
export const loaderFixtureDialect: EppDialect = {
  ...routerV010,
  id: 'router-v0.10+loader-test-plugins',
  featureGates: [...routerV010.featureGates, 'test-feature-gate'],
  plugins: {
    ...routerV010.plugins,
    'test-plugin': plugin('filter', { threshold: v.int() }),
    'test-profile-handler': plugin('profile-handler', 'none'),
    'test-scorer': plugin('scorer', { blockSize: v.int() }),
    'test-picker': plugin('picker', 'none'),
    'test-order-filter': plugin('filter', 'none'),
    'test-source': plugin('data-source', 'unchecked'),
    'test-extractor': plugin('data-extractor', 'unchecked'),
    'test-with-dependencies': plugin('filter', {
      dependency: v.ref(),
      pointedTo: v.ref(),
    }),
    'test-with-nested-dependencies': plugin('filter', {
      nested: v.object({ dependency: v.ref() }),
      pointedTo: v.ref(),
      nestedPtr: v.object({ dependency: v.ref() }),
      extras: v.list(v.ref()),
    }),
  },
};
