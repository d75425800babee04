import type { EppDialect, PluginTypeSpec } from './eppDialect';
import {
  toEndpointPickerConfig,
  type EndpointPickerConfig,
} from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import type { EppPluginCategory } from './valueSpec';

/** A `plugins[]` entry as declared, with its type looked up in the dialect. */
export interface DeclaredPlugin {
  readonly index: number;
  /** Explicit name, else the type (loader default); undefined when neither is a string. */
  readonly name?: string;
  readonly type?: string;
  readonly spec?: PluginTypeSpec;
  readonly parameters: unknown;
}

/**
 * Caller choices that the config itself cannot tell.
 *
 * @public
 */
export interface EppLintOptions {
  /**
   * Whether the EPP runs with `--allow-experimental-plugins`. Unknown (undefined) turns the Alpha-plugin load error
   * into a warning, since the flag lives in the deployment, not in the config.
   */
  readonly allowExperimentalPlugins?: boolean;
}

/** Everything the config checks share. */
export interface EppLintContext {
  readonly dialect: EppDialect;
  readonly root: Readonly<Record<string, unknown>>;
  /** Typed view of `root`. */
  readonly config: EndpointPickerConfig;
  readonly plugins: readonly DeclaredPlugin[];
  /** First declaration of each name. */
  readonly byName: ReadonlyMap<string, DeclaredPlugin>;
  readonly options: EppLintOptions;
}

/** Builds the shared context; tolerant of any shape (the shape check reports problems). */
export function createEppLintContext(
  dialect: EppDialect,
  root: Readonly<Record<string, unknown>>,
  options: EppLintOptions,
): EppLintContext {
  const entries = Array.isArray(root.plugins) ? root.plugins : [];
  const plugins = entries.map((entry, index): DeclaredPlugin => {
    const item = isPlainObject(entry) ? entry : {};
    const type = typeof item.type === 'string' ? item.type : undefined;
    const name =
      typeof item.name === 'string' && item.name !== '' ? item.name : type;
    const spec =
      type !== undefined && Object.hasOwn(dialect.plugins, type)
        ? dialect.plugins[type]
        : undefined;
    return { index, name, type, spec, parameters: item.parameters };
  });
  const byName = new Map<string, DeclaredPlugin>();
  for (const plugin of plugins) {
    if (plugin.name !== undefined && !byName.has(plugin.name)) {
      byName.set(plugin.name, plugin);
    }
  }
  const config = toEndpointPickerConfig(root) as EndpointPickerConfig;
  return { dialect, root, config, plugins, byName, options };
}

/** Whether a declared plugin has a category (unknown types have none). */
export function hasCategory(
  plugin: DeclaredPlugin | undefined,
  category: EppPluginCategory,
): boolean {
  return plugin?.spec?.categories.includes(category) ?? false;
}

/** The parameters of a declared plugin as a record (empty when absent or malformed). */
export function parametersOf(
  plugin: DeclaredPlugin | undefined,
): Readonly<Record<string, unknown>> {
  return isPlainObject(plugin?.parameters) ? plugin.parameters : {};
}

/** The scheduling profiles as records, with their index (non-mappings skipped). */
export function profilesOf(
  root: Readonly<Record<string, unknown>>,
): { index: number; profile: Readonly<Record<string, unknown>> }[] {
  const list = Array.isArray(root.schedulingProfiles)
    ? root.schedulingProfiles
    : [];
  return list.flatMap((profile, index) =>
    isPlainObject(profile) ? [{ index, profile }] : [],
  );
}
