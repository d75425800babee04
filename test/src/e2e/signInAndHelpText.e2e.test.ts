import { join } from 'node:path';
import { artifactsDir, FRONTEND_URL } from './devPortal';
import { devPortalInChromium } from './devPortalInChromium';

// Two things a user sees in the real `npm start` portal: a guest stays signed in across reloads,
// deep links and a backend restart; the model template's help text keeps its <placeholders>.
jest.setTimeout(600_000);

/** The fleet page's heading, whatever the number of demo models (devPortal.e2e.test.ts checks the count). */
const FLEET_PAGE_HEADING = /^Model services \(\d+\)$/;

describe('dev portal sign-in and template help text in Chromium', () => {
  // Long enough to wait for the other browser test file's portal (startDevPortal takes turns).
  const ui = devPortalInChromium(
    { width: 1400, height: 900 },
    { timeoutMs: 1_500_000 },
  );

  const enterButton = () => ui.page.getByRole('button', { name: /enter/i });

  /** Opens `path` and fails if the guest sign-in page shows up instead of `content`. */
  async function expectSignedInAt(path: string, content: string | RegExp) {
    await ui.page.goto(`${FRONTEND_URL}${path}`);
    const expected = ui.page.getByText(content).first();
    // Whichever comes first: the page's content or the sign-in page's Enter button.
    await expected.or(enterButton()).first().waitFor({ timeout: 120_000 });
    expect(await enterButton().count()).toBe(0);
    expect(await expected.isVisible()).toBe(true);
  }

  it('signs in as guest once: a reload and deep links open without the sign-in page', async () => {
    await ui.page.goto(FRONTEND_URL);
    await enterButton().click({ timeout: 120_000 });
    await ui.page
      .getByRole('link', { name: 'Model fleet' })
      .first()
      .waitFor({ timeout: 120_000 });

    await ui.page.reload();
    await ui.page
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
    await ui.page.screenshot({
      path: join(artifactsDir, 'signed-in-deep.png'),
    });
  });

  it('stays signed in when the backend is away for a moment (a restart) as the page loads', async () => {
    // What the browser sees of `npm start`'s backend restarting after a source change: connection
    // refused, then 503 "Service is shutting down", then the backend is back.
    let away = 3;
    await ui.page.route('**/api/auth/guest/refresh', async route => {
      away -= 1;
      if (away >= 1) return route.abort('connectionrefused');
      if (away === 0) return route.fulfill({ status: 503, body: '{}' });
      return route.continue();
    });
    try {
      await expectSignedInAt('/llmd', FLEET_PAGE_HEADING);
      expect(away).toBeLessThan(0);
    } finally {
      await ui.page.unroute('**/api/auth/guest/refresh');
    }
  });

  it("shows the model template's help text with its placeholders", async () => {
    await ui.page.goto(
      `${FRONTEND_URL}/create/templates/default/llmd-model-service`,
    );
    const help = ui.page.getByText(/^Lower-case letters, digits and/).first();
    await help.waitFor({ timeout: 60_000 });
    expect(await help.innerText()).toBe(
      "Lower-case letters, digits and '-'. Clients call http(s)://<gateway>/<namespace>/<name>/v1.",
    );
    await ui.page.screenshot({
      path: join(artifactsDir, 'model-form-help.png'),
    });

    // The Gateway choice's label (plain text, not Markdown) keeps its placeholder too.
    await ui.page.getByLabel('Service name').first().fill('help-text');
    await ui.page.getByLabel('Tenant namespace').first().fill('team-a');
    const owner = ui.page.getByLabel('Owner').first();
    await owner.click();
    await owner.fill('team-a');
    await ui.page
      .getByRole('option', { name: /team-a/ })
      .first()
      .click();
    await ui.page.getByLabel('Model URI').first().fill('hf://ibm/granite');
    for (const step of ['Size', 'Routing and access']) {
      await ui.page.getByRole('button', { name: 'Next' }).click();
      await ui.page.getByText(step, { exact: true }).first().waitFor();
    }
    const gateway = ui.page.getByText(
      "The tenant's own Gateway (<namespace>-gateway)",
      { exact: true },
    );
    await gateway.waitFor({ timeout: 30_000 });
    expect(await gateway.isVisible()).toBe(true);
  });
});
