/**
 * The README's picture of a next-step hint: the React stand-in of Blackfire's Notification
 * Channels list, where the hint names "Add Notification Channel" beside that button.
 */
import { mkdirSync } from 'node:fs';
import { BLACKFIRE_SETTINGS } from '../../test/e2e/harness/console-pages';
import type { Sandbox } from '../sandbox';

export async function takeHintPicture({ browser }: Sandbox): Promise<string[]> {
  const page = await browser.openPage(BLACKFIRE_SETTINGS);
  await page.setViewport({ width: 760, height: 460, deviceScaleFactor: 2 });
  // The fixture's readout of React's state is for the tests, not part of the console.
  await page.addStyleTag({ content: '[data-testid="state"] { display: none; }' });
  await page.locator('::-p-aria(Notification Channels)').click();
  await page.waitForSelector('>>> [role="note"]::-p-text(Add Notification Channel)');
  mkdirSync('docs', { recursive: true });
  const path = 'docs/hint-blackfire.png';
  await page.screenshot({ path });
  return [path];
}
