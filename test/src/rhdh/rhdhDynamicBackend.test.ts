import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eventually, LLMD_ACTION_IDS, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import {
  type RhdhLikeBackend,
  startRhdhLikeBackend,
} from './backend/startRhdhLikeBackend';
import { assertExported, ensureDynamicExport } from './ensureDynamicExport';
import { describeWithExport } from './probeRegistry';
import { AUXILIARY_KINDS } from '@llmd/plugin-llmd-node';

// The exported backend plugins loaded the way RHDH loads them: @backstage/backend-dynamic-feature-service scans a
// dynamic-plugins-root holding the four dist-dynamic folders (named as in the image) and installs them next to the
// stock catalog, scaffolder and permission backends (backend/rhdhLikeBackend.ts), configured from the pluginConfig
// of docs/examples/dynamic-plugins.yaml, against the simulated demo cluster. Shares the export with the other RHDH
// tests (ensureDynamicExport.ts).
jest.setTimeout(900_000);

const { describeExport, exportTitle } = describeWithExport(
  'the exported backend plugins in an RHDH-like backend (backend-dynamic-feature-service)',
);

/**
 * The kinds every cluster is listed and watched for: the llm-d cluster cache's base kinds (LLMInferenceService,
 * LLMInferenceServiceConfig, Gateway) and what the reachability evaluation reads.
 */
const WATCHED_KINDS = 3 + AUXILIARY_KINDS.length;

describeExport(exportTitle, () => {
  let sim: ClusterSimulator;
  let backend: RhdhLikeBackend;

  beforeAll(async () => {
    assertExported(await ensureDynamicExport());
    sim = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    backend = await startRhdhLikeBackend(sim);
  });

  afterAll(async () => {
    await backend?.stop();
    await sim?.close();
  });

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${backend.baseUrl}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${backend.token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  it('loads the three backend plugins from the dynamic plugins root, none failed', () => {
    const log = backend.output();
    for (const name of [
      '@llmd/plugin-llmd-backend-dynamic',
      '@llmd/plugin-catalog-backend-module-llmd-dynamic',
      '@llmd/plugin-scaffolder-backend-module-llmd-dynamic',
    ]) {
      expect(log).toMatch(
        new RegExp(`loaded dynamic backend plugin '${name}'`),
      );
    }
    expect(log).not.toMatch(
      /error occurred while loading dynamic|could not be loaded from/,
    );
  });

  it('serves /api/llmd/models from the dynamic backend plugin', async () => {
    const { status, body } = await eventually(
      'the demo models',
      async () => {
        const res = await api('/api/llmd/models');
        return res.status === 200 && res.body.items?.length ? res : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(status).toBe(200);
    expect(body.items.map((m: { name: string }) => m.name)).toEqual(
      expect.arrayContaining(['granite-8b', 'llama-3-1-8b-pd']),
    );
  });

  it('gets the model services into the catalog from the dynamic catalog module', async () => {
    const entity = await eventually(
      'component:team-a/granite-8b',
      async () => {
        const res = await api(
          '/api/catalog/entities/by-name/component/team-a/granite-8b',
        );
        return res.status === 200 ? res.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(entity.spec.type).toBe('model-service');
    // Owner from the pluginConfig of docs/examples/dynamic-plugins.yaml (llmd.catalog.owners).
    expect(entity.spec.owner).toBe('group:default/team-a');
    expect(
      (await api('/api/catalog/entities/by-name/api/team-a/granite-8b-openai'))
        .status,
    ).toBe(200);
  });

  it('lists the six llmd: scaffolder actions of the dynamic scaffolder module', async () => {
    const { status, body } = await api('/api/scaffolder/v2/actions');
    expect(status).toBe(200);
    const ids = body.map((a: { id: string }) => a.id);
    expect(ids.filter((id: string) => id.startsWith('llmd:')).sort()).toEqual(
      [...LLMD_ACTION_IDS].sort(),
    );
  });

  it('dry-runs the model-service template through the dynamic actions', async () => {
    const template = parse(
      readFileSync(
        join(repoRoot, 'templates/model-service/template.yaml'),
        'utf8',
      ),
    );
    const { status, body } = await api('/api/scaffolder/v2/dry-run', {
      method: 'POST',
      body: JSON.stringify({
        template,
        values: {
          name: 'granite-dyn',
          namespace: 'team-a',
          owner: 'group:default/team-a',
          modelUri: 'hf://ibm-granite/granite-3.3-8b-instruct',
          replicas: 1,
          gpusPerReplica: 1,
          gateway: 'tenant',
          authEnabled: true,
          routingPreset: 'default',
        },
        directoryContents: [],
      }),
    });
    expect({ status, log: status === 200 ? [] : body }).toEqual({
      status: 200,
      log: [],
    });
    expect(
      (body.directoryContents as { path: string }[]).map(f => f.path),
    ).toContain('tenants/team-a/models/granite-dyn/llminferenceservice.yaml');
  });

  it('shares one cluster cache between the three dynamic plugins: one watch per cluster and kind', async () => {
    // Each plugin embeds its own copy of @llmd/plugin-llmd-node; a cache per copy would watch 3 times as often.
    // The reachability kinds' watches open after the base kinds synced: wait for all, then check there is no more.
    await eventually(
      'every kind watched',
      () => (sim.stats.byVerb.watch ?? 0) >= WATCHED_KINDS,
    );
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(sim.stats.byVerb.watch).toBe(WATCHED_KINDS);
    expect(
      sim.stats.byResource['llminferenceservices.serving.kserve.io'],
    ).toBeLessThanOrEqual(2); // one list, one watch
    expect(
      backend.output().match(/Watching 1 cluster\(s\): demo/g),
    ).toHaveLength(1);
  });
});
