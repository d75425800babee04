import type { PluginParameters, PluginTypeSpec } from '../eppDialect';
import type { EppPluginCategory } from '../valueSpec';

/**
 * Short form for one row of a plugin table: categories (first = primary), parameters, then the optional facts.
 * Keeps the large llm-d-router tables readable as tables.
 */
export function plugin(
  categories: EppPluginCategory | readonly EppPluginCategory[],
  parameters: PluginParameters,
  facts: Omit<PluginTypeSpec, 'categories' | 'parameters'> = {},
): PluginTypeSpec {
  return {
    categories: typeof categories === 'string' ? [categories] : categories,
    parameters,
    ...facts,
  };
}

/** Deprecation record for types llm-d-router deprecated in v0.9.0 with removal planned in v0.11.0. */
export function deprecatedInRouterV09(replacement: string) {
  return { since: 'v0.9.0', removal: 'v0.11.0', replacement };
}
