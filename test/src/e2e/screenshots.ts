import { repoRoot } from '@internal/test-support';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { artifactsDir } from './devPortal';

/**
 * Where the key screens' PNGs go: `LLMD_SCREENSHOTS` (relative to the repository root; `npm run docs:screenshots`
 * sets `docs/images`) or, in ordinary test runs, the git-ignored artifacts directory.
 */
const screenshotsDir = process.env.LLMD_SCREENSHOTS
  ? resolve(repoRoot, process.env.LLMD_SCREENSHOTS)
  : join(artifactsDir, 'screens');

/**
 * Writes `<name>.png` of a page (the viewport) or of one element to {@link screenshotsDir}; `mask` covers what must
 * not be kept in a picture (a token).
 */
export async function screenshot(
  target: Page | Locator,
  name: string,
  mask: Locator[] = [],
) {
  mkdirSync(screenshotsDir, { recursive: true });
  await target.screenshot({
    path: join(screenshotsDir, `${name}.png`),
    animations: 'disabled',
    mask,
    maskColor: '#9e9e9e',
  });
}

/** The Backstage InfoCard titled `title` (the innermost card around the title). */
export function cardTitled(page: Page, title: string | RegExp): Locator {
  return page
    .getByText(title, { exact: true })
    .first()
    .locator('xpath=ancestor::div[contains(@class, "MuiCard-root")][1]');
}
