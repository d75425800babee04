import {
  gitopsYamlFile,
  kustomizationFile,
  type KubeManifest,
  type RenderResult,
} from '../gitopsFile';
import { formatInputProblem } from '../inputs/parseRenderInput';
import type { RenderTarget } from '../renderTarget';
import { modelAnnotations, modelLabels } from './modelAnnotations';
import type { ModelInput } from './modelInput';
import { modelPodTemplate } from './modelPodTemplate';
import {
  modelServiceEppConfig,
  type ModelServiceEppConfig,
} from './modelRouting';
import { modelInputProblems } from './parseModelInput';
import { renderModelAccess } from './renderModelAccess';
import { renderScheduler } from './renderScheduler';

/**
 * The GitOps directory of a model service (DESIGN §3 layout).
 *
 * @public
 */
export function modelServiceDir(namespace: string, name: string): string {
  return `tenants/${namespace}/models/${name}`;
}

/** The KServe LLMInferenceService of a model service, for the target's API version. */
function llmInferenceService(
  input: ModelInput,
  target: RenderTarget,
  epp: ModelServiceEppConfig | undefined,
): KubeManifest {
  const gateway = input.gateway;
  // Built apart from the return so the wider metadata (labels, annotations) passes KubeManifest's minimal type.
  const manifest = {
    apiVersion: `serving.kserve.io/${target.llmisvcApiVersion}`,
    kind: 'LLMInferenceService',
    metadata: {
      name: input.name,
      namespace: input.namespace,
      labels: modelLabels(),
      annotations: modelAnnotations(input),
    },
    spec: {
      model: {
        uri: input.model.uri,
        ...(input.model.name !== undefined && { name: input.model.name }),
      },
      replicas: input.replicas,
      router: {
        route: {},
        // `refs`, a list (the guide's `ref` does not exist); empty means the platform's default gateway.
        gateway: gateway
          ? { refs: [{ name: gateway.name, namespace: gateway.namespace }] }
          : {},
        scheduler: renderScheduler(epp, target),
      },
      template: modelPodTemplate(input, target, 'decode'),
      ...(input.prefill && {
        prefill: {
          replicas: input.prefill.replicas,
          template: modelPodTemplate(input, target, 'prefill'),
        },
      }),
    },
  };
  return manifest;
}

function llmInferenceServiceHeader(
  input: ModelInput,
  target: RenderTarget,
  epp: ModelServiceEppConfig | undefined,
): string {
  let routing = "Routing: the controller's default EPP config.";
  if (epp && target.llmisvcApiVersion === 'v1alpha1') {
    routing = `Routing: ${epp.source} EPP config in --config-text of scheduler container main, after the default scheduler arguments (args replaces them).`;
  } else if (epp) {
    routing = `Routing: ${epp.source} EPP config in router.scheduler.config.inline.`;
  }
  return [
    `LLMInferenceService ${input.name} of tenant ${input.namespace}, for serving.kserve.io/${target.llmisvcApiVersion} and EPP dialect ${target.eppDialect}.`,
    routing,
    'vLLM flags are in VLLM_ADDITIONAL_ARGS: args on the model container would replace the serving script.',
    ...(input.roce
      ? [
          'The controller copies the k8s.v1.cni.cncf.io/networks annotation to the pods of both pools.',
        ]
      : []),
    ...(input.auth.enabled
      ? []
      : ['Auth is off: the gateway admits requests without a token.']),
  ].join('\n');
}

/**
 * Renders a model service into `tenants/<namespace>/models/<name>/`: `llminferenceservice.yaml` (the
 * LLMInferenceService for the target's API version and EPP dialect), `access.yaml` (its client ServiceAccount, Role
 * and RoleBinding) and `kustomization.yaml`. Pure and deterministic: the same input gives byte-identical files.
 *
 * @param input - a value accepted by `parseModelInput(raw, target)` for the same target
 * @throws Error listing the problems when the input was not validated for this target
 *
 * @public
 */
export function renderModelService(
  input: ModelInput,
  target: RenderTarget,
): RenderResult {
  const problems = modelInputProblems(input, target);
  if (problems.length > 0) {
    throw new Error(
      `renderModelService needs an input validated by parseModelInput for this target: ${problems
        .map(formatInputProblem)
        .join('; ')}`,
    );
  }
  const dir = modelServiceDir(input.namespace, input.name);
  const epp = modelServiceEppConfig(input, target);
  const service = llmInferenceService(input, target, epp);
  const access = renderModelAccess(input.name, input.namespace);
  return {
    manifests: [service, ...access],
    files: [
      kustomizationFile(
        dir,
        `Model service ${input.name} of tenant ${input.namespace}.`,
        ['llminferenceservice.yaml', 'access.yaml'],
        input.namespace,
      ),
      gitopsYamlFile(
        `${dir}/llminferenceservice.yaml`,
        llmInferenceServiceHeader(input, target, epp),
        [service],
      ),
      gitopsYamlFile(
        `${dir}/access.yaml`,
        `Client identity for ${input.name}: the gateway's AuthPolicy accepts tokens of\nsubjects that may \`get\` this LLMInferenceService.`,
        access,
      ),
    ],
  };
}
