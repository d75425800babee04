import type { Entity } from '@backstage/catalog-model';
import type {
  ClientSnippets,
  CreateModelTokenResponse,
  ModelClusterDetail,
  ModelDetailResponse,
  ModelEppConfig,
  SchedulerEppDialect,
} from '@llmd/plugin-llmd-common';

/*
 * Realistic backend answers for component tests: a ready aggregated model (granite-8b) and a P/D model that is not
 * ready on one cluster and unreachable on the other (llama-3-1-8b-pd).
 */

/** Token lifetimes as the backend reports them with its defaults. */
const tokenLimits: ModelDetailResponse['tokens'] = {
  minTtlSeconds: 600,
  defaultTtlSeconds: 3600,
  maxTtlSeconds: 86400,
};

/** The catalog entity of granite-8b, as the llm-d catalog module writes it. */
export const graniteEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'granite-8b',
    namespace: 'team-a',
    annotations: {
      'llm-d.ai/namespace': 'team-a',
      'llm-d.ai/name': 'granite-8b',
    },
  },
  spec: {
    type: 'model-service',
    lifecycle: 'production',
    owner: 'group:team-a',
  },
};

/** The catalog entity of llama-3-1-8b-pd. */
export const llamaPdEntity: Entity = {
  ...graniteEntity,
  metadata: {
    name: 'llama-3-1-8b-pd',
    namespace: 'team-a',
    annotations: {
      'llm-d.ai/namespace': 'team-a',
      'llm-d.ai/name': 'llama-3-1-8b-pd',
    },
  },
};

/** An EPP config as resolved for a model that sets none (the routing picture is mocked in component tests). */
const defaultEpp: ModelEppConfig = {
  source: 'controller-default',
  dialect: 'llm-d-inference-scheduler-v0.3',
  dialectSource: 'cluster-default',
  note: 'The EPP runs its built-in default configuration.',
};

/** The dialect of a cluster whose controller template is OpenShift AI's (tag v0.2.0, kebab-case flags). */
const openShiftAiEppDialect: SchedulerEppDialect = {
  id: 'scheduler-v0.3',
  source: 'flags',
  summary:
    'scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)',
  evidence: [
    'Read LLMInferenceServiceConfig redhat-ods-applications/kserve-config-llm-scheduler.',
    'Image ghcr.io/llm-d/llm-d-inference-scheduler:v0.2.0: tag v0.2.0 is a scheduler-v0.2 release.',
    'Arguments: kebab-case flags (--pool-name, --pool-namespace, --pool-group, --grpc-port, …): defined from llm-d-inference-scheduler v0.3 (GIE v1.0.0) on, so the scheduler is v0.3 or newer.',
  ],
  conflict:
    'Image tag v0.2.0 names scheduler-v0.2, but that version does not define the kebab-case flags the template passes: the tag is not the version (the image is usually replaced at install time), so the flags decide.',
  scheduler: {
    kind: 'LLMInferenceServiceConfig',
    namespace: 'redhat-ods-applications',
    name: 'kserve-config-llm-scheduler',
    image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.2.0',
  },
};

/** The base URL granite-8b is served at on cluster `prod-east`. */
export const graniteBaseUrl = 'http://10.0.0.5/team-a/granite-8b/v1';

/** granite-8b on one cluster: ready, aggregated (decode only), auth on, one gateway endpoint. */
export const graniteCluster: ModelClusterDetail = {
  cluster: 'prod-east',
  stale: false,
  displayName: 'Granite 3.3 8B Instruct',
  owner: 'group:team-a',
  spec: {
    apiVersion: 'serving.kserve.io/v1alpha1',
    modelUri: 'hf://ibm-granite/granite-3.3-8b-instruct',
    modelName: 'ibm-granite/granite-3.3-8b-instruct',
    replicas: { decode: 2 },
    gpus: { decodePerPod: 1, total: 2 },
    parallelism: {},
    tensorParallel: 1,
    multiNode: false,
  },
  conditions: [
    {
      type: 'Ready',
      status: 'True',
      lastTransitionTime: '2026-11-28T10:00:00Z',
    },
    {
      type: 'WorkloadsReady',
      status: 'True',
      lastTransitionTime: '2026-11-28T09:59:00Z',
    },
    {
      type: 'RouterReady',
      status: 'True',
      lastTransitionTime: '2026-11-28T09:58:00Z',
    },
  ],
  ready: true,
  endpoints: [
    {
      baseUrl: graniteBaseUrl,
      chat: `${graniteBaseUrl}/chat/completions`,
      completions: `${graniteBaseUrl}/completions`,
      models: `${graniteBaseUrl}/models`,
      source: 'gateway',
      name: 'openshift-ingress/openshift-ai-inference',
      internal: false,
    },
  ],
  gateways: [
    { namespace: 'openshift-ingress', name: 'openshift-ai-inference' },
  ],
  authEnabled: true,
  clientServiceAccount: 'granite-8b-client',
  epp: defaultEpp,
  eppDialect: openShiftAiEppDialect,
};

