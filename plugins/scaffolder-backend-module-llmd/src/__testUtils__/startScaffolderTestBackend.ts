import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import type { JsonObject } from '@backstage/types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, repoRoot } from '@internal/test-support';
import request from 'supertest';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { llmdClusterCacheServiceRef } from '@llmd/plugin-llmd-node';
import scaffolderModuleLlmd from '../index';

/** The repository's templates directory. */
export const TEMPLATES_DIR = path.join(repoRoot, 'templates');

/** The four llm-d templates, by directory. */
const LLMD_TEMPLATES = [
  'tenant',
  'model-service',
  'shared-gateway',
  'metallb',
] as const;

/**
 * Holds the backend's start until the llm-d cluster cache has synced every configured cluster, so validation sees
 * the clusters' Gateways from the first task on.
 */
const waitForClusterSync = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'test-wait-for-cluster-sync',
  register(reg) {
    reg.registerInit({
      deps: { cache: llmdClusterCacheServiceRef },
      async init({ cache }) {
        await cache.waitForInitialSync();
      },
    });
  },
});

/**
 * Starts the real catalog and scaffolder backends (with the stock GitHub publish module and this module) on an
 * in-memory database, with the llm-d templates registered from `templates/` as a file location.
 */
export async function startScaffolderTestBackend(
  llmdGitops: JsonObject,
  extraConfig: JsonObject = {},
  /** More features or service factories, e.g. the permission backend and a policy. */
  extraFeatures: Parameters<typeof startTestBackend>[0]['features'] = [],
) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      scaffolderEntityModel,
      scaffolderPlugin,
      githubModule,
      scaffolderModuleLlmd,
      waitForClusterSync,
      ...(extraFeatures ?? []),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            baseUrl: 'http://localhost:7007',
            workingDirectory: mkdtempSync(path.join(tmpdir(), 'llmd-scaf-')),
          },
          catalog: {
            rules: [{ allow: ['Template', 'Location'] }],
            locations: LLMD_TEMPLATES.map(dir => ({
              type: 'file',
              target: path.join(TEMPLATES_DIR, dir, 'template.yaml'),
            })),
          },
          ...extraConfig,
          llmd: { ...(extraConfig.llmd as JsonObject), gitops: llmdGitops },
        },
      }),
    ],
  });
  const auth = mockCredentials.user.header();
  const api = {
    get: (url: string) =>
      request(backend.server).get(url).set('Authorization', auth),
    post: (url: string, body: object, as: string = auth) =>
      request(backend.server).post(url).set('Authorization', as).send(body),
  };
  /** Names of the templates the catalog holds. */
  const templateNames = async (): Promise<string[]> => {
    const response = await api.get(
      '/api/catalog/entities/by-query?filter=kind=template',
    );
    return (response.body.items ?? []).map(
      (e: { metadata: { name: string } }) => e.metadata.name,
    );
  };
  /** The catalog ingests the template locations in the background: wait (bounded) until all are there. */
  const waitForTemplates = async () => {
    await eventually(
      'the templates to appear in the catalog',
      async () => (await templateNames()).length === LLMD_TEMPLATES.length,
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  };
  return { backend, api, templateNames, waitForTemplates };
}
