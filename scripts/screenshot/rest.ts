/**
 * The README's picture of the popup's REST API panel: connected through the REST API stand-in
 * with a user's API key, a service searched for and picked, and its Blackfire.io integration
 * created, so the key is held. Every step is the popup's own controls, as a person clicks them.
 */
import { mkdirSync } from 'node:fs';
import { API_KEYS } from '../../test/e2e/harness/rest-api-world';
import type { Sandbox } from '../sandbox';
import { fitToContent, popupTab } from './popup';

const QUERY = 'cart';
const SERVICE = 'Shopping Cart';

export async function takeRestPicture(sandbox: Sandbox): Promise<string[]> {
  const popup = await popupTab(sandbox, 2);
  await popup.locator('summary::-p-text(PagerDuty API key)').click();
  await popup.locator('::-p-aria(PagerDuty API key)').fill(API_KEYS.user);
  await popup.locator('::-p-aria(Connect)').click();
  await popup.locator('::-p-aria(Search services)').fill(QUERY);
  await popup.keyboard.press('Enter');
  // Connect lists every service first: wait for the search's own listing.
  await popup.waitForFunction(
    (query) => {
      const names = [...document.querySelectorAll('.rest-services label')].map((label) => label.textContent?.toLowerCase() ?? '');
      return names.length > 0 && names.every((name) => name.includes(query));
    },
    {},
    QUERY,
  );
  await popup.locator(`::-p-aria(${SERVICE})`).click();
  await popup.locator('::-p-aria(Create Blackfire.io integration)').click();
  await popup.waitForSelector('.rest-message::-p-text(its key is held)');
  await popup.waitForSelector(`::-p-aria(${SERVICE} US)`); // the key list shows the new key
  await fitToContent(popup);
  mkdirSync('docs', { recursive: true });
  const path = 'docs/popup-rest.png';
  await popup.screenshot({ path });
  return [path];
}
