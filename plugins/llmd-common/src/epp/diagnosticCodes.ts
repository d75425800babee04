/*
 * Every diagnostic code the EPP linters emit, with the explanation shown next to each occurrence. Codes are a public
 * contract (CI scripts match on them): add new ones, never rename.
 */

/**
 * Every diagnostic code with its longer explanation (problem and fix).
 *
 * @public
 */
export const EPP_DIAGNOSTIC_EXPLANATIONS = {
  // document and YAML
  'yaml-syntax':
    'The text is not valid YAML, so the EPP cannot read it at all. Fix the syntax at the reported position (indentation, an unclosed quote or bracket, a tab used for indentation).',
  'duplicate-field':
    'A mapping lists the same key twice. The EPP decodes its config strictly and rejects duplicate keys; keep one of them.',
  'config-too-large':
    'The config is larger than the portal reads (256 KB from a cluster, 1 MB for `llmd lint epp`); real configs are a few KB. It is not parsed, so nothing else is reported about it. Shrink it; a config this large is most likely generated or hostile.',
  'multiple-documents':
    'The file holds several YAML documents; the EPP only reads the first. Put each EndpointPickerConfig in its own file or ConfigMap key.',
  'not-a-mapping':
    'An EndpointPickerConfig must be a YAML mapping with apiVersion, kind, plugins and schedulingProfiles.',
  'wrong-kind':
    'The document must declare `kind: EndpointPickerConfig`; the loader refuses any other kind.',
  'unknown-api-version':
    'This EPP version does not accept that apiVersion. Use one of the apiVersions listed for the dialect (see `llmd epp dialects`).',
  'deprecated-api-version':
    'The apiVersion still loads but is deprecated; the EPP logs a deprecation warning. Switch to the current apiVersion of the dialect.',
  'unknown-field':
    'The EPP decodes the document strictly: a field it does not know makes it fail to start. Remove the field or move it to where it belongs.',
  'config-instead-of-parameters':
    'Plugin settings go under `parameters:`. Every EPP loader rejects `config:` in a plugin entry (strict decoding), so the EPP would not start. Rename the key to `parameters`.',
  'weight-in-plugin-definition':
    'Weights belong to the profile entry that references a scorer (`schedulingProfiles[].plugins[].weight`), not to the plugin definition; the strict decoder rejects `weight` there.',
  'wrong-type':
    'The value has the wrong type for this field (for example a list where a mapping is expected); the strict decoder rejects it.',
  'invalid-value':
    'The value has the right type but is not one the EPP accepts for this field (not one of its fixed values, or not a duration such as `30s`); the loader rejects it.',
  'missing-field': 'A required field is missing.',
  'deprecated-section':
    'This top-level section still loads but is deprecated and is copied to its new location; move it there.',
  // plugins
  'missing-plugin-type':
    'Every entry under `plugins` needs a `type` naming a registered plugin type; the loader rejects entries without one.',
  'unknown-plugin-type':
    'The plugin type is not registered in this EPP version, so the EPP fails with "plugin type is not found in registry". Check the spelling, the image version the config is meant for (`--dialect`), or use the replacement named in the message.',
  'duplicate-plugin-name':
    'Plugin names must be unique (the name defaults to the type). Give one of the instances an explicit, different `name`.',
  'deprecated-plugin':
    'The plugin type still loads but is deprecated and will be removed; switch to the replacement before upgrading.',
  'experimental-plugin':
    'Alpha plugins only load when the EPP runs with `--allow-experimental-plugins`. Add the flag to the EPP container arguments or use a stable plugin.',
  'unknown-parameter':
    'The plugin does not know this parameter. Strict loaders (llm-d-router v0.9+) refuse to start; older ones silently ignore it, so the setting has no effect. Check the spelling and where the parameter lives in this version.',
  'moved-parameter':
    'The parameter moved to another plugin or was renamed in this version; on the old key it is rejected (strict loaders) or ignored (older ones). Set it where the message says.',
  'deprecated-parameter':
    'The parameter still decodes but is deprecated or ignored; use the replacement named in the message.',
  'parameters-ignored':
    'This plugin type takes no parameters, so whatever is set under `parameters` has no effect.',
  'invalid-parameter':
    'The parameter value has the wrong type (for example text where a number is expected); the plugin factory fails to decode it and the EPP does not start.',
  'parameter-needs-companion':
    'The plugin factory refuses this parameter unless another one is set too (for example `prefix-cache-scorer` `blockSize` without `blockSizeTokens` from llm-d-inference-scheduler v0.6 on), so the EPP does not start. Set the parameter named in the message.',
  'unused-plugin':
    'The plugin is defined but no scheduling profile references it, so it never takes part in scheduling. Reference it from a profile or remove it.',
  // references
  'undefined-plugin-ref':
    'The reference names no plugin defined under `plugins` (names default to the type). Define the plugin or fix the name.',
  'wrong-plugin-kind':
    'The referenced plugin exists but is of the wrong kind for this place (for example a scorer where a parser is expected); the loader rejects it.',
  'plugin-ref-before-definition':
    'Up to llm-d-router v0.9 the loader instantiates plugins in order, so a plugin that references another by name must be listed after it. Move the referenced plugin up.',
  'plugin-ref-cycle':
    'Plugins reference each other in a cycle, which the loader rejects. Break the cycle.',
  // profiles
  'missing-profile-name': 'Every scheduling profile needs a `name`.',
  'duplicate-profile-name':
    'Scheduling profile names must be unique; rename one of the profiles.',
  'missing-plugin-ref':
    'Every entry of a profile needs `pluginRef` naming a plugin defined under `plugins`.',
  'multiple-pickers':
    'A scheduling profile can have only one picker; the loader rejects a profile with more. Keep one picker.',
  'non-scheduling-plugin-in-profile':
    'Only filters, scorers and pickers take part in a profile; the loader ignores other plugin kinds listed there. Remove the entry (the plugin still runs from its definition).',
  'unweighted-scorer-after-picker':
    "GIE v1.0–v1.2 (llm-d-inference-scheduler v0.3) fill in missing weights only up to the profile's picker; a scorer without weight listed after it keeps no weight and the EPP panics at startup. Give the scorer a weight or list it before the picker.",
  'invalid-weight':
    'The weight cannot be decoded: this EPP version only accepts whole numbers (fractional weights load from GIE v1.4 / llm-d v0.6 on). Use an integer, scaling the other weights to keep the same ratios.',
  'missing-weight':
    'Before GIE v1.0 every scorer in a profile needed an explicit weight; the loader rejects a scorer without one. Add `weight:`.',
  'zero-weight':
    'A weight of 0 or less loads but makes the scorer useless or inverts it. Use a positive weight or remove the scorer.',
  'weight-on-non-scorer':
    'Only scorers use weights; on filters and pickers the weight is silently ignored. Remove it.',
  // profile handler
  'multiple-profile-handlers':
    'Exactly one profile handler may be defined; the loader rejects a second one.',
  'missing-profile-handler':
    'With more than one scheduling profile the loader cannot pick a default profile handler and rejects the config. Add a handler, for example a P/D handler.',
  'single-handler-multi-profile':
    '`single-profile-handler` runs exactly one profile. With several profiles newer loaders reject the config, older ones load it and then fail every request. Use a P/D handler or keep one profile.',
  // feature gates and sections
  'unknown-feature-gate':
    'The feature gate is not registered in this EPP version; the loader rejects unknown gates. Remove it or fix the name.',
  'deprecated-feature-gate':
    'The feature gate is still accepted but has no effect in this EPP version (llm-d-router v0.9+ always runs the data layer and logs "remove it"). Remove it.',
  'data-layer-gate-mismatch':
    'GIE v1.3 (llm-d-inference-scheduler v0.5) loads a `data:` section only with the `dataLayer` feature gate on, and refuses the gate without the section; either mismatch stops the EPP. Set both or neither.',
  'invalid-feature-gate':
    'Feature gates are written as `name` or `name=true|false`; any other value is rejected.',
  'flow-control-gate-off':
    'The `flowControl` section is ignored unless the `flowControl` feature gate is enabled. Add `flowControl` to `featureGates` or remove the section.',
  // P/D
  'pd-profile-missing':
    'The P/D profile handler refers to a profile that is not defined, so that stage can never run. Define the profile or set the handler parameter to an existing profile name.',
  'pd-without-prefill-filter':
    'The prefill profile has no `prefill-filter`, so prefill work may land on decode pods and P/D brings no benefit. Add `prefill-filter` as the first entry of the prefill profile.',
  'pd-without-decode-filter':
    'The decode profile has no `decode-filter`, so decode work may land on prefill pods. Add `decode-filter` as the first entry of the decode profile.',
  'pd-missing-headers-handler':
    'In this EPP version the P/D handler only selects the prefill pod; the headers pre-request plugin tells the decode sidecar about it. Without it requests silently run decode-only. Add the headers handler named in the message.',
  'pd-decider-not-declared':
    'From llm-d-inference-scheduler v0.6 on, `pd-profile-handler` looks up its decider plugin by name when it is built (`deciderPluginName`, default `always-disagg-pd-decider` in v0.6 and `prefix-based-pd-decider` from v0.7), so the decider must be declared before the handler; otherwise the EPP fails to load. The v0.2-style `- type: pd-profile-handler` alone does not load there.',
  'pd-decider-always-disaggregates':
    'In llm-d-inference-scheduler v0.6, `prefix-based-pd-decider` with `nonCachedTokens: 0` (also the default) disaggregates every request; from v0.7 on the same value means never. Set a positive token count unless always is meant (then `always-disagg-pd-decider` says so in every version).',
  'disagg-handler-mixed-schema':
    '`disagg-profile-handler` takes either the nested `profiles`/`deciders` parameters or the legacy flat ones (`decodeProfile`, `deciderPluginName`, …); its factory rejects a mix of both. Keep one schema.',
  'pd-decider-never-disaggregates':
    'From llm-d-inference-scheduler v0.7 on, `prefix-based-pd-decider` with `nonCachedTokens: 0` (also the default) means "never disaggregate", unlike the old `threshold: 0` (and v0.6\'s `nonCachedTokens: 0`), which meant "always". Set a positive token count or use `always-disagg-pd-decider`.',
  'kv-metric-default-outdated':
    "This EPP version reads KV-cache usage from `vllm:gpu_cache_usage_perc`, which current vLLM no longer exports, so the KV-cache signal is lost. Pass the metric flag to the EPP container `main` in that version's spelling: `-kvCacheUsagePercentageMetric=vllm:kv_cache_usage_perc` on llm-d-inference-scheduler v0.2 (GIE v0.5, camelCase flags), `--kv-cache-usage-percentage-metric=vllm:kv_cache_usage_perc` on v0.3.",
  // no config at all
  'epp-config-required':
    'This EPP version has no built-in default config (that arrived with llm-d-inference-scheduler v0.7 / GIE v1.4): started without `--config-text`/`--config-file` (`-configText` on v0.2) it exits or panics at startup. Give the scheduler an EndpointPickerConfig, e.g. with `routing.preset`.',
  // deployment context
  'pd-profile-without-prefill-pool':
    'The EPP config disaggregates prefill and decode, but the LLMInferenceService defines no prefill pool (`spec.prefill`), so there are no prefill pods to pick. Add `spec.prefill` or use a non-P/D config.',
  'prefill-pool-without-pd-profile':
    'The LLMInferenceService runs a prefill pool (`spec.prefill`) but the EPP config has no P/D profile handler, so the prefill pods never receive work. Use a P/D config (see the prefill-decode preset).',
  'kv-metric-flag-deprecated':
    'From GIE v1.4 / llm-d v0.6 on, the EPP fails validation when `--kv-cache-usage-percentage-metric` (or its sibling metric flags) is set; engine metric names moved into the config. Remove the flag.',
  'kv-metric-flag-wrong-container':
    'The KServe controller only reads the arguments of the scheduler container named `main`; arguments of a container with another name are dropped. Put them on the `main` container, together with the full default argument list.',
  'precise-prefix-needs-tokenizer':
    'The precise prefix-cache scorer tokenizes prompts itself and downloads the model tokenizer from Hugging Face at start-up, which fails in disconnected clusters. Mirror the tokenizer and point the plugin at it, or use the split pipeline where `token-producer` asks the model server to tokenize.',
} as const;

/**
 * Stable diagnostic codes.
 *
 * @public
 */
export type EppDiagnosticCode = keyof typeof EPP_DIAGNOSTIC_EXPLANATIONS;

/** All diagnostic codes, for documentation and UIs. */
export const EPP_DIAGNOSTIC_CODES = Object.keys(
  EPP_DIAGNOSTIC_EXPLANATIONS,
) as readonly EppDiagnosticCode[];

/** The longer explanation (problem and fix) for a diagnostic code. */
export function explainEppDiagnosticCode(code: EppDiagnosticCode): string {
  return EPP_DIAGNOSTIC_EXPLANATIONS[code];
}
