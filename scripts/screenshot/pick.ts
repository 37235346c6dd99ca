/**
 * The README's picture of pick mode: a Blackfire form that recognition misses (the picker
 * scenarios' "New alert destination"), pick mode started from the toolbar popup's Pick button as
 * a person does, and the pointer on the Routing code field, which pick mode outlines.
 */
import { mkdirSync } from 'node:fs';
import { pickFromPopup, pickOutline } from '../../test/e2e/harness/console-pages';
import { eventually } from '../../test/e2e/harness/eventually';
import { reported } from '../../test/e2e/harness/extension-state';
import type { Sandbox } from '../sandbox';

const UNRECOGNISED_FORM = 'https://blackfire.io/my/environments/shop-odd/settings/alert-destinations/new';

export async function takePickPicture({ browser }: Sandbox): Promise<string[]> {
  const opened = Date.now();
  const page = await browser.openPage(UNRECOGNISED_FORM);
  await page.setViewport({ width: 760, height: 460, deviceScaleFactor: 2 });
  // The fixture's readout of the page's events is for the tests, not part of the console.
  await page.addStyleTag({ content: '[data-testid="state"] { display: none; }' });
  const { tabId } = await reported(browser, 'blackfire', opened, { page: 'other', recognised: false });
  await pickFromPopup({ browser, openPopup: () => browser.openPopup() }, page, tabId, 'Pick the key field on the page');
  await page.hover('#routing-code');
  // Polled: the outline is drawn inside our shadow root, which no observer of the page's document sees.
  await eventually('the outline over the field', () => pickOutline(page));
  // The screenshot takes the last frame painted: let one be painted with the outline in it.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
  mkdirSync('docs', { recursive: true });
  const path = 'docs/pick-blackfire.png';
  await page.screenshot({ path });
  return [path];
}
