import { Page } from 'playwright-core';
import { FRONTEND_URL } from './devPortal';

/**
 * Opens the dev portal, enters as guest and waits for the sidebar's "Model fleet" link: the `ready` step of the
 * browser tests that start signed in (see devPortalInChromium).
 */
export async function enterAsGuest(page: Page): Promise<void> {
  await page.goto(FRONTEND_URL);
  await page
    .getByRole('button', { name: /enter/i })
    .click({ timeout: 120_000 });
  await page
    .getByRole('link', { name: 'Model fleet' })
    .first()
    .waitFor({ timeout: 120_000 });
}