/** The detail response of granite-8b. */
export const graniteDetail: ModelDetailResponse = {
  namespace: 'team-a',
  name: 'granite-8b',
  entityRef: 'component:team-a/granite-8b',
  clusters: [graniteCluster],
  tokens: tokenLimits,
};

/** granite-8b with authentication switched off (`security.opendatahub.io/enable-auth: "false"`). */
export const graniteNoAuthDetail: ModelDetailResponse = {
  ...graniteDetail,
  clusters: [{ ...graniteCluster, authEnabled: false }],
};

const llamaSpec: ModelClusterDetail['spec'] = {
  apiVersion: 'serving.kserve.io/v1alpha2',
  modelUri: 'hf://meta-llama/Llama-3.1-8B-Instruct',
  modelName: 'meta-llama/Llama-3.1-8B-Instruct',
  replicas: { decode: 1, prefill: 2 },
  gpus: { decodePerPod: 2, prefillPerPod: 1, total: 4 },
  parallelism: { tensor: 2 },
  tensorParallel: 2,
  multiNode: false,
};

/** llama-3-1-8b-pd on a reachable cluster: prefill/decode disaggregated, not ready (no endpoint yet). */
const llamaPdPendingCluster: ModelClusterDetail = {
  cluster: 'prod-east',
  stale: false,
  displayName: 'Llama 3.1 8B (P/D)',
  owner: 'group:team-a',
  spec: llamaSpec,
  conditions: [
    {
      type: 'Ready',
      status: 'False',
      reason: 'WorkloadsNotReady',
      message: 'Decode and prefill workloads are not ready',
      lastTransitionTime: '2026-11-28T11:00:00Z',
    },
    {
      type: 'WorkloadsReady',
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
      message:
        'Deployment llama-3-1-8b-pd-kserve-prefill has 0/2 available replicas',
      lastTransitionTime: '2026-11-28T11:00:00Z',
    },
    { type: 'RouterReady', status: 'Unknown' },
  ],
  ready: false,
  endpoints: [],
  gateways: [
    { namespace: 'team-a', name: 'team-a-gateway', sectionName: 'http' },
  ],
  authEnabled: true,
  clientServiceAccount: 'llama-3-1-8b-pd-client',
  epp: defaultEpp,
  eppDialect: openShiftAiEppDialect,
  findings: [
    {
      rule: 'max-gpus-per-model',
      severity: 'warn',
      path: 'spec.prefill.replicas',
      message: 'The model asks for 4 GPUs; the platform recommends at most 2',
    },
  ],
};

/** llama-3-1-8b-pd on a cluster the backend cannot reach: its last known state. */
export const llamaPdStaleCluster: ModelClusterDetail = {
  ...llamaPdPendingCluster,
  cluster: 'prod-west',
  stale: true,
  ready: true,
  conditions: [
    {
      type: 'Ready',
      status: 'True',
      lastTransitionTime: '2026-11-27T08:00:00Z',
    },
  ],
  endpoints: [
    {
      baseUrl: 'https://inference.west.example.com/team-a/llama-3-1-8b-pd/v1',
      chat: 'https://inference.west.example.com/team-a/llama-3-1-8b-pd/v1/chat/completions',
      completions:
        'https://inference.west.example.com/team-a/llama-3-1-8b-pd/v1/completions',
      models:
        'https://inference.west.example.com/team-a/llama-3-1-8b-pd/v1/models',
      source: 'status.url',
      internal: false,
    },
  ],
  findings: [],
};

/** The detail response of llama-3-1-8b-pd: pending on prod-east, stale on prod-west. */
export const llamaPdDetail: ModelDetailResponse = {
  namespace: 'team-a',
  name: 'llama-3-1-8b-pd',
  entityRef: 'component:team-a/llama-3-1-8b-pd',
  clusters: [llamaPdPendingCluster, llamaPdStaleCluster],
  tokens: tokenLimits,
};

/** A token that looks like a ServiceAccount JWT, so tests can assert it appears once and then disappears. */
export const mintedToken =
  'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6dGVhbS1hOmdyYW5pdGUtOGItY2xpZW50In0.c2lnbmF0dXJl';

const tokenSnippets: ClientSnippets = {
  curl: `curl -sS ${graniteBaseUrl}/chat/completions \\\n  -H "Authorization: Bearer $LLMD_TOKEN"`,
  openaiPython: 'client = OpenAI(api_key=os.environ["LLMD_TOKEN"])',
  openaiJs: 'new OpenAI({ apiKey: process.env.LLMD_TOKEN })',
};

/** The answer to minting a token for granite-8b on `prod-east`. */
export function mintedTokenResponse(
  now: Date = new Date(),
  ttlSeconds = 3600,
): CreateModelTokenResponse {
  return {
    token: mintedToken,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
    ttlSeconds,
    endpoint: graniteCluster.endpoints[0],
    snippets: tokenSnippets,
  };
}
