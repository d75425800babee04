import type { EppDiagnosticCode } from './diagnosticCodes';

/*
 * A tiny declarative schema language for the values an EndpointPickerConfig may hold: document sections and plugin
 * parameters are both described with it, so one checker (checkValueAgainstSpec) serves the whole dialect table.
 */

/**
 * Categories of EPP plugins, as the upstream loader distinguishes them when it wires plugins together.
 *
 * @public
 */
export type EppPluginCategory =
  | 'profile-handler'
  | 'filter'
  | 'scorer'
  | 'picker'
  | 'decider'
  | 'pre-request'
  | 'data-producer'
  | 'data-source'
  | 'data-extractor'
  | 'endpoint-discovery'
  | 'parser'
  | 'saturation-detector'
  | 'ordering-policy'
  | 'fairness-policy'
  | 'usage-limit-policy'
  | 'eviction-policy'
  | 'admitter'
  | 'request-control'
  | 'screener';

/**
 * Scalar value kinds; `int` accepts whole numbers written as floats (`2.0`), as the Go YAML→JSON path does.
 *
 * @public
 */
export type ScalarKind =
  | 'int'
  | 'float'
  | 'bool'
  | 'string'
  | 'duration'
  | 'quantity'
  | 'any';

/**
 * A scalar value.
 *
 * @public
 */
export interface ScalarSpec {
  readonly kind: ScalarKind;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  /** Set when the key still decodes but is deprecated; the text says what to use instead. */
  readonly deprecated?: string;
}

/**
 * The name of another plugin defined in the same config.
 *
 * @public
 */
export interface RefSpec {
  readonly kind: 'ref';
  /** Categories the referenced plugin must have; empty = any category. */
  readonly categories: readonly EppPluginCategory[];
}

/**
 * A list whose items all follow `of`.
 *
 * @public
 */
export interface ListSpec {
  readonly kind: 'list';
  readonly of: ValueSpec;
}

/**
 * A map with free-form keys and values following `of`.
 *
 * @public
 */
export interface MapSpec {
  readonly kind: 'map';
  readonly of: ValueSpec;
}

/**
 * An object with known fields; `open` objects are only partly known to us, so unknown keys are not reported.
 *
 * @public
 */
export interface ObjectSpec {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, ValueSpec>>;
  readonly open?: boolean;
  /** Field names that must be present. */
  readonly required?: readonly string[];
  /** Keys people write by mistake here, with what they should write instead and a dedicated diagnostic code. */
  readonly knownMistakes?: Readonly<
    Record<string, { readonly use: string; readonly code: EppDiagnosticCode }>
  >;
  /** Set when the whole object (a document section) is deprecated; the text says what to use instead. */
  readonly deprecated?: string;
}

/**
 * Any value description understood by the checker.
 *
 * @public
 */
export type ValueSpec = ScalarSpec | RefSpec | ListSpec | MapSpec | ObjectSpec;

/** Builders keep the dialect tables short and readable. */
export const v = {
  int: (defaultValue?: number): ScalarSpec => ({
    kind: 'int',
    default: defaultValue,
  }),
  float: (defaultValue?: number): ScalarSpec => ({
    kind: 'float',
    default: defaultValue,
  }),
  bool: (defaultValue?: boolean): ScalarSpec => ({
    kind: 'bool',
    default: defaultValue,
  }),
  string: (defaultValue?: string): ScalarSpec => ({
    kind: 'string',
    default: defaultValue,
  }),
  oneOf: (values: readonly string[], defaultValue?: string): ScalarSpec => ({
    kind: 'string',
    enum: values,
    default: defaultValue,
  }),
  duration: (defaultValue?: string): ScalarSpec => ({
    kind: 'duration',
    default: defaultValue,
  }),
  quantity: (): ScalarSpec => ({ kind: 'quantity' }),
  any: (): ScalarSpec => ({ kind: 'any' }),
  deprecated: (spec: ScalarSpec, note: string): ScalarSpec => ({
    ...spec,
    deprecated: note,
  }),
  ref: (...categories: EppPluginCategory[]): RefSpec => ({
    kind: 'ref',
    categories,
  }),
  list: (of: ValueSpec): ListSpec => ({ kind: 'list', of }),
  map: (of: ValueSpec): MapSpec => ({ kind: 'map', of }),
  object: (
    fields: Record<string, ValueSpec>,
    options: Omit<ObjectSpec, 'kind' | 'fields'> = {},
  ): ObjectSpec => ({ kind: 'object', fields, ...options }),
  /** An object we know exists but whose fields we have not verified. */
  openObject: (fields: Record<string, ValueSpec> = {}): ObjectSpec => ({
    kind: 'object',
    fields,
    open: true,
  }),
};
