/** The README's pictures of the real built popup, holding a key captured in the sandbox. */
import { mkdirSync } from 'node:fs';
import { SANDBOX_PAGERDUTY, type Sandbox } from '../sandbox';

export async function takePopupPictures(sandbox: Sandbox): Promise<string[]> {
  await sandbox.browser.openPage(SANDBOX_PAGERDUTY);
  const popup = await sandbox.browser.openPopup();
  await popup.setViewport({ width: 380, height: 600, deviceScaleFactor: 2 });
  await popup.waitForSelector('[aria-label^="Integration Key ending in"]');
  // The toolbar popup takes its content's height: so does the picture, with no empty band below.
  const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await popup.setViewport({ width: 380, height, deviceScaleFactor: 2 });
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
