import type {
  EndpointPickerConfig,
  EppPluginInstance,
} from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';

/** Profile handler types that split prefill (and encode) from decode. */
const DISAGGREGATING_HANDLERS: readonly string[] = [
  'pd-profile-handler',
  'disagg-profile-handler',
];

/** How a config disaggregates requests, read from its P/D profile handler. */
export interface DisaggregationSetup {
  readonly handler: EppPluginInstance;
  readonly decodeProfile: string;
  /** Undefined when no prefill stage is configured. */
  readonly prefillProfile?: string;
  readonly encodeProfile?: string;
  /** Plugin names of the deciders, when configured. */
  readonly prefillDecider?: string;
  readonly encodeDecider?: string;
  /** Old pd-profile-handler `threshold` (uncached prompt tokens; 0 = always). */
  readonly threshold?: number;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : undefined;

/** Reads the P/D setup of a config, or undefined when its profile handler does not disaggregate. */
export function findDisaggregation(
  config: EndpointPickerConfig,
): DisaggregationSetup | undefined {
  const handler = config.plugins.find(p =>
    DISAGGREGATING_HANDLERS.includes(p.type),
  );
  if (!handler) return undefined;
  const params = handler.parameters ?? {};
  if (handler.type === 'pd-profile-handler') {
    return {
      handler,
      decodeProfile: text(params.decodeProfile) ?? 'decode',
      prefillProfile: text(params.prefillProfile) ?? 'prefill',
      prefillDecider: text(params.deciderPluginName),
      threshold:
        typeof params.threshold === 'number' ? params.threshold : undefined,
    };
  }
  const profiles = isPlainObject(params.profiles) ? params.profiles : {};
  const deciders = isPlainObject(params.deciders) ? params.deciders : {};
  const prefillDecider =
    text(deciders.prefill) ??
    text(params.prefillDeciderPluginName) ??
    text(params.deciderPluginName);
  const encodeDecider =
    text(deciders.encode) ?? text(params.encodeDeciderPluginName);
  return {
    handler,
    decodeProfile:
      text(profiles.decode) ?? text(params.decodeProfile) ?? 'decode',
    prefillDecider,
    encodeDecider,
    ...(prefillDecider && {
      prefillProfile:
        text(profiles.prefill) ?? text(params.prefillProfile) ?? 'prefill',
    }),
    ...(encodeDecider && {
      encodeProfile:
        text(profiles.encode) ?? text(params.encodeProfile) ?? 'encode',
    }),
  };
}
