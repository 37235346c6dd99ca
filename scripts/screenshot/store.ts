/**
 * The Chrome Web Store's 1280×800 screenshots: the real built extension on the fixture consoles,
 * one step of the walkthrough each, and the popup after an accepted test alert.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { openReactChannelForm } from '../../test/e2e/harness/console-pages';
import type { Sandbox } from '../sandbox';
import { drawPromoTile, framePicture } from './frame';
import { fitToContent, POPUP_WIDTH, popupTab } from './popup';

export const STORE_DIR = 'docs/store';
export const STORE_SIZE = { width: 1280, height: 800 } as const;
/** A service's Integrations tab: a Blackfire.io card (captured by itself) and a Datadog card. */
const INTEGRATIONS_LIST = 'https://acme.pagerduty.com/services/PLIST01/integrations';

async function shoot(page: Page, name: string): Promise<string> {
  const path = `${STORE_DIR}/${name}.png`;
  await page.bringToFront();
  await page.screenshot({ path });
  return path;
}

export async function takeStorePictures(sandbox: Sandbox): Promise<string[]> {
  const { browser } = sandbox;
  mkdirSync(STORE_DIR, { recursive: true });
  const paths = [];

  const pagerduty = await browser.openPage(INTEGRATIONS_LIST);
  await pagerduty.setViewport({ ...STORE_SIZE, deviceScaleFactor: 1 });
  await pagerduty.waitForSelector('>>> ::-p-aria(Use for Blackfire)');
  await pagerduty.waitForSelector('>>> [role="status"]::-p-text(Integration Key)'); // the capture notice, gone after 6 s
  paths.push(await shoot(pagerduty, '1-pagerduty-capture'));

  const blackfire = await openReactChannelForm((url) => browser.openPage(url));
  await blackfire.setViewport({ ...STORE_SIZE, deviceScaleFactor: 1 });
  // The fixture's readout of React's state is for the tests, not part of the console.
  await blackfire.addStyleTag({ content: '[data-testid="state"] { display: none; }' });
  await blackfire.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)');
  paths.push(await shoot(blackfire, '2-blackfire-fill-button'));
  await blackfire.locator('>>> ::-p-aria(Fill PagerDuty key)').click();
  // Polled: a change inside our shadow root alone wakes no observer of the page's document.
  await blackfire.waitForFunction(() => document.querySelector('[data-blackfire-helper]')?.shadowRoot?.textContent?.includes('Filled the'), {
    polling: 100,
  });
  paths.push(await shoot(blackfire, '3-blackfire-filled'));

  const popup = await popupTab(sandbox, 1);
  await popup.locator('::-p-aria(Send test alert)').click();
  await popup.waitForSelector('[role="status"]::-p-text(accepted)', { timeout: 15_000 });
  await fitToContent(popup);
  const picture = await popup.screenshot({ encoding: 'base64' });
  const frame = await browser.openPage('about:blank');
  await framePicture(frame, {
    size: STORE_SIZE,
    picture: `data:image/png;base64,${picture}`,
    width: POPUP_WIDTH,
    title: 'Prove the key works',
    caption: 'Send test alert: PagerDuty receives a real test event, then it is resolved.',
  });
  paths.push(await shoot(frame, '4-popup-test-alert'));
  return paths;
}

/** The Chrome Web Store's small promo tile (440×280), drawn from `icons/mark.svg`. */
export async function takePromoTile({ browser }: Sandbox): Promise<string[]> {
  const page = await browser.openPage('about:blank');
  await drawPromoTile(page, {
    mark: `data:image/svg+xml;base64,${readFileSync('icons/mark.svg').toString('base64')}`,
    kicker: 'Unofficial setup helper',
    name: 'Blackfire → PagerDuty',
    claim: 'Takes the PagerDuty Integration Key into Blackfire and proves it with a test alert.',
  });
  mkdirSync(STORE_DIR, { recursive: true });
  return [await shoot(page, 'promo-tile-440x280')];
}
