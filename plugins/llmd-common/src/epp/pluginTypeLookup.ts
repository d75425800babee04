import type { EppDialect, PluginTypeSpec } from './eppDialect';
import { listEppDialects } from './eppDialects';

/**
 * Looks a plugin type up in the preferred dialect, then in every known dialect (newest first), so descriptions work
 * for types the chosen dialect does not register.
 */
export function lookupPluginType(
  type: string,
  preferred?: EppDialect,
): PluginTypeSpec | undefined {
  const dialects = [
    ...(preferred ? [preferred] : []),
    ...[...listEppDialects()].reverse(),
  ];
  for (const dialect of dialects) {
    if (Object.hasOwn(dialect.plugins, type)) return dialect.plugins[type];
  }
  return undefined;
}
