/** Takes the README's screenshot of the real built popup, holding a key captured in the sandbox. */
import { mkdirSync } from 'node:fs';
import { SANDBOX_PAGERDUTY, startSandbox } from './sandbox';

const sandbox = await startSandbox({ headed: false });
try {
  await sandbox.browser.openPage(SANDBOX_PAGERDUTY);
  const popup = await sandbox.browser.openPopup();
  await popup.setViewport({ width: 380, height: 600, deviceScaleFactor: 2 });
  await popup.waitForSelector('[aria-label^="Integration Key ending in"]');
  // The toolbar popup takes its content's height: so does the picture, with no empty band below.
  const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await popup.setViewport({ width: 380, height, deviceScaleFactor: 2 });
  mkdirSync('docs', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.screenshot({ path: `docs/popup-${scheme}.png` });
  }
  console.log('Wrote docs/popup-light.png and docs/popup-dark.png');
} finally {
  await sandbox.close();
}
