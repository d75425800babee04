import { modelInputSchema } from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createRenderAction } from './createRenderAction';
import { renderExample } from './renderExample';

const ID = 'llmd:model:render';

/**
 * `llmd:model:render`: an LLMInferenceService with its client ServiceAccount and Role.
 *
 * @public
 */
export function createModelRenderAction(options: { gitops: GitopsConfig }) {
  return createRenderAction(
    {
      kind: 'model',
      id: ID,
      description:
        'Renders an LLM model service (KServe LLMInferenceService incl. P/D, RoCE, EPP routing, probes, auth, dashboard labels, and its client access) into tenants/<namespace>/models/<name>.',
      inputSchema: modelInputSchema,
      examples: [
        renderExample(ID, 'Granite 8B with two replicas', {
          name: 'granite-8b',
          namespace: 'team-a',
          owner: 'group:default/team-a',
          model: {
            uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
          },
          replicas: 2,
          gateway: { name: 'team-a-gateway', namespace: 'team-a' },
        }),
        renderExample(
          ID,
          'Prefill/decode disaggregation over RoCE, for KServe 0.17',
          {
            name: 'llama-pd',
            namespace: 'team-a',
            owner: 'group:default/team-a',
            model: { uri: 'hf://meta-llama/Llama-3.1-8B-Instruct' },
            replicas: 2,
            prefill: { replicas: 2, gpusPerReplica: 1 },
            roce: { networks: 'roce-p2' },
          },
          {
            target: {
              llmisvcApiVersion: 'v1alpha2',
              eppDialect: 'router-v0.10',
            },
          },
        ),
      ],
    },
    options.gitops,
  );
}
