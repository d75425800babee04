import { eventually, postJson, repoRoot } from '@internal/test-support';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  guideShapedModelYaml,
  withFilesBeforeValidate,
} from '@internal/test-support';
import {
  artifactsDir,
  BACKEND_URL,
  FRONTEND_URL,
  gitopsBranchFiles,
  guestToken,
  backendGet,
} from './devPortal';
import { devPortalInChromium } from './devPortalInChromium';

// Browser smoke test of the README's start command: real `npm start`, real
// Debian Chromium driven by Playwright.
jest.setTimeout(600_000);

describe('dev portal in Chromium', () => {
  const ui = devPortalInChromium({ width: 1400, height: 900 });

  it('signs in as guest and lists the repository’s components', async () => {
    await ui.page.goto(FRONTEND_URL);
    await ui.page
      .getByRole('button', { name: /enter/i })
      .click({ timeout: 120_000 });
    const backendLink = ui.page.getByRole('link', {
      name: 'llm-d portal (backend)',
    });
    await backendLink.waitFor({ timeout: 120_000 });
    expect(await backendLink.getAttribute('href')).toContain(
      '/catalog/default/component/llmd-portal-backend',
    );
    await ui.page.screenshot({ path: join(artifactsDir, 'catalog.png') });
  });

  it('opens an entity page', async () => {
    await ui.page.getByRole('link', { name: 'llm-d portal (backend)' }).click();
    await ui.page.waitForURL(
      /\/catalog\/default\/component\/llmd-portal-backend/,
    );
    const about = ui.page.getByText('About').first();
    await about.waitFor({ timeout: 60_000 });
    expect(await ui.page.getByText('platform-team').first().isVisible()).toBe(
      true,
    );
    await ui.page.screenshot({ path: join(artifactsDir, 'entity.png') });
  });

  it('shows the llm-d templates in the template list', async () => {
    await ui.page.goto(`${FRONTEND_URL}/create`);
    for (const title of [
      'Onboard a tenant',
      'Deploy an LLM model service',
      'Shared inference Gateway',
      'Bare-metal load balancer (MetalLB)',
      'llm-d GitOps repository',
    ]) {
      const card = ui.page.getByText(title, { exact: true }).first();
      await card.waitFor({ timeout: 60_000 });
      expect(await card.isVisible()).toBe(true);
    }
    await ui.page.screenshot({ path: join(artifactsDir, 'templates.png') });
  });

  it('turns a model service request into a branch of the local GitOps repository', async () => {
    const token = await guestToken();
    const created = await postJson(
      `${BACKEND_URL}/api/scaffolder/v2/tasks`,
      token,
      {
        templateRef: 'template:default/llmd-model-service',
        values: {
          name: 'e2e-granite',
          namespace: 'team-a',
          owner: 'group:default/team-a',
          modelUri: 'hf://ibm-granite/granite-3.3-2b-instruct',
          replicas: 1,
          gpusPerReplica: 1,
          gateway: 'tenant',
          authEnabled: true,
          routingPreset: 'default',
        },
      },
    );
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const status = await eventually(
      `task ${id} to end`,
      async () => {
        const task = await fetch(
          `${BACKEND_URL}/api/scaffolder/v2/tasks/${id}`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        const body = await task.json();
        return ['completed', 'failed'].includes(body.status) && body.status;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(status).toBe('completed');
    const files = gitopsBranchFiles('llmd/model/team-a/e2e-granite');
    expect(files).toContain(
      'tenants/team-a/models/e2e-granite/llminferenceservice.yaml',
    );
    // The branch starts from main, so the seeded tenant is there too.
    expect(files).toContain('tenants/team-a/base/namespace.yaml');

    await ui.page.goto(`${FRONTEND_URL}/create/tasks/${id}`);
    await ui.page
      .getByText('Push the branch to the GitOps repository')
      .first()
      .waitFor({ timeout: 60_000 });
    await ui.page.screenshot({ path: join(artifactsDir, 'model-task.png') });
  });

  it("refuses the guide's router.gateway.ref in the model template by the demo cluster's (bundled) schema", async () => {
    const token = await guestToken();
    // A model shaped like the advanced deployment guide's, copied into the workspace before validation.
    const template = withFilesBeforeValidate(
      parse(
        readFileSync(
          join(repoRoot, 'templates/model-service/template.yaml'),
          'utf8',
        ),
      ),
    );
    const res = await postJson(
      `${BACKEND_URL}/api/scaffolder/v2/dry-run`,
      token,
      {
        template,
        values: {
          name: 'e2e-guide',
          namespace: 'team-a',
          owner: 'group:default/team-a',
          modelUri: 'hf://ibm-granite/granite-3.3-2b-instruct',
          replicas: 1,
          gpusPerReplica: 1,
          gateway: 'tenant',
          authEnabled: true,
          routingPreset: 'default',
        },
        directoryContents: [
          {
            path: 'guide/tenants/team-a/models/guide-model/llminferenceservice.yaml',
            base64Content: Buffer.from(guideShapedModelYaml()).toString(
              'base64',
            ),
          },
        ],
      },
    );
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.message).toContain(
      'LLMInferenceService team-a/guide-model spec.router.gateway.ref: unknown field "ref"',
    );
    // The demo cluster serves the bundled CRDs with their schemas, as a real API server serves its CRDs.
    expect(error.message).toMatch(
      /Schemas: .*serving\.kserve\.io\/v1alpha1 LLMInferenceService ← cluster demo/,
    );
  });

  it('fills the model service form in the browser and gets a branch', async () => {
    await ui.page.goto(
      `${FRONTEND_URL}/create/templates/default/llmd-model-service`,
    );
    await ui.page
      .getByLabel('Service name')
      .first()
      .fill('ui-granite', { timeout: 60_000 });
    await ui.page.getByLabel('Tenant namespace').first().fill('team-a');
    const owner = ui.page.getByLabel('Owner').first();
    await owner.click();
    await owner.fill('team-a');
    await ui.page
      .getByRole('option', { name: /team-a/ })
      .first()
      .click();
    await ui.page
      .getByLabel('Model URI')
      .first()
      .fill(
        'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-2b-instruct',
      );
    for (const step of ['Size', 'Routing and access', 'Advanced']) {
      await ui.page.getByRole('button', { name: 'Next' }).click();
      await ui.page.getByText(step, { exact: true }).first().waitFor();
    }
    await ui.page.getByRole('button', { name: /review|next/i }).click();
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-form-review.png'),
    });
    await ui.page.getByRole('button', { name: 'Create' }).click();
    await ui.page.waitForURL(/\/create\/tasks\//, { timeout: 60_000 });
    await ui.page
      .getByText('GitOps change')
      .first()
      .waitFor({ timeout: 120_000 });
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-form-task.png'),
    });
    const files = gitopsBranchFiles('llmd/model/team-a/ui-granite');
    expect(files).toContain('tenants/team-a/models/ui-granite/access.yaml');
  });

  it('shows the demo models as model-service components with their APIs and gateways', async () => {
    const token = await guestToken();
    for (const name of ['granite-8b', 'llama-3-1-8b-pd']) {
      const component = await backendGet(
        `/api/catalog/entities/by-name/component/team-a/${name}`,
        token,
      );
      expect(component.spec).toEqual(
        expect.objectContaining({
          type: 'model-service',
          system: 'system:team-a/team-a',
          providesApis: [`api:team-a/${name}-openai`],
        }),
      );
      const targets = component.relations.map(
        (r: { type: string; targetRef: string }) => `${r.type} ${r.targetRef}`,
      );
      expect(targets).toEqual(
        expect.arrayContaining([
          `providesApi api:team-a/${name}-openai`,
          'dependsOn resource:team-a/team-a-gateway',
          'partOf system:team-a/team-a',
        ]),
      );
      const api = await backendGet(
        `/api/catalog/entities/by-name/api/team-a/${name}-openai`,
        token,
      );
      expect(api.spec.type).toBe('openapi');
      expect(api.spec.definition).toContain(`/team-a/${name}/v1`);
    }
    const gateway = await backendGet(
      '/api/catalog/entities/by-name/resource/team-a/team-a-gateway',
      token,
    );
    expect(gateway.spec.type).toBe('inference-gateway');

    await ui.page.goto(`${FRONTEND_URL}/catalog/team-a/component/granite-8b`);
    await ui.page
      .getByText('model-service')
      .first()
      .waitFor({ timeout: 60_000 });
    await ui.page.getByText('About').first().waitFor({ timeout: 60_000 });
    await ui.page.screenshot({ path: join(artifactsDir, 'model-entity.png') });
    await ui.page.goto(
      `${FRONTEND_URL}/catalog/team-a/component/granite-8b/apis`,
    );
    await ui.page
      .getByText('Granite 8B (OpenAI-compatible API)')
      .first()
      .waitFor({ timeout: 60_000 });
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-entity-apis.png'),
    });
  });

  it('offers catalog import and the task list', async () => {
    await ui.page.goto(`${FRONTEND_URL}/catalog-import`);
    const importHeading = ui.page
      .getByText(/register an existing component/i)
      .first();
    await importHeading.waitFor({ timeout: 60_000 });
    expect(await importHeading.isVisible()).toBe(true);
    await ui.page.screenshot({
      path: join(artifactsDir, 'catalog-import.png'),
    });

    await ui.page.goto(`${FRONTEND_URL}/create/tasks`);
    const tasks = ui.page.getByText(/tasks/i).first();
    await tasks.waitFor({ timeout: 60_000 });
    expect(await tasks.isVisible()).toBe(true);
  });

  it('serves the demo cluster’s live models and mints a token that never reaches the log', async () => {
    const token = await guestToken();
    const get = (path: string) => backendGet(`/api/llmd${path}`, token);

    // The cache syncs right after start; the controller marks models ready after a few seconds.
    const clusters = await eventually(
      'the demo cluster to connect',
      async () => {
        const { items } = await get('/clusters');
        return items[0]?.connected && items;
      },
      { timeoutMs: 60_000, intervalMs: 1000 },
    );
    expect(clusters).toEqual([
      expect.objectContaining({ name: 'demo', connected: true }),
    ]);

    const models = (await get('/models')).items;
    expect(models).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ namespace: 'team-a', name: 'granite-8b' }),
      ]),
    );
    const detail = await get('/models/team-a/granite-8b');
    const onDemo = detail.clusters[0];
    expect(onDemo.authEnabled).toBe(true);
    expect(JSON.stringify(onDemo.endpoints)).toMatch(
      /https?:\/\/[^/]+\/team-a\/granite-8b\/v1/,
    );
    expect(onDemo.epp).toEqual(
      expect.objectContaining({ source: expect.any(String) }),
    );

    const minted = await postJson(
      `${BACKEND_URL}/api/llmd/models/team-a/granite-8b/token`,
      token,
      { cluster: 'demo', ttlSeconds: 600 },
    );
    expect(minted.status).toBe(200);
    const accessToken = await minted.json();
    expect(accessToken.token.length).toBeGreaterThan(16);
    expect(Date.parse(accessToken.expiresAt)).toBeGreaterThan(Date.now());
    // Give the log stream a moment to flush what the request produced.
    await new Promise(r => setTimeout(r, 1000));
    expect(readFileSync(ui.portal.logFile, 'utf8')).not.toContain(
      accessToken.token,
    );
  });

  it('shows a model’s endpoint, mints a token in the browser and draws its P/D routing profile', async () => {
    await ui.page.goto(
      `${FRONTEND_URL}/catalog/team-a/component/llama-3-1-8b-pd/model-serving`,
    );
    const baseUrl = ui.page.getByText(/\/team-a\/llama-3-1-8b-pd\/v1$/).first();
    await baseUrl.waitFor({ timeout: 60_000 });
    expect(
      await ui.page.getByRole('button', { name: 'Copy base URL' }).count(),
    ).toBeGreaterThan(0);
    expect(
      await ui.page
        .getByText('Authorization: Bearer $LLMD_TOKEN')
        .first()
        .isVisible(),
    ).toBe(true);

    // the routing profile: one Filter → Score → Pick pipeline per scheduling profile
    for (const profile of ['prefill', 'decode']) {
      await ui.page
        .getByRole('group', {
          name: `Scheduling profile ${profile}: Filter → Score → Pick`,
        })
        .waitFor({ timeout: 30_000 });
    }
    expect(
      await ui.page.getByText('pd-profile-handler').first().isVisible(),
    ).toBe(true);
    expect(await ui.page.getByRole('meter').count()).toBeGreaterThan(1);
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-serving-pd.png'),
      fullPage: true,
    });

    // the guest owns team-a's models in the dev policy, so minting is allowed
    await ui.page.getByRole('button', { name: 'Get token on demo' }).click();
    await ui.page.getByRole('button', { name: 'Mint token' }).click();
    const tokenField = ui.page.getByRole('textbox', { name: 'Access token' });
    await tokenField.waitFor({ timeout: 30_000 });
    const token = await tokenField.inputValue();
    expect(token.length).toBeGreaterThan(16);
    await ui.page.screenshot({ path: join(artifactsDir, 'model-token.png') });
    await ui.page.getByRole('button', { name: 'Done' }).click();
    await ui.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await ui.page.content()).not.toContain(token);
    await new Promise(r => setTimeout(r, 1000));
    expect(readFileSync(ui.portal.logFile, 'utf8')).not.toContain(token);
  });

  it('says which scheduler version a demo model runs and why, and draws what v0.7 runs without a config', async () => {
    // granite-8b runs the scheduler of OpenShift AI's template (tag v0.2.0, kebab-case flags)
    await ui.page.goto(
      `${FRONTEND_URL}/catalog/team-a/component/granite-8b/model-serving`,
    );
    await ui.page
      .getByText(
        'scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)',
      )
      .first()
      .waitFor({ timeout: 60_000 });
    expect(
      await ui.page
        .getByText(/Image tag v0\.2\.0 names scheduler-v0\.2, but that version/)
        .first()
        .isVisible(),
    ).toBe(true);

    // granite-8b-scheduler-v07: no EPP config, on its own scheduler image v0.7.1
    await ui.page.goto(
      `${FRONTEND_URL}/catalog/team-a/component/granite-8b-scheduler-v07/model-serving`,
    );
    await ui.page
      .getByText('scheduler-v0.7 — from image tag v0.7.1')
      .first()
      .waitFor({ timeout: 60_000 });
    const builtIn = ui.page
      .getByRole('group', { name: 'Built-in default pipeline' })
      .first();
    await builtIn.waitFor({ timeout: 30_000 });
    expect(
      await builtIn.getByText('built-in default').first().isVisible(),
    ).toBe(true);
    expect(
      await builtIn
        .getByRole('group', {
          name: 'Scheduling profile default: Filter → Score → Pick',
        })
        .isVisible(),
    ).toBe(true);
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-serving-built-in-default.png'),
      fullPage: true,
    });
  });

  it('lists the fleet with cluster health and policy findings', async () => {
    await ui.page.goto(FRONTEND_URL);
    await ui.page.getByRole('link', { name: 'Model fleet' }).first().click();
    await ui.page.waitForURL(/\/llmd$/);
    // three team-a models and the broken team-b one (examples/demo-cluster/README.md)
    await ui.page.getByText('Model services (4)').waitFor({ timeout: 60_000 });
    for (const name of [
      'Granite 8B',
      'Granite 8B (scheduler v0.7)',
      'Granite 8B (team B)',
      'Llama 3.1 8B (P/D)',
    ]) {
      expect(
        await ui.page
          .getByRole('link', { name: `Open ${name}`, exact: true })
          .isVisible(),
      ).toBe(true);
    }
    expect(await ui.page.getByLabel('Cluster health').textContent()).toContain(
      'Cluster demo is connected.',
    );
    // the dev policy warns about the demo's HTTP-only Gateways
    await ui.page.getByText(/^Policy findings \(\d+\)$/).waitFor();
    expect(await ui.page.getByText('require-https').count()).toBeGreaterThan(0);
    await ui.page.screenshot({
      path: join(artifactsDir, 'fleet.png'),
      fullPage: true,
    });
  });
});
