import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  artifactsDir,
  DevPortal,
  FRONTEND_URL,
  startDevPortal,
} from './devPortal';

// Two things a user sees in the real `npm start` portal: a guest stays signed in across reloads,
// deep links and a backend restart; the model template's help text keeps its <placeholders>.
jest.setTimeout(600_000);

/** The fleet page's heading, whatever the number of demo models (devPortal.e2e.test.ts checks the count). */
const FLEET_PAGE_HEADING = /^Model services \(\d+\)$/;

describe('dev portal sign-in and template help text in Chromium', () => {
  let portal: DevPortal;
  let browser: Browser;
  let page: Page;

  // Long enough to wait for the other browser test file's portal (startDevPortal takes turns).
  beforeAll(async () => {
    portal = await startDevPortal();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  }, 1_500_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const enterButton = () => page.getByRole('button', { name: /enter/i });

  /** Opens `path` and fails if the guest sign-in page shows up instead of `content`. */
  async function expectSignedInAt(path: string, content: string | RegExp) {
    await page.goto(`${FRONTEND_URL}${path}`);
    const expected = page.getByText(content).first();
    // Whichever comes first: the page's content or the sign-in page's Enter button.
    await expected.or(enterButton()).first().waitFor({ timeout: 120_000 });
    expect(await enterButton().count()).toBe(0);
    expect(await expected.isVisible()).toBe(true);
  }

  it('signs in as guest once: a reload and deep links open without the sign-in page', async () => {
    await page.goto(FRONTEND_URL);
    await enterButton().click({ timeout: 120_000 });
    await page
      .getByRole('link', { name: 'Model fleet' })
      .first()
      .waitFor({ timeout: 120_000 });

    await page.reload();
    await page
      .getByRole('link', { name: 'Model fleet' })
      .or(enterButton())
      .first()
      .waitFor({ timeout: 120_000 });
    expect(await enterButton().count()).toBe(0);

    await expectSignedInAt('/llmd', FLEET_PAGE_HEADING);
    await expectSignedInAt(
      '/catalog/team-a/component/llama-3-1-8b-pd/model-serving',
      /\/team-a\/llama-3-1-8b-pd\/v1$/,
    );
    await page.screenshot({ path: join(artifactsDir, 'signed-in-deep.png') });
  });

  it('stays signed in when the backend is away for a moment (a restart) as the page loads', async () => {
    // What the browser sees of `npm start`'s backend restarting after a source change: connection
    // refused, then 503 "Service is shutting down", then the backend is back.
    let away = 3;
    await page.route('**/api/auth/guest/refresh', async route => {
      away -= 1;
      if (away >= 1) return route.abort('connectionrefused');
      if (away === 0) return route.fulfill({ status: 503, body: '{}' });
      return route.continue();
    });
    try {
      await expectSignedInAt('/llmd', FLEET_PAGE_HEADING);
      expect(away).toBeLessThan(0);
    } finally {
      await page.unroute('**/api/auth/guest/refresh');
    }
  });

  it("shows the model template's help text with its placeholders", async () => {
    await page.goto(
      `${FRONTEND_URL}/create/templates/default/llmd-model-service`,
    );
    const help = page.getByText(/^Lower-case letters, digits and/).first();
    await help.waitFor({ timeout: 60_000 });
    expect(await help.innerText()).toBe(
      "Lower-case letters, digits and '-'. Clients call http(s)://<gateway>/<namespace>/<name>/v1.",
    );
    await page.screenshot({ path: join(artifactsDir, 'model-form-help.png') });

    // The Gateway choice's label (plain text, not Markdown) keeps its placeholder too.
    await page.getByLabel('Service name').first().fill('help-text');
    await page.getByLabel('Tenant namespace').first().fill('team-a');
    const owner = page.getByLabel('Owner').first();
    await owner.click();
    await owner.fill('team-a');
    await page
      .getByRole('option', { name: /team-a/ })
      .first()
      .click();
    await page.getByLabel('Model URI').first().fill('hf://ibm/granite');
    for (const step of ['Size', 'Routing and access']) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(step, { exact: true }).first().waitFor();
    }
    const gateway = page.getByText(
      "The tenant's own Gateway (<namespace>-gateway)",
      { exact: true },
    );
    await gateway.waitFor({ timeout: 30_000 });
    expect(await gateway.isVisible()).toBe(true);
  });
});
