import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_EPP_DIALECT,
  EPP_DIALECT_IDS,
  isClusterName,
  isEppDialectId,
} from '@llmd/plugin-llmd-common';
import type { ClusterAuthConfig, LlmdClusterConfig } from './clusterConfig';
import { readClusterMetricsConfig } from './metrics/readClusterMetricsConfig';
import { readClusterProbeConfig } from './readClusterProbeConfig';
import type { ClusterDefaults } from './types';

/**
 * Audience the gateway's TokenReview expects unless the cluster says otherwise.
 *
 * @public
 */
export const DEFAULT_TOKEN_AUDIENCE = 'https://kubernetes.default.svc';

/**
 * Defaults used when neither `llmd.defaults` nor a cluster's `defaults` set a value.
 *
 * @public
 */
export const BUILT_IN_CLUSTER_DEFAULTS: ClusterDefaults = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: DEFAULT_EPP_DIALECT,
  eppDialectAssumed: true,
  tokenAudience: DEFAULT_TOKEN_AUDIENCE,
};

const LLMISVC_API_VERSIONS = ['v1alpha1', 'v1alpha2'] as const;

/**
 * Reads the clusters the cache watches: `llmd.clusters`, or — when that key is absent — the `type: config`
 * entries of `kubernetes.clusterLocatorMethods`, so a portal that already configures the Kubernetes plugin needs no
 * second copy of its clusters.
 *
 * @throws Error naming the config key of the first bad value
 *
 * @public
 */
export function readClusterConfig(
  config: Config,
  logger?: LoggerService,
): LlmdClusterConfig[] {
  const globalDefaults = readDefaults(
    config.getOptionalConfig('llmd.defaults'),
    'llmd.defaults',
    BUILT_IN_CLUSTER_DEFAULTS,
  );
  const clusters = config.has('llmd.clusters')
    ? config
        .getConfigArray('llmd.clusters')
        .map((c, i) =>
          readLlmdCluster(c, `llmd.clusters[${i}]`, globalDefaults),
        )
    : readKubernetesPluginClusters(config, globalDefaults, logger);

  const seen = new Set<string>();
  for (const cluster of clusters) {
    if (seen.has(cluster.name)) {
      throw new Error(
        `Duplicate cluster name '${cluster.name}' in ${
          config.has('llmd.clusters')
            ? 'llmd.clusters'
            : 'kubernetes.clusterLocatorMethods'
        }; cluster names must be unique`,
      );
    }
    seen.add(cluster.name);
  }
  return clusters;
}

function readLlmdCluster(
  c: Config,
  key: string,
  globalDefaults: ClusterDefaults,
): LlmdClusterConfig {
  const name = readName(c, key);
  const auth = readAuth(c, key);
  const url = c.getOptionalString('url');
  const skipTLSVerify = c.getOptionalBoolean('skipTLSVerify') ?? false;
  if (url !== undefined) {
    checkUrl(url, `${key}.url`, skipTLSVerify);
  } else if (auth.type === 'serviceAccountToken') {
    throw new Error(
      `Missing required config value at '${key}.url': token authentication needs the API server URL`,
    );
  }
  return {
    name,
    url,
    auth,
    caData: c.getOptionalString('caData'),
    caFile: c.getOptionalString('caFile'),
    skipTLSVerify,
    defaults: readDefaults(
      c.getOptionalConfig('defaults'),
      `${key}.defaults`,
      globalDefaults,
    ),
    probe: readClusterProbeConfig(c, key),
    metrics: readClusterMetricsConfig(c, key),
  };
}

function readAuth(c: Config, key: string): ClusterAuthConfig {
  const authKey = `${key}.auth`;
  const auth = c.getOptionalConfig('auth');
  if (!auth) {
    throw new Error(
      `Missing required config value at '${authKey}': set one of serviceAccountToken, kubeconfig or inCluster`,
    );
  }
  const present = auth
    .keys()
    .filter(k =>
      ['serviceAccountToken', 'kubeconfig', 'inCluster'].includes(k),
    );
  const unknown = auth
    .keys()
    .filter(
      k => !['serviceAccountToken', 'kubeconfig', 'inCluster'].includes(k),
    );
  if (unknown.length > 0) {
    throw new Error(
      `Invalid config at '${authKey}': unknown key(s) ${unknown.join(', ')}; ` +
        `expected exactly one of serviceAccountToken, kubeconfig or inCluster`,
    );
  }
  if (present.length !== 1) {
    throw new Error(
      `Invalid config at '${authKey}': expected exactly one of serviceAccountToken, kubeconfig or inCluster, ` +
        `got ${present.length === 0 ? 'none' : present.join(' and ')}`,
    );
  }
  switch (present[0]) {
    case 'serviceAccountToken': {
      const token = auth.getString('serviceAccountToken');
      if (token.trim() === '') {
        throw new Error(
          `Invalid config at '${authKey}.serviceAccountToken': the token is empty`,
        );
      }
      return { type: 'serviceAccountToken', token: token.trim() };
    }
    case 'kubeconfig':
      return {
        type: 'kubeconfig',
        file: auth.getString('kubeconfig.file'),
        context: auth.getOptionalString('kubeconfig.context'),
      };
    default:
      if (auth.getBoolean('inCluster') !== true) {
        throw new Error(
          `Invalid config at '${authKey}.inCluster': only 'true' is meaningful; remove the key or choose another auth`,
        );
      }
      return { type: 'inCluster' };
  }
}

