/**
 * Where an endpoint's address came from, most authoritative first.
 *
 * @public
 */
export type ModelEndpointSource =
  /** `status.url` of the LLMInferenceService (set by the KServe controller). */
  | 'status.url'
  /** `status.addresses[].url` of the LLMInferenceService. */
  | 'status.addresses'
  /** Derived from the status of a Gateway the model is attached to (the controller has not published a URL). */
  | 'gateway';

/**
 * One OpenAI-compatible endpoint of a model service.
 *
 * @public
 */
export interface ModelEndpoint {
  /** Base URL for OpenAI clients: `http(s)://<gateway address>/<namespace>/<name>/v1`. */
  readonly baseUrl: string;
  /** `<baseUrl>/chat/completions` (routed through the EPP). */
  readonly chat: string;
  /** `<baseUrl>/completions` (routed through the EPP). */
  readonly completions: string;
  /** `<baseUrl>/models` (goes straight to the workload). */
  readonly models: string;
  readonly source: ModelEndpointSource;
  /** Address name from the status (e.g. `gateway-external`) or `<namespace>/<name>` of the Gateway. */
  readonly name?: string;
  /** Only reachable inside the cluster (cluster-local host name or an address named internal). */
  readonly internal: boolean;
}

/**
 * Copy-paste client snippets; the token is referenced as `$LLMD_TOKEN` (never embedded).
 *
 * @public
 */
export interface ClientSnippets {
  readonly curl: string;
  readonly openaiPython: string;
  /** OpenAI JavaScript/TypeScript SDK (ES module, top-level await). */
  readonly openaiJs: string;
}
