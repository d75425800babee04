import { v, type ObjectSpec, type ValueSpec } from '../valueSpec';

/*
 * Shapes of the EndpointPickerConfig sections, shared by the dialects that have them. Plugin parameters are typed as
 * `any` here because they are checked against the plugin type's own table (checkPluginParameters).
 */

const pluginDefinition = v.object(
  { name: v.string(), type: v.string(), parameters: v.any() },
  {
    knownMistakes: {
      config: { use: 'parameters', code: 'config-instead-of-parameters' },
      weight: {
        use: 'schedulingProfiles[].plugins[].weight',
        code: 'weight-in-plugin-definition',
      },
    },
  },
);

// pluginRef and weight are resolved by checkSchedulingProfiles, which knows the plugin kinds and the weight type.
const profileEntry = v.object({ pluginRef: v.string(), weight: v.any() });

const schedulingProfile = v.object({
  name: v.string(),
  plugins: v.list(profileEntry),
});

/** Sections every dialect has. */
export const coreSections: Readonly<Record<string, ValueSpec>> = {
  apiVersion: v.string(),
  kind: v.string(),
  plugins: v.list(pluginDefinition),
  schedulingProfiles: v.list(schedulingProfile),
};

/** `featureGates` (GIE v1.0 on): `name` or `name=true|false`. */
export const featureGatesSection: Readonly<Record<string, ValueSpec>> = {
  featureGates: v.list(v.string()),
};

/** GIE v1.3–v1.4: `data:` section and the thresholds-style saturation detector. */
export const gieDataSections: Readonly<Record<string, ValueSpec>> = {
  data: v.openObject({
    sources: v.list(
      v.openObject({
        pluginRef: v.ref('data-source'),
        extractors: v.list(
          v.openObject({ pluginRef: v.ref('data-extractor') }),
        ),
      }),
    ),
  }),
  saturationDetector: v.object({
    queueDepthThreshold: v.int(),
    kvCacheUtilThreshold: v.float(),
    metricsStalenessThreshold: v.duration(),
  }),
};

/**
 * GIE fd30cb97714a (llm-d v0.6) and v1.4.0 (v0.7): the thresholds-style `flowControl` section; v1.4.0 adds the
 * priority bands' policy refs (apix/config/v1alpha1/endpointpickerconfig_types.go@G fd30cb97714a, @G v1.4.0).
 */
export function gieFlowControlSection(
  withPolicyRefs: boolean,
): Readonly<Record<string, ValueSpec>> {
  const policyRefs: Record<string, ValueSpec> = withPolicyRefs
    ? {
        orderingPolicyRef: v.ref('ordering-policy'),
        fairnessPolicyRef: v.ref('fairness-policy'),
      }
    : {};
  return {
    flowControl: v.object({
      maxBytes: v.quantity(),
      defaultRequestTTL: v.duration(),
      defaultPriorityBand: v.openObject(),
      priorityBands: v.list(
        v.object({ priority: v.int(), maxBytes: v.quantity(), ...policyRefs }),
      ),
    }),
  };
}

const pluginRefOf = (...categories: Parameters<typeof v.ref>): ObjectSpec =>
  v.object({ pluginRef: v.ref(...categories) });

/** llm-d-router v0.9+: dataLayer, flowControl, requestHandler and the deprecated top-level refs. */
export const routerSections: Readonly<Record<string, ValueSpec>> = {
  dataLayer: v.object(
    {
      injectDefaults: v.bool(true),
      sources: v.list(
        v.object({
          pluginRef: v.ref('data-source'),
          extractors: v.list(pluginRefOf('data-extractor')),
        }),
      ),
      discovery: v.openObject({ pluginRef: v.ref('endpoint-discovery') }),
    },
    // the data layer has more tuning fields than we have verified
    { open: true },
  ),
  flowControl: v.object(
    {
      maxBytes: v.quantity(),
      maxRequests: v.int(),
      defaultRequestTTL: v.duration(),
      noEndpointRequestTTL: v.duration(),
      priorityBands: v.list(
        v.object(
          {
            priority: v.int(),
            orderingPolicyRef: v.ref('ordering-policy'),
            fairnessPolicyRef: v.ref('fairness-policy'),
            maxBytes: v.quantity(),
            maxRequests: v.int(),
          },
          { open: true },
        ),
      ),
      saturationDetector: pluginRefOf('saturation-detector'),
      usageLimitPolicyPluginRef: v.ref('usage-limit-policy'),
    },
    { open: true },
  ),
  requestHandler: v.object({ parsers: v.list(pluginRefOf('parser')) }),
  saturationDetector: v.object(
    { pluginRef: v.ref('saturation-detector') },
    { deprecated: 'flowControl.saturationDetector' },
  ),
  parser: v.object(
    { pluginRef: v.ref('parser') },
    { deprecated: 'requestHandler.parsers' },
  ),
};

/** Builds the whole-document shape from section tables. */
export function documentOf(
  ...sections: Readonly<Record<string, ValueSpec>>[]
): ObjectSpec {
  return v.object(Object.assign({}, ...sections));
}
