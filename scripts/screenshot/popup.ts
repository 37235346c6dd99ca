/** The README's pictures of the real built popup, holding a key captured in the sandbox. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { SANDBOX_PAGERDUTY, type Sandbox } from '../sandbox';

/** The popup's width in the toolbar. */
export const POPUP_WIDTH = 380;

/** A popup opened as a tab, at the toolbar popup's width (the height is fitted before shooting). */
export async function popupTab({ browser }: Sandbox, deviceScaleFactor: number): Promise<Page> {
  const popup = await browser.openPopup();
  await popup.setViewport({ width: POPUP_WIDTH, height: 600, deviceScaleFactor });
  return popup;
}

/** The toolbar popup takes its content's height: so does the picture, with no empty band below. */
export async function fitToContent(popup: Page): Promise<void> {
  const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await popup.setViewport({ ...popup.viewport()!, height });
}

export async function takePopupPictures(sandbox: Sandbox): Promise<string[]> {
  await sandbox.browser.openPage(SANDBOX_PAGERDUTY);
  const popup = await popupTab(sandbox, 2);
  await popup.waitForSelector('[aria-label^="Integration Key ending in"]');
  await fitToContent(popup);
  mkdirSync('docs', { recursive: true });
  const paths = [];
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const path = `docs/popup-${scheme}.png`;
    await popup.screenshot({ path });
    paths.push(path);
  }
  return paths;
}
