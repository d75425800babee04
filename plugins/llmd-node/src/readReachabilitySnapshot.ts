import type {
  ReachabilityKind,
  ReachabilitySource,
} from '@llmd/plugin-llmd-common';
import { describeKubeError } from './describeKubeError';
import { type KubeClient, kubeClientFor } from './kubeClientFor';
import { OneShotReader, type ReadOutcome } from './OneShotReader';
import { BUILT_IN_CLUSTER_DEFAULTS } from './readClusterConfig';
import { readReferencedGateways } from './readReferencedGateways';
import { listWithFallback, recordOutcomes } from './readWithFallback';
import { SnapshotSource } from './SnapshotSource';
import type { KubeObject } from './types';
import { watchedResource } from './watchedResources';

/**
 * Options of {@link readReachabilitySnapshot}.
 *
 * @public
 */
export interface ReadReachabilitySnapshotOptions {
  /** The kubeconfig file whose credentials are used (as `kubectl --kubeconfig`). */
  readonly kubeconfigFile: string;
  /** The kubeconfig context; its current context by default. */
  readonly context?: string;
  /** Read the models of this namespace only (what a tenant may read); every namespace by default. */
  readonly namespace?: string;
  /** Only the model of this name. */
  readonly name?: string;
  /** Bound on each request, in milliseconds (default 15 000). */
  readonly requestTimeoutMs?: number;
}

/**
 * What {@link readReachabilitySnapshot} read: the models and everything their reachability evaluation needs.
 *
 * @public
 */
export interface ReachabilitySnapshot {
  /** The kubeconfig context's name. */
  readonly cluster: string;
  /** The API server URL. */
  readonly server: string;
  /** The LLMInferenceService version read: `v1alpha2` when served, else `v1alpha1`. */
  readonly llmisvcApiVersion: 'v1alpha1' | 'v1alpha2';
  /** The LLMInferenceServices asked for (empty when none exist or they cannot be read: see the source's access). */
  readonly models: KubeObject[];
  /** What was read, with a `KindAccess` per kind (403 and 404 recorded there, never thrown). */
  readonly source: ReachabilitySource;
}

/** Requests in flight at once: a CLI run must not flood an API server. */
const CONCURRENCY = 8;

/** Namespaced kinds read in the models' namespaces. */
const NAMESPACED_KINDS = [
  'HTTPRoute',
  'InferencePool',
  'InferencePoolV1alpha2',
  'AuthPolicy',
] as const satisfies readonly ReachabilityKind[];

/**
 * Reads, once, what the reachability evaluation needs about the models of one cluster, with the credentials of a
 * kubeconfig (as `llmd diagnose` does): the LLMInferenceServices (v1alpha2, else v1alpha1), the HTTPRoutes,
 * InferencePools and AuthPolicies of their namespaces, their Namespaces, the Gateways they use with their
 * GatewayClasses, the CRDs (without schemas) and the LLMInferenceServiceConfigs. Cluster-wide lists a tenant may
 * not do fall back to its namespaces or to gets of the referenced objects.
 *
 * @throws Error with a one-line message when the kubeconfig cannot be loaded, the context does not exist, or the
 *   API server cannot be reached or rejects the credentials
 * @public
 */
export async function readReachabilitySnapshot(
  options: ReadReachabilitySnapshotOptions,
): Promise<ReachabilitySnapshot> {
  const client = loadClient(options);
  const cluster = client.kubeConfig.getCurrentContext();
  const server = client.kubeConfig.getCurrentCluster()?.server ?? '';
  const reader = new OneShotReader(client, {
    timeoutMs: options.requestTimeoutMs ?? 15_000,
    concurrency: CONCURRENCY,
  });
  const source = new SnapshotSource();
  const { models, version } = await readModels(reader, source, options, {
    cluster,
    server,
  });
  const namespaces = [
    ...new Set([
      ...(options.namespace !== undefined ? [options.namespace] : []),
      ...models.map(m => m.metadata.namespace ?? ''),
    ]),
  ];
  await Promise.all([
    ...NAMESPACED_KINDS.map(async kind =>
      recordOutcomes(
        source,
        kind,
        await listScoped(reader, kind, options.namespace, namespaces),
      ),
    ),
    readClusterKinds(reader, source, namespaces),
    readConfigs(reader, source, version, options.namespace, namespaces),
  ]);
  await readReferencedGateways(reader, source, models);
  return { cluster, server, llmisvcApiVersion: version, models, source };
}

