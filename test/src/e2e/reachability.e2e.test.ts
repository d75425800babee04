import { eventually } from '@internal/test-support';
import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';
import { join } from 'node:path';
import { Locator } from 'playwright-core';
import { demoAnnotator, FAULTS, FAULTY, LLMISVC } from './demoFaults';
import { artifactsDir, demoKubeconfigPath, FRONTEND_URL } from './devPortal';
import { devPortalInChromium } from './devPortalInChromium';
import { enterAsGuest } from './enterAsGuest';

// "Ready but unreachable" in the real `npm start` portal, in Debian Chromium: the Reachability card of the demo's
// healthy and broken models, a probe through the simulated data plane, and the fleet page's preflight panel and
// Reachable column.
jest.setTimeout(600_000);

const CHAIN_LENGTH = 11;

/** The demo's broken model (examples/demo-cluster/README.md): the shared Gateway does not admit its namespace. */
const BROKEN = {
  namespace: 'team-b',
  name: 'granite-8b-team-b',
  stepName: 'Namespace admitted',
  fix: 'kubectl label namespace team-b llm-d.ai/gateway-access=true',
};

describe('reachability in Chromium', () => {
  // Long enough to wait for another browser test file's portal (startDevPortal takes turns).
  const ui = devPortalInChromium(
    { width: 1400, height: 1000 },
    { timeoutMs: 1_500_000, ready: enterAsGuest },
  );

  /**
   * Opens a demo model's Model serving tab and waits for its reachability chain on cluster demo. Right after start the
   * catalog may not hold the model's entity yet, and the dev backend restarts when sources change: reload until then.
   */
  async function openChain(namespace: string, name: string) {
    const chain = ui.page.getByRole('list', {
      name: `Reachability chain of ${namespace}/${name} on demo`,
    });
    await eventually(
      `the reachability chain of ${namespace}/${name}`,
      async () => {
        await ui.page.goto(
          `${FRONTEND_URL}/catalog/${namespace}/component/${name}/model-serving`,
        );
        return chain
          .waitFor({ timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
      },
      { timeoutMs: 240_000, intervalMs: 1000 },
    );
    return chain;
  }

  /** The status of each box of a chain, in drawing order. */
  const statuses = (chain: Locator) =>
    chain
      .getByRole('listitem')
      .evaluateAll(boxes => boxes.map(b => b.getAttribute('data-status')));

  /** The card around a chain (for its screenshot). */
  const cardOf = (chain: Locator) =>
    chain.locator('xpath=ancestor::div[contains(@class, "MuiCard-root")][1]');

  it('draws the healthy demo model’s chain all green with the verdict reachable, and probes it', async () => {
    const chain = await openChain('team-a', 'granite-8b');
    await ui.page
      .getByLabel('Reachability on demo: reachable')
      .waitFor({ timeout: 60_000 });
    const before = await statuses(chain);
    expect(before).toHaveLength(CHAIN_LENGTH);
    expect(before.slice(0, CHAIN_LENGTH - 1)).toEqual(
      Array(CHAIN_LENGTH - 1).fill('ok'),
    );
    expect(
      await chain.getByRole('listitem', { name: /^HTTPRoute: OK/ }).count(),
    ).toBe(1);
    expect(await ui.page.getByLabel('What to fix').count()).toBe(0);

    // the demo cluster has probing on: the simulated gateway answers 401 without a token, 200 with one
    await ui.page.getByRole('button', { name: 'Probe now on demo' }).click();
    const last = ui.page.getByRole('group', { name: 'Last probe' });
    await last.waitFor({ timeout: 60_000 });
    expect(await last.textContent()).toMatch(
      /Without a token: HTTP 401 in \d+ ms/,
    );
    expect(await last.textContent()).toMatch(
      /With a short-lived token: HTTP 200 in \d+ ms, lists /,
    );
    expect(
      await chain.getByRole('listitem', { name: /^Probe: OK/ }).count(),
    ).toBe(1);
    await cardOf(chain).screenshot({
      path: join(artifactsDir, 'reachability-card.png'),
    });
  });

  it('shows the broken demo model’s failing step in red with its fix under the chain', async () => {
    const chain = await openChain(BROKEN.namespace, BROKEN.name);
    await ui.page
      .getByLabel('Reachability on demo: unreachable')
      .waitFor({ timeout: 120_000 });
    const failing = chain.getByRole('listitem', {
      name: new RegExp(`^${BROKEN.stepName}: Failed`),
    });
    expect(await failing.getAttribute('data-status')).toBe('fail');
    // red, not just a word: the box's border takes the theme's error colour
    const border = await failing.evaluate(
      box => getComputedStyle(box).borderTopColor,
    );
    expect(border).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
    const [r, g, b] = border.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    const fix = ui.page.getByLabel('What to fix');
    expect(await fix.isVisible()).toBe(true);
    expect(await fix.textContent()).toContain(`${BROKEN.stepName}:`);
    expect(await fix.textContent()).toContain(BROKEN.fix);
    await cardOf(chain).screenshot({
      path: join(artifactsDir, 'reachability-card-broken.png'),
    });
  });

  it('shows the Reachable column and every cluster’s preflight on the fleet page', async () => {
    await ui.page.goto(`${FRONTEND_URL}/llmd`);
    await ui.page
      .getByText(/^Model services \(\d+\)$/)
      .waitFor({ timeout: 120_000 });
    expect(
      await ui.page.getByRole('columnheader', { name: 'Reachable' }).count(),
    ).toBe(1);
    await ui.page
      .getByLabel('Reachability of Granite 8B: reachable')
      .waitFor({ timeout: 30_000 });
    expect(
      await ui.page
        .getByLabel('Reachability of Granite 8B (team B): unreachable')
        .count(),
    ).toBe(1);

    const summary = ui.page.getByLabel(/^Preflight of demo: /);
    await summary.waitFor({ timeout: 60_000 });
    await summary.click();
    const checks = ui.page.getByRole('list', {
      name: 'Preflight checks of demo',
    });
    await checks.waitFor({ timeout: 30_000 });
    const names = await checks
      .getByRole('listitem')
      .evaluateAll(items => items.map(i => i.getAttribute('aria-label')));
    expect(names).toHaveLength(10);
    expect(names[0]).toMatch(
      /^LLMInferenceService CRD: (OK|Warning|Failed|Unknown)$/,
    );
    expect(names).toContainEqual(
      expect.stringMatching(/^Gateways programmed, with an address: /),
    );
    await ui.page.screenshot({
      path: join(artifactsDir, 'fleet-reachability.png'),
      fullPage: true,
    });
  });

  it('names the failing step and its fix for each fault injected through the Kubernetes API', async () => {
    const annotate = demoAnnotator(demoKubeconfigPath);
    const modelName = `${FAULTY.namespace}/${FAULTY.name}`;
    /** Reloads the card until `check` holds (the controller and the portal's watch take a moment). */
    const untilCard = (what: string, check: () => Promise<boolean>) =>
      eventually(
        what,
        async () => {
          await openChain(FAULTY.namespace, FAULTY.name);
          return check();
        },
        { timeoutMs: 90_000, intervalMs: 2000 },
      );
    const reachable = () =>
      ui.page.getByLabel('Reachability on demo: reachable').isVisible();
    const failed = (step: string) => async () =>
      (await ui.page
        .getByRole('list', {
          name: `Reachability chain of ${modelName} on demo`,
        })
        .getByRole('listitem', { name: new RegExp(`^${step}: Failed`) })
        .count()) === 1;

    await untilCard(`${modelName} to be reachable`, reachable);
    for (const fault of FAULTS) {
      await annotate(fault.on, { [fault.key]: fault.value });
      try {
        await untilCard(
          `${fault.key}=${fault.value} to fail ${fault.step}`,
          failed(fault.step),
        );
        const fix = ui.page.getByLabel('What to fix');
        expect(await fix.textContent()).toMatch(
          new RegExp(`^${fault.step}: .*Fix: `),
        );
      } finally {
        await annotate(fault.on, { [fault.key]: null });
      }
      await untilCard(`${modelName} to be reachable again`, reachable);
    }

    // auth misconfigured: the data plane serves the model without checking tokens, which only a probe can see
    await annotate(LLMISVC, { [SIMULATION_ANNOTATIONS.dataPlaneAuth]: 'open' });
    try {
      const chain = await openChain(FAULTY.namespace, FAULTY.name);
      await ui.page.getByRole('button', { name: 'Probe now on demo' }).click();
      await chain
        .getByRole('listitem', { name: /^Probe: Failed/ })
        .waitFor({ timeout: 60_000 });
      expect(await ui.page.getByLabel('What to fix').textContent()).toMatch(
        /^Probe: .*without a token answered 200: auth is on, but the model is open/,
      );
      expect(
        await ui.page.getByRole('group', { name: 'Last probe' }).textContent(),
      ).toContain('Without a token: HTTP 200');
      await cardOf(chain).screenshot({
        path: join(artifactsDir, 'reachability-card-auth-open.png'),
      });
    } finally {
      await annotate(LLMISVC, { [SIMULATION_ANNOTATIONS.dataPlaneAuth]: null });
    }
  });
});
