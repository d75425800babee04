import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { launchChromium } from '../e2e/chromium';
import { dynamicPluginEntries } from './backend/dynamicPluginsRoot';
import {
  type RhdhLikeBackend,
  startRhdhLikeBackend,
} from './backend/startRhdhLikeBackend';
import { assertExported, ensureDynamicExport } from './ensureDynamicExport';
import { ensureShellBuild } from './frontend/ensureShellBuild';
import { startShellServer } from './frontend/startShellServer';
import { describeWithExport } from './probeRegistry';

// The exported frontend loaded the way RHDH 1.x loads it: a webpack module federation host (frontend/shell) that
// shares RHDH's singletons, reads the Scalprum configuration from /api/scalprum/plugins, loads the plugin's
// container with @scalprum/react-core and wires the exports by the `dynamicPlugins.frontend` config of
// docs/examples/dynamic-plugins.yaml (routes, entity tab, mount points with their `if`), against the RHDH-like
// backend with the dynamic backend plugins and the simulated demo cluster, in Debian's Chromium.
jest.setTimeout(900_000);

const { describeExport, exportTitle } = describeWithExport(
  'the exported frontend in an RHDH 1.x-like Scalprum shell',
);

/** The folders under the dynamic-plugins-root with Scalprum assets, by their Scalprum name, as RHDH serves them. */
function scalprumPlugins(root: string): Record<string, string> {
  const plugins: Record<string, string> = {};
  for (const dir of readdirSync(root)) {
    const assets = join(root, dir, 'dist-scalprum');
    const manifest = join(assets, 'plugin-manifest.json');
    if (existsSync(manifest)) {
      plugins[JSON.parse(readFileSync(manifest, 'utf8')).name] = assets;
    }
  }
  return plugins;
}

describeExport(exportTitle, () => {
  let sim: ClusterSimulator;
  let backend: RhdhLikeBackend;
  let shell: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assertExported(await ensureDynamicExport());
    const shellDir = ensureShellBuild();
    sim = await startClusterSimulator({
      seedDir: join(repoRoot, 'examples', 'gitops'),
      controller: true,
    });
    backend = await startRhdhLikeBackend(sim);
    const frontend = Object.assign(
      {},
      ...dynamicPluginEntries().map(
        e => e.pluginConfig?.dynamicPlugins?.frontend ?? {},
      ),
    );
    shell = await startShellServer({
      shellDir,
      scalprumPlugins: scalprumPlugins(backend.root),
      shellConfig: { frontend },
      backendBaseUrl: backend.baseUrl,
    });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', error => pageErrors.push(String(error)));
    page.on('console', message => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(shell.url);
    await page
      .getByRole('button', { name: /enter/i })
      .click({ timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await shell?.close();
    await backend?.stop();
    await sim?.close();
  });

  const visible = (text: string | RegExp) =>
    page.getByText(text).first().waitFor({ timeout: 60_000 });

  it('lists the models on the fleet page of the dynamic route, reached from its menu item', async () => {
    await page.getByRole('link', { name: 'Model fleet' }).click();
    await page.waitForURL(/\/llmd$/);
    await visible('Model services (2)').catch(error => {
      throw new Error(`${error}\npage errors:\n${pageErrors.join('\n')}`);
    });
    for (const name of ['Granite 8B', 'Llama 3.1 8B (P/D)']) {
      expect(
        await page.getByRole('link', { name: `Open ${name}` }).isVisible(),
      ).toBe(true);
    }
  });

  it('shows the overview cards of a model service (mount point entity.page.overview/cards)', async () => {
    await page.goto(`${shell.url}/catalog/team-a/component/granite-8b`);
    const overview = page.locator(
      '[data-mount-point="entity.page.overview/cards"]',
    );
    const getToken = overview.getByRole('button', {
      name: 'Get token on demo',
    });
    await getToken.waitFor({ timeout: 60_000 });
    expect(await getToken.isVisible()).toBe(true);
  });

  it('renders the Model serving tab: the endpoint and the Get token button, and mints a token', async () => {
    await page.getByRole('link', { name: 'Model serving' }).click();
    await page.waitForURL(/\/model-serving$/);
    const tab = page.locator(
      '[data-mount-point="entity.page.model-serving/cards"]',
    );
    await tab
      .getByText(/\/team-a\/granite-8b\/v1$/)
      .first()
      .waitFor({ timeout: 60_000 });
    // permission (llmd.model.token.create) and fetch with the signed-in user's token, through the app shell's APIs
    await tab.getByRole('button', { name: 'Get token on demo' }).click();
    await page.getByRole('button', { name: 'Mint token' }).click();
    const token = await page
      .getByRole('textbox', { name: 'Access token' })
      .inputValue({ timeout: 30_000 });
    expect(token.length).toBeGreaterThan(16);
  });

  it('shows no llm-d card on an entity that is not a model service (the `if: isLlmdModelService`)', async () => {
    const res = await fetch(
      `${backend.baseUrl}/api/catalog/entities/by-name/api/team-a/granite-8b-openai`,
      { headers: { authorization: `Bearer ${backend.token}` } },
    );
    expect(res.status).toBe(200);
    await page.goto(`${shell.url}/catalog/team-a/api/granite-8b-openai`);
    const overview = page.locator(
      '[data-mount-point="entity.page.overview/cards"]',
    );
    // an empty mount point has no size, so it is attached but never visible
    await overview.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await overview.locator('*').count()).toBe(0);
    expect(pageErrors.filter(e => /Invalid hook call/.test(e))).toEqual([]);
  });
});