/**
 * The Backstage Kubernetes plugin's static clusters. Only service account auth maps onto what the cache can do
 * (a token, or the pod's own account when the token is omitted); other providers are skipped with a warning.
 */
function readKubernetesPluginClusters(
  config: Config,
  defaults: ClusterDefaults,
  logger?: LoggerService,
): LlmdClusterConfig[] {
  const result: LlmdClusterConfig[] = [];
  const methods =
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  methods.forEach((method, m) => {
    if (method.getOptionalString('type') !== 'config') {
      return;
    }
    const clusters = method.getOptionalConfigArray('clusters') ?? [];
    clusters.forEach((c, i) => {
      const key = `kubernetes.clusterLocatorMethods[${m}].clusters[${i}]`;
      const name = readName(c, key);
      const authProvider =
        c.getOptionalString('authProvider') ?? 'serviceAccount';
      if (authProvider !== 'serviceAccount') {
        logger?.warn(
          `llm-d cluster cache skips cluster '${name}' (${key}): authProvider '${authProvider}' is not supported; ` +
            `configure it under llmd.clusters`,
        );
        return;
      }
      const url = c.getString('url');
      const skipTLSVerify = c.getOptionalBoolean('skipTLSVerify') ?? false;
      checkUrl(url, `${key}.url`, skipTLSVerify);
      const token = c.getOptionalString('serviceAccountToken')?.trim();
      result.push({
        name,
        url,
        auth: token
          ? { type: 'serviceAccountToken', token }
          : { type: 'inCluster' },
        caData: c.getOptionalString('caData'),
        caFile: c.getOptionalString('caFile'),
        skipTLSVerify,
        defaults,
      });
    });
  });
  return result;
}

function readDefaults(
  c: Config | undefined,
  key: string,
  fallback: ClusterDefaults,
): ClusterDefaults {
  if (!c) {
    return fallback;
  }
  const llmisvcApiVersion =
    c.getOptionalString('llmisvcApiVersion') ?? fallback.llmisvcApiVersion;
  if (
    !(LLMISVC_API_VERSIONS as readonly string[]).includes(llmisvcApiVersion)
  ) {
    throw new Error(
      `Invalid config at '${key}.llmisvcApiVersion': '${llmisvcApiVersion}' is not one of ${LLMISVC_API_VERSIONS.join(
        ', ',
      )}`,
    );
  }
  const eppDialect = c.getOptionalString('eppDialect') ?? fallback.eppDialect;
  if (!isEppDialectId(eppDialect)) {
    throw new Error(
      `Invalid config at '${key}.eppDialect': '${eppDialect}' is not one of ${EPP_DIALECT_IDS.join(
        ', ',
      )}`,
    );
  }
  const tokenAudience =
    c.getOptionalString('tokenAudience') ?? fallback.tokenAudience;
  if (tokenAudience.trim() === '') {
    throw new Error(
      `Invalid config at '${key}.tokenAudience': the audience is empty`,
    );
  }
  const eppDialectAssumed = !c.has('eppDialect') && fallback.eppDialectAssumed;
  return {
    llmisvcApiVersion:
      llmisvcApiVersion as ClusterDefaults['llmisvcApiVersion'],
    eppDialect,
    // detection only fills in a dialect nobody configured
    ...(eppDialectAssumed && { eppDialectAssumed: true }),
    tokenAudience,
  };
}

function readName(c: Config, key: string): string {
  const name = c.getString('name').trim();
  if (name === '') {
    throw new Error(`Invalid config at '${key}.name': the name is empty`);
  }
  // requests name clusters and are refused unless the name has this shape: a configured name must have it too
  if (!isClusterName(name)) {
    throw new Error(
      `Invalid config at '${key}.name': '${name}' is not a cluster name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 253 characters)`,
    );
  }
  return name;
}

function checkUrl(url: string, key: string, skipTLSVerify: boolean): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid config at '${key}': '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(
      `Invalid config at '${key}': the URL must use https (or http), got '${parsed.protocol}'`,
    );
  }
  if (parsed.protocol === 'http:' && !skipTLSVerify) {
    // client-node refuses plain http unless TLS verification is explicitly off; say so at startup, not per request.
    throw new Error(
      `Invalid config at '${key}': a plain http URL needs skipTLSVerify: true next to it`,
    );
  }
  if (parsed.username || parsed.password) {
    // Credentials in the URL would end up in error messages and logs.
    throw new Error(
      `Invalid config at '${key}': the URL must not contain credentials; use auth instead`,
    );
  }
}
