import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObjectLike } from '../kube/kubeObject';
import { renderFromInput } from '../render/renderFromInput';
import type { RenderTarget } from '../render/renderTarget';
import { readFixtureObjects } from './testFixtures';

/*
 * Test-only fixtures of the governance rules: the repository's own renders and demo tree, and hand-written stand-ins
 * (src/test-fixtures) for manifests of the llm-d playbook and its advanced deployment guide.
 */

/** The repository's rendered demo GitOps tree. */
export const EXAMPLES_GITOPS = path.resolve(
  __dirname,
  '../../../../examples/gitops',
);

/** Every object of every YAML file under `dir`, with the file it came from (relative, `/`-separated). */
export function readTreeObjects(
  dir: string,
): { file: string; object: KubeObjectLike }[] {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => /\.ya?ml$/.test(f))
    .sort();
  return files.flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))
      .map(doc => doc.toJS() as KubeObjectLike | null)
      .filter((o): o is KubeObjectLike => Boolean(o))
      .map(object => ({ file: file.split(path.sep).join('/'), object })),
  );
}

/** Shaped like the llm-d playbook's shared Gateway: one HTTP listener with `allowedRoutes.namespaces.from: All`. */
export function playbookSharedGateway(): KubeObjectLike[] {
  return readFixtureObjects('llm-d-playbook/shared-gateway.yaml');
}

/**
 * Shaped like the llm-d playbook's intelligent-inference model: a Hugging Face URI, no dashboard label, display name
 * or owner, and a v0.2-only EPP config passed with the older `--configText` flag.
 */
export function playbookConfigTextModel(): KubeObjectLike[] {
  return readFixtureObjects('llm-d-playbook/config-text-flag-model.yaml');
}

/**
 * Shaped like the advanced deployment guide's shared Gateway with namespace restrictions: a GatewayClass and the
 * Gateway openshift-ingress/openshift-ai-inference, whose listener admits routes with `from: Selector`.
 */
export function guideSharedGateway(): KubeObjectLike[] {
  return readFixtureObjects('advanced-deployment-guide/shared-gateway.yaml');
}

/** The smallest model of the demo tenant, as the templates render it. */
export const MODEL_INPUT = {
  name: 'granite-8b',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  displayName: 'Granite 8B',
  model: {
    uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
  },
  gateway: { name: 'team-a-gateway', namespace: 'team-a' },
};

/** A P/D model with the prefill-decode routing preset (its EPP config travels in the object). */
export const PD_INPUT = {
  ...MODEL_INPUT,
  name: 'granite-pd',
  routing: { preset: 'prefill-decode' },
  prefill: { replicas: 1 },
};

/** Renders an input of a kind and returns the object of `kind` among its manifests. */
export function rendered(
  renderKind: 'model' | 'tenant' | 'gateway',
  input: object,
  kind = renderKind === 'model' ? 'LLMInferenceService' : 'Gateway',
  target?: RenderTarget,
): KubeObjectLike {
  const outcome = renderFromInput(renderKind, input, target);
  if (!outcome.success) {
    throw new Error(
      `fixture does not render: ${JSON.stringify(outcome.problems)}`,
    );
  }
  const object = outcome.result.manifests.find(m => m.kind === kind);
  if (!object) throw new Error(`the render has no ${kind}`);
  // A deep copy, so tests may edit it.
  return JSON.parse(JSON.stringify(object));
}
