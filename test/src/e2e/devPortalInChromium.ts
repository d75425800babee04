import { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { DevPortal, startDevPortal } from './devPortal';

/** The dev portal and the Chromium page of the running browser test file. */
export interface DevPortalInChromium {
  portal: DevPortal;
  page: Page;
}

/**
 * Before all tests of the enclosing `describe`: starts the dev portal, opens a Chromium page of `viewport` and runs
 * `ready` on it, within `timeoutMs` (startDevPortal takes turns with the other browser test files); after all: closes both.
 */
export function devPortalInChromium(
  viewport: { width: number; height: number },
  options: { ready?: (page: Page) => Promise<void>; timeoutMs?: number } = {},
): DevPortalInChromium {
  const current = {} as DevPortalInChromium;
  let browser: Browser | undefined;
  beforeAll(async () => {
    current.portal = await startDevPortal();
    browser = await launchChromium();
    current.page = await browser.newPage({ viewport });
    await options.ready?.(current.page);
  }, options.timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await current.portal?.stop();
  });
  return current;
}
