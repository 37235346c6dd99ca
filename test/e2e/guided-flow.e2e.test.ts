/**
 * The whole guided setup through the popup's own controls, as a person does it: capture on the
 * PagerDuty fixture, see the masked key, Fill into the React Blackfire form, send a test alert.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { fixtureState, openReactChannelForm } from './harness/console-pages';
import { describeInBrowsers } from './harness/scenario';

const CLASSIC_INTEGRATION = 'https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001';
const KEY = '3f9a2c7e1b8d4f6a0c5e9b2d7a4f1c8e';

/**
 * Clicks the popup's button once it is enabled (it is disabled while an action runs). A selector
 * wait, not a puppeteer locator: Firefox ESR 140 refuses the functions locators wait with in
 * extension pages (their CSP forbids `new Function`).
 */
async function clickWhenEnabled(popup: Page, label: string): Promise<void> {
  await (await popup.waitForSelector(`button:enabled::-p-text(${label})`))?.click();
}

describeInBrowsers('the guided setup through the popup', (scenario) => {
  it('goes from capture to an accepted test alert, with the checklist complete', async () => {
    const { browser, world, open, openPopup } = scenario();
    const popup = await openPopup();
    await popup.waitForSelector('::-p-text(No key held yet.)');

    // 1. The key is captured on PagerDuty; the open popup updates by itself, showing it masked.
    await open(CLASSIC_INTEGRATION);
    await popup.bringToFront(); // Chromium keeps no fresh accessibility tree for background tabs
    await popup.waitForSelector('::-p-aria(Integration Key ending in 1c8e)');
    expect(await popup.$eval('body', (body) => body.textContent)).not.toContain(KEY);
    expect(await popup.$eval('::-p-aria(Shopping Cart US)', (radio) => (radio as HTMLInputElement).checked)).toBe(true);

    // 2. Fill puts the key into the framework's state, names the channel, and submits nothing.
    const form = await openReactChannelForm(open);
    await form.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)');
    await popup.bringToFront();
    await clickWhenEnabled(popup, 'Fill Blackfire form');
    await popup.waitForSelector('[role="status"]::-p-text(Filled the Integration Key)');
    expect(await fixtureState(form)).toMatchObject({ key: KEY, name: 'PagerDuty – Shopping Cart', submits: 0 });
    // Filled is not saved: the step says so until Blackfire lists the channel the person saved.
    await popup.waitForSelector('ol[aria-label="Setup steps"] li::-p-text(filled, not saved yet)');
    await form.bringToFront();
    await form.locator('::-p-aria(Save)').click();
    await popup.bringToFront();
    await popup.waitForSelector('ol[aria-label="Setup steps"] li:nth-child(2).done');

    // 3. The test alert is accepted, then resolved with the same dedup_key.
    await clickWhenEnabled(popup, 'Send test alert');
    await popup.waitForSelector('[role="status"]::-p-text(accepted)', { timeout: 15_000 });
    const [trigger, resolve] = world.eventsApi.requests;
    expect(trigger?.body).toMatchObject({ routing_key: KEY, event_action: 'trigger', payload: { severity: 'warning' } });
    expect(resolve?.body).toMatchObject({ routing_key: KEY, event_action: 'resolve' });
    expect((resolve?.body as { dedup_key: string }).dedup_key).toBe((trigger?.body as { dedup_key: string }).dedup_key);
    expect(world.eventsApi.requests.flatMap((request) => request.problems)).toEqual([]);

    const doneSteps = await popup.$$eval('ol[aria-label="Setup steps"] li', (steps) =>
      steps.map((step) => step.textContent?.includes('(done)')),
    );
    expect(doneSteps).toEqual([true, true, true]);
    expect(browser.consoleOutput.join('\n')).not.toContain(KEY);
  });
});
