import { eventually } from '@internal/test-support';
import { Locator } from 'playwright-core';
import { FRONTEND_URL } from './devPortal';
import { devPortalInChromium } from './devPortalInChromium';
import { enterAsGuest } from './enterAsGuest';
import { cardTitled, screenshot } from './screenshots';

// The key screens of the real `npm start` portal in Debian Chromium, as the docs show them: the template form, the
// Model serving tab, the token dialog, the routing profile, the fleet page, the Reachability card and the Serving
// metrics card with live numbers from the dev portal's Prometheus. `npm run docs:screenshots` writes the pictures
// to docs/images (LLMD_SCREENSHOTS); otherwise they go to test/e2e/artifacts/screens.
jest.setTimeout(900_000);

/** Values the card shows once Prometheus has scraped the demo's traffic (`—` means no sample yet). */
const LIVE_VALUES = [
  'TTFT p50',
  'TTFT p95',
  'ITL p50',
  'ITL p95',
  'Requests',
  'Prompt',
  'Generation',
  'KV cache',
  'Waiting',
  'Running',
  'Hit rate',
];

describe('key screens in Chromium', () => {
  const ui = devPortalInChromium(
    { width: 1280, height: 800 },
    { timeoutMs: 1_500_000, ready: enterAsGuest },
  );

  /**
   * Opens `path` until `shown` appears. Right after start the catalog may not hold the demo's entities and templates
   * yet, and the dev backend restarts when sources change: reload until then.
   */
  async function openUntil(path: string, shown: Locator, what: string) {
    await eventually(
      what,
      async () => {
        await ui.page.goto(`${FRONTEND_URL}${path}`);
        return shown
          .waitFor({ timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
      },
      { timeoutMs: 240_000, intervalMs: 1000 },
    );
  }

  /** Opens a demo model's Model serving tab and waits for its Serving metrics card. */
  const openServingTab = (name: string) =>
    openUntil(
      `/catalog/team-a/component/${name}/model-serving`,
      ui.page.getByText('Serving metrics', { exact: true }),
      `the Model serving tab of team-a/${name}`,
    );

  /** Waits (at most 90 s: the card reloads every 20 s, Prometheus scrapes every 5 s) until every label has a number. */
  async function untilLive(labels: readonly string[]) {
    await eventually(
      `live values of ${labels.join(', ')}`,
      async () => {
        for (const label of labels) {
          const value = ui.page.getByLabel(new RegExp(`^${label}: \\d`));
          if ((await value.count()) === 0) return false;
        }
        return true;
      },
      { timeoutMs: 90_000, intervalMs: 2000 },
    );
  }

  it('shows the model service template form', async () => {
    const name = ui.page.getByLabel('Service name').first();
    // the help text too: a form drawn before the template's ui:help arrived would make a poor picture
    await openUntil(
      '/create/templates/default/llmd-model-service',
      ui.page.getByText(/^Lower-case letters, digits and/).first(),
      'the model service template form with its help text',
    );
    await name.fill('granite-chat');
    await ui.page.getByLabel('Tenant namespace').first().fill('team-a');
    expect(await name.inputValue()).toBe('granite-chat');
    await screenshot(ui.page, 'template-form');
  });

  it('shows the Model serving tab, the token dialog and the Reachability card', async () => {
    await openServingTab('granite-8b');
    await ui.page
      .getByText(/\/team-a\/granite-8b\/v1$/)
      .first()
      .waitFor({ timeout: 60_000 });
    expect(
      await ui.page.getByRole('button', { name: 'Copy base URL' }).count(),
    ).toBeGreaterThan(0);
    await screenshot(ui.page, 'model-serving-tab');

    await ui.page
      .getByLabel('Reachability on demo: reachable')
      .waitFor({ timeout: 120_000 });
    await screenshot(cardTitled(ui.page, 'Reachability'), 'reachability-card');

    await ui.page.getByRole('button', { name: 'Get token on demo' }).click();
    await ui.page.getByRole('button', { name: 'Mint token' }).click();
    const token = ui.page.getByRole('textbox', { name: 'Access token' });
    await token.waitFor({ timeout: 30_000 });
    // a picture kept in the repository must not hold a token, even a short-lived demo one
    await screenshot(ui.page.getByRole('dialog'), 'token-dialog', [
      token,
      ui.page.getByText(/^export LLMD_TOKEN=/),
    ]);
    await ui.page.getByRole('button', { name: 'Done' }).click();
    await ui.page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shows the P/D model’s routing profile', async () => {
    await openServingTab('llama-3-1-8b-pd');
    await ui.page
      .getByRole('group', {
        name: 'Scheduling profile decode: Filter → Score → Pick',
      })
      .waitFor({ timeout: 60_000 });
    expect(
      await ui.page.getByText('pd-profile-handler').first().isVisible(),
    ).toBe(true);
    await screenshot(cardTitled(ui.page, 'Routing profile'), 'routing-profile');
  });

  it('shows the fleet page', async () => {
    await ui.page.goto(`${FRONTEND_URL}/llmd`);
    await ui.page
      .getByText(/^Model services \(\d+\)$/)
      .waitFor({ timeout: 120_000 });
    await ui.page
      .getByLabel('Reachability of Granite 8B: reachable')
      .waitFor({ timeout: 60_000 });
    expect(
      await ui.page.getByRole('columnheader', { name: 'Reachable' }).count(),
    ).toBe(1);
    // the fleet table has many columns: picture it as a wide screen shows it, not scrolled sideways
    const viewport = ui.page.viewportSize();
    await ui.page.setViewportSize({ width: 1680, height: 1000 });
    await screenshot(ui.page, 'fleet-page');
    await screenshot(
      ui.page
        .getByText(/^Model services \(\d+\)$/)
        .locator('xpath=ancestor::div[.//table][1]'),
      'fleet-table',
    );
    if (viewport) await ui.page.setViewportSize(viewport);
  });

  it('shows live serving metrics of a demo model within 90 s', async () => {
    await openServingTab('granite-8b');
    await untilLive(LIVE_VALUES);
    const card = cardTitled(ui.page, 'Serving metrics');
    expect(
      await card
        .getByRole('img', {
          name: /^Latency over the last 1h: TTFT p50 now \d/,
        })
        .count(),
    ).toBe(1);
    // warnings may be listed (which names were found); failures and empty states may not
    expect(
      await card
        .getByText(
          /Prometheus is unavailable|Could not load|No data yet|No traffic/,
        )
        .count(),
    ).toBe(0);
    await screenshot(card, 'serving-metrics-card');
  });

  it('shows the P/D demo model’s disaggregation rate', async () => {
    await openServingTab('llama-3-1-8b-pd');
    await untilLive([...LIVE_VALUES, 'Prefill split off']);
    expect(
      await ui.page.getByRole('region', { name: 'P/D disaggregation' }).count(),
    ).toBe(1);
    await screenshot(
      cardTitled(ui.page, 'Serving metrics'),
      'serving-metrics-card-pd',
    );
  });
});
