import { isPlainObject } from '../kube/isPlainObject';

/*
 * The typed view of an EndpointPickerConfig that describe, presets and callers work with. It is produced leniently
 * from whatever YAML was given (wrongly typed fields are dropped), so it exists even for configs with errors; the
 * diagnostics say what is wrong.
 */

/**
 * One plugin instance (`plugins[]`); `name` defaults to `type` as in the loader.
 *
 * @public
 */
export interface EppPluginInstance {
  readonly name: string;
  readonly type: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/**
 * One entry of a scheduling profile.
 *
 * @public
 */
export interface EppProfileEntry {
  readonly pluginRef: string;
  readonly weight?: number;
}

/**
 * One scheduling profile.
 *
 * @public
 */
export interface EppSchedulingProfile {
  readonly name: string;
  readonly plugins: readonly EppProfileEntry[];
}

/**
 * An EndpointPickerConfig document. Sections this model does not type are kept in `raw`.
 *
 * @public
 */
export interface EndpointPickerConfig {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly featureGates?: readonly string[];
  readonly plugins: readonly EppPluginInstance[];
  readonly schedulingProfiles: readonly EppSchedulingProfile[];
  readonly raw: Readonly<Record<string, unknown>>;
}

const asString = (value: unknown) =>
  typeof value === 'string' ? value : undefined;
const asList = (value: unknown): readonly unknown[] =>
  Array.isArray(value) ? value : [];

function toPlugin(entry: unknown): EppPluginInstance | undefined {
  if (!isPlainObject(entry) || typeof entry.type !== 'string') {
    return undefined;
  }
  return {
    name: asString(entry.name) || entry.type,
    type: entry.type,
    ...(isPlainObject(entry.parameters) && { parameters: entry.parameters }),
  };
}

function toProfile(entry: unknown): EppSchedulingProfile | undefined {
  if (!isPlainObject(entry)) {
    return undefined;
  }
  const plugins = asList(entry.plugins).flatMap(ref =>
    isPlainObject(ref) && typeof ref.pluginRef === 'string'
      ? [
          {
            pluginRef: ref.pluginRef,
            ...(typeof ref.weight === 'number' && { weight: ref.weight }),
          },
        ]
      : [],
  );
  return { name: asString(entry.name) ?? '', plugins };
}

/** Converts a parsed YAML root into the typed model; `undefined` when the root is not a mapping. */
export function toEndpointPickerConfig(
  root: unknown,
): EndpointPickerConfig | undefined {
  if (!isPlainObject(root)) {
    return undefined;
  }
  const gates = asList(root.featureGates).filter(
    (gate): gate is string => typeof gate === 'string',
  );
  return {
    apiVersion: asString(root.apiVersion),
    kind: asString(root.kind),
    ...(Array.isArray(root.featureGates) && { featureGates: gates }),
    plugins: asList(root.plugins).flatMap(p => toPlugin(p) ?? []),
    schedulingProfiles: asList(root.schedulingProfiles).flatMap(
      p => toProfile(p) ?? [],
    ),
    raw: root,
  };
}
