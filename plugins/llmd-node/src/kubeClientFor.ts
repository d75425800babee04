import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  Watch,
} from '@kubernetes/client-node';
import type { LlmdClusterConfig } from './clusterConfig';

/**
 * The client-node objects the cache uses for one cluster.
 *
 * @public
 */
export interface KubeClient {
  readonly kubeConfig: KubeConfig;
  readonly customObjects: CustomObjectsApi;
  readonly core: CoreV1Api;
  readonly watch: Watch;
  /** Strings that must never appear in logs or health (redacted from error messages). */
  readonly secrets: readonly string[];
}

/**
 * Builds the Kubernetes clients of a configured cluster.
 *
 * @throws Error when a kubeconfig file or the in-cluster service account cannot be loaded (the caller reports it in
 *   the cluster's health and retries: a mounted secret may appear later)
 *
 * @public
 */
export function kubeClientFor(cluster: LlmdClusterConfig): KubeClient {
  const kubeConfig = kubeConfigFor(cluster);
  const user = kubeConfig.getCurrentUser();
  const secrets = [user?.token, user?.password, user?.keyData].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  return {
    kubeConfig,
    customObjects: kubeConfig.makeApiClient(CustomObjectsApi),
    core: kubeConfig.makeApiClient(CoreV1Api),
    watch: new Watch(kubeConfig),
    secrets,
  };
}

/** The KubeConfig of a configured cluster (exported for tests). */
export function kubeConfigFor(cluster: LlmdClusterConfig): KubeConfig {
  const kc = new KubeConfig();
  const { auth } = cluster;
  if (auth.type === 'serviceAccountToken') {
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster.name,
          server: cluster.url,
          caData: normaliseCaData(cluster.caData),
          caFile: cluster.caFile,
          skipTLSVerify: cluster.skipTLSVerify,
        },
      ],
      users: [{ name: cluster.name, token: auth.token }],
      contexts: [
        { name: cluster.name, cluster: cluster.name, user: cluster.name },
      ],
      currentContext: cluster.name,
    });
    return kc;
  }
  if (auth.type === 'kubeconfig') {
    kc.loadFromFile(auth.file);
    if (auth.context) {
      if (!kc.getContextObject(auth.context)) {
        throw new Error(
          `Context '${auth.context}' not found in kubeconfig ${auth.file}`,
        );
      }
      kc.setCurrentContext(auth.context);
    }
  } else {
    kc.loadFromCluster();
  }
  return withOverrides(kc, cluster);
}

/** Applies the configured url / CA / TLS settings over what a kubeconfig or the pod environment provide. */
function withOverrides(kc: KubeConfig, cluster: LlmdClusterConfig): KubeConfig {
  const current = kc.getCurrentCluster();
  const user = kc.getCurrentUser();
  if (!current || !user) {
    throw new Error(
      `The kubeconfig of cluster '${cluster.name}' has no current cluster and user`,
    );
  }
  const hasOverride =
    cluster.url !== undefined ||
    cluster.caData !== undefined ||
    cluster.caFile !== undefined ||
    cluster.skipTLSVerify;
  if (!hasOverride) {
    return kc;
  }
  const overridden = new KubeConfig();
  overridden.loadFromClusterAndUser(
    {
      ...current,
      server: cluster.url ?? current.server,
      caData:
        cluster.caData !== undefined || cluster.caFile !== undefined
          ? normaliseCaData(cluster.caData)
          : current.caData,
      caFile:
        cluster.caData !== undefined || cluster.caFile !== undefined
          ? cluster.caFile
          : current.caFile,
      skipTLSVerify: cluster.skipTLSVerify || current.skipTLSVerify,
    },
    user,
  );
  return overridden;
}

/**
 * Kubeconfig `caData` is base64 of the PEM; people often paste the PEM itself, so accept both.
 */
function normaliseCaData(caData: string | undefined): string | undefined {
  if (caData === undefined) {
    return undefined;
  }
  const trimmed = caData.trim();
  return trimmed.startsWith('-----BEGIN')
    ? Buffer.from(trimmed, 'utf8').toString('base64')
    : trimmed;
}
