import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  artifactsDir,
  DevPortal,
  FRONTEND_URL,
  startDevPortal,
} from './devPortal';

// Browser smoke test of the README's start command: real `npm start`, real
// Debian Chromium driven by Playwright.
jest.setTimeout(600_000);

describe('dev portal in Chromium', () => {
  let portal: DevPortal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    portal = await startDevPortal();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('signs in as guest and lists the repository’s components', async () => {
    await page.goto(FRONTEND_URL);
    await page
      .getByRole('button', { name: /enter/i })
      .click({ timeout: 120_000 });
    const backendLink = page.getByRole('link', {
      name: 'llm-d portal (backend)',
    });
    await backendLink.waitFor({ timeout: 120_000 });
    expect(await backendLink.getAttribute('href')).toContain(
      '/catalog/default/component/llmd-portal-backend',
    );
    await page.screenshot({ path: join(artifactsDir, 'catalog.png') });
  });

  it('opens an entity page', async () => {
    await page.getByRole('link', { name: 'llm-d portal (backend)' }).click();
    await page.waitForURL(/\/catalog\/default\/component\/llmd-portal-backend/);
    const about = page.getByText('About').first();
    await about.waitFor({ timeout: 60_000 });
    expect(await page.getByText('platform-team').first().isVisible()).toBe(
      true,
    );
    await page.screenshot({ path: join(artifactsDir, 'entity.png') });
  });

  it('shows the template list', async () => {
    await page.goto(`${FRONTEND_URL}/create`);
    const card = page.getByText('llm-d GitOps repository').first();
    await card.waitFor({ timeout: 60_000 });
    expect(await card.isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'templates.png') });
  });

  it('offers catalog import and the task list', async () => {
    await page.goto(`${FRONTEND_URL}/catalog-import`);
    const importHeading = page
      .getByText(/register an existing component/i)
      .first();
    await importHeading.waitFor({ timeout: 60_000 });
    expect(await importHeading.isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'catalog-import.png') });

    await page.goto(`${FRONTEND_URL}/create/tasks`);
    const tasks = page.getByText(/tasks/i).first();
    await tasks.waitFor({ timeout: 60_000 });
    expect(await tasks.isVisible()).toBe(true);
  });
});
