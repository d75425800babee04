import fs from 'node:fs';
import path from 'node:path';
// Test-only: this helper never ships in the plugin, so a node-only import is fine.
import { repoRoot, vendorPath } from '@internal/test-support';
import {
  describeModelOnCluster,
  type ModelClusterDetail,
  parseEndpointPickerConfig,
  resolveModelEppConfig,
  type EppConfigLookup,
  type KubeObjectLike,
  type ModelEppConfig,
} from '@llmd/plugin-llmd-common';

/*
 * Test-only fixtures: real EndpointPickerConfigs (the third-party samples vendored in vendor/epp and the repository's
 * GitOps example) run through the real llmd-common resolution, lint and describe, so the picture is tested against
 * what the backend would send.
 */

/** Reads a file under vendor/epp. */
export function readEppReference(relative: string): string {
  return fs.readFileSync(vendorPath('epp', relative), 'utf8');
}

const emptyLookup: EppConfigLookup = {
  llmInferenceServiceConfig: () => undefined,
  configMap: () => undefined,
};

/** Resolves the EPP config of an LLMInferenceService object the way the backend does. */
export function resolveEpp(
  llmisvc: KubeObjectLike,
  lookup: EppConfigLookup = emptyLookup,
  clusterDialect = 'scheduler-v0.2',
): ModelEppConfig {
  return resolveModelEppConfig(llmisvc, { lookup, clusterDialect });
}

/** Reads an LLMInferenceService of the GitOps example, e.g. `team-a/models/llama-3-1-8b-pd`. */
function readGitopsModel(tenantModel: string): KubeObjectLike {
  const [tenant, , model] = tenantModel.split('/');
  const text = fs.readFileSync(
    path.join(
      repoRoot,
      'examples',
      'gitops',
      'tenants',
      tenant,
      'models',
      model,
      'llminferenceservice.yaml',
    ),
    'utf8',
  );
  // any YAML reads with the EPP parser; its root is the plain object
  return parseEndpointPickerConfig(text).root as KubeObjectLike;
}

/** The P/D example model (llama-3-1-8b-pd of team-a): --config-text with pd-profile-handler threshold 500. */
export function pdExampleEpp(): ModelEppConfig {
  return resolveEpp(readGitopsModel('team-a/models/llama-3-1-8b-pd'));
}

/** A controller-default model (granite-8b with `scheduler: {}`, no preset in the cache). */
export function controllerDefaultEpp(): ModelEppConfig {
  return resolveEpp(graniteWithoutEppConfig());
}

/** A model whose `spec.router.scheduler.config.inline` is the given text (v1alpha2 style). */
export function inlineEpp(
  text: string,
  clusterDialect?: string,
): ModelEppConfig {
  return resolveEpp(
    {
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: { namespace: 'team-a', name: 'm' },
      spec: { router: { scheduler: { config: { inline: text } } } },
    } as KubeObjectLike,
    emptyLookup,
    clusterDialect,
  );
}

/** A model whose config is a key of a ConfigMap that the lookup does (not) have. */
export function configMapEpp(data?: Record<string, string>): ModelEppConfig {
  return resolveEpp(
    {
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: { namespace: 'team-a', name: 'm' },
      spec: {
        router: {
          scheduler: {
            config: { ref: { name: 'my-epp', key: 'config.yaml' } },
          },
        },
      },
    } as KubeObjectLike,
    {
      llmInferenceServiceConfig: () => undefined,
      configMap: (namespace, name) =>
        data && namespace === 'team-a' && name === 'my-epp'
          ? ({
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { namespace, name },
              data,
            } as KubeObjectLike)
          : undefined,
    },
    'router-v0.10',
  );
}

/** OpenShift AI's scheduler template (vendored; image tag v0.2.0, kebab-case flags) in its controller namespace. */
function openShiftAiTemplate(): KubeObjectLike {
  const text = fs.readFileSync(
    vendorPath(
      'kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml',
    ),
    'utf8',
  );
  const template = parseEndpointPickerConfig(text).root as KubeObjectLike;
  return {
    ...template,
    metadata: { ...template.metadata, namespace: 'redhat-ods-applications' },
  };
}

/**
 * A model as the backend describes it on a cluster that runs OpenShift AI's scheduler template and configures no
 * dialect: its EPP config and the detected scheduler dialect.
 */
export function onOpenShiftAiCluster(
  llmisvc: KubeObjectLike,
): Pick<ModelClusterDetail, 'epp' | 'eppDialect'> {
  const template = openShiftAiTemplate();
  const { epp, eppDialect } = describeModelOnCluster({
    cluster: 'ocp',
    llmInferenceService: llmisvc,
    lookup: {
      llmInferenceServiceConfig: (namespace, name) =>
        namespace === template.metadata.namespace &&
        name === template.metadata.name
          ? template
          : undefined,
      configMap: () => undefined,
    },
    gateways: [],
  });
  return { epp, eppDialect };
}

/** granite-8b of the GitOps example with `scheduler` as its scheduler section (no EPP config in it). */
function graniteWithScheduler(scheduler: object): KubeObjectLike {
  const granite = readGitopsModel('team-a/models/granite-8b') as any;
  return {
    ...granite,
    spec: {
      ...granite.spec,
      router: { ...granite.spec.router, scheduler },
    },
  };
}

/** granite-8b without any EPP config: the controller's scheduler template decides everything. */
export function graniteWithoutEppConfig(): KubeObjectLike {
  return graniteWithScheduler({});
}

/** granite-8b with its own scheduler image `tag` and still no EPP config. */
export function graniteWithSchedulerImage(tag: string): KubeObjectLike {
  return graniteWithScheduler({
    template: {
      containers: [
        {
          name: 'main',
          image: `ghcr.io/llm-d/llm-d-inference-scheduler:${tag}`,
        },
      ],
    },
  });
}