function loadClient(options: ReadReachabilitySnapshotOptions): KubeClient {
  try {
    return kubeClientFor({
      name: options.context ?? 'kubeconfig',
      auth: {
        type: 'kubeconfig',
        file: options.kubeconfigFile,
        context: options.context,
      },
      skipTLSVerify: false,
      defaults: BUILT_IN_CLUSTER_DEFAULTS,
    });
  } catch (error) {
    throw new Error(
      `Cannot use kubeconfig ${options.kubeconfigFile}: ${describeKubeError(
        error,
      )}`,
    );
  }
}

/** The models (v1alpha2 first, v1alpha1 when that is not served); fails for an unreachable server. */
async function readModels(
  reader: OneShotReader,
  source: SnapshotSource,
  options: ReadReachabilitySnapshotOptions,
  target: { cluster: string; server: string },
): Promise<{ models: KubeObject[]; version: 'v1alpha1' | 'v1alpha2' }> {
  let version: 'v1alpha1' | 'v1alpha2' = 'v1alpha2';
  let outcome = await reader.list(modelResource(version, options.namespace));
  assertReachable(outcome, target);
  if (!outcome.ok && outcome.status === 404) {
    const older = await reader.list(
      modelResource('v1alpha1', options.namespace),
    );
    if (older.ok || older.status !== 404) {
      version = 'v1alpha1';
      outcome = older;
    }
  }
  recordOutcomes(source, 'LLMInferenceService', [outcome]);
  const models = (outcome.ok ? outcome.value : []).filter(
    m => options.name === undefined || m.metadata.name === options.name,
  );
  return { models, version };
}

function modelResource(
  version: 'v1alpha1' | 'v1alpha2',
  namespace: string | undefined,
) {
  return watchedResource(
    'LLMInferenceService',
    { llmisvcApiVersion: version },
    namespace,
  );
}

/** The first request tells whether the server answers at all and accepts the credentials. */
function assertReachable(
  outcome: ReadOutcome<unknown>,
  target: { cluster: string; server: string },
): void {
  if (outcome.ok || (outcome.status !== undefined && outcome.status !== 401)) {
    return;
  }
  const reason =
    outcome.access.state === 'error' ? outcome.access.message : 'unknown';
  throw new Error(
    outcome.status === 401
      ? `The API server ${target.server} (context '${target.cluster}') rejected the credentials: ${reason}`
      : `Cannot reach the API server ${target.server} (context '${target.cluster}'): ${reason}`,
  );
}

/** A namespaced kind in the one namespace asked for, else cluster-wide (falling back to the models' namespaces). */
function listScoped(
  reader: OneShotReader,
  kind: ReachabilityKind,
  namespace: string | undefined,
  namespaces: readonly string[],
) {
  const resource = watchedResource(kind, BUILT_IN_CLUSTER_DEFAULTS);
  return namespace !== undefined
    ? Promise.all([reader.list({ ...resource, namespace })])
    : listWithFallback(reader, resource, namespaces);
}

/** The CRDs (which versions are served) and the models' Namespaces (their labels decide Gateway admission). */
async function readClusterKinds(
  reader: OneShotReader,
  source: SnapshotSource,
  namespaces: readonly string[],
): Promise<void> {
  const crds = watchedResource(
    'CustomResourceDefinition',
    BUILT_IN_CLUSTER_DEFAULTS,
  );
  const namespace = watchedResource('Namespace', BUILT_IN_CLUSTER_DEFAULTS);
  const [crdOutcome, namespaceOutcomes] = await Promise.all([
    reader.list(crds),
    Promise.all(namespaces.map(name => reader.get(namespace, name))),
  ]);
  recordOutcomes(source, 'CustomResourceDefinition', [crdOutcome]);
  recordOutcomes(source, 'Namespace', namespaceOutcomes);
}

/**
 * The LLMInferenceServiceConfigs: cluster-wide (the controller's templates live in its own namespace), else those
 * of the models' namespaces — then the kind stays `forbidden`, as the templates could not be checked.
 */
async function readConfigs(
  reader: OneShotReader,
  source: SnapshotSource,
  version: 'v1alpha1' | 'v1alpha2',
  namespace: string | undefined,
  namespaces: readonly string[],
): Promise<void> {
  const resource = watchedResource('LLMInferenceServiceConfig', {
    llmisvcApiVersion: version,
  });
  const all = await reader.list(resource);
  if (all.ok || all.status !== 403) {
    recordOutcomes(source, 'LLMInferenceServiceConfig', [all]);
    return;
  }
  const scoped = await Promise.all(
    (namespace !== undefined ? [namespace] : namespaces).map(ns =>
      reader.list({ ...resource, namespace: ns }),
    ),
  );
  recordOutcomes(source, 'LLMInferenceServiceConfig', scoped);
  source.setAccess('LLMInferenceServiceConfig', all.access);
}
