/**
 * `npm run demo`: try the whole guided flow without accounts. With a display, a Chromium window
 * opens on the sandbox PagerDuty page with the extension loaded; without one, the same flow runs
 * headless and each step is printed.
 */
import { BLACKFIRE_SETTINGS, fixtureState, openReactChannelForm } from '../test/e2e/harness/console-pages';
import { SANDBOX_PAGERDUTY, startSandbox } from './sandbox';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const sandbox = await startSandbox({ headed });
const { browser } = sandbox;

if (headed) {
  await browser.openPage(SANDBOX_PAGERDUTY);
  console.log(`Chromium is open on the sandbox PagerDuty page (${SANDBOX_PAGERDUTY}).
1. The extension captured the Blackfire.io integration's key there: open its popup (toolbar).
2. Go to ${BLACKFIRE_SETTINGS}, Notification Channels →
   Add Notification Channel → Pager duty, then press Fill (in the page or in the popup).
3. In the popup, press Send test alert: the local Events API stand-in accepts it.
Press Ctrl+C to stop.`);
  process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
} else {
  console.log('No display found (DISPLAY is unset): running the guided flow headless and printing each step.\n');
  try {
    const popup = await browser.openPopup();
    await browser.openPage(SANDBOX_PAGERDUTY);
    await popup.bringToFront();
    const held = await popup.waitForSelector('[aria-label^="Integration Key ending in"]');
    console.log(`1. Captured on PagerDuty: the popup shows "${await held?.evaluate((e) => e.getAttribute('aria-label'))}".`);
    const form = await openReactChannelForm((url) => browser.openPage(url));
    await form.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)');
    await popup.bringToFront();
    await popup.locator('::-p-aria(Fill Blackfire form)').click();
    const filled = await popup.waitForSelector('[role="status"]::-p-text(Filled)');
    console.log(`2. Fill: ${await filled?.evaluate((e) => e.textContent)}`);
    const state = await fixtureState<{ name: string; key: string }>(form);
    console.log(`   Blackfire's React form now holds the channel "${state.name}" and a ${state.key.length}-character key.`);
    await popup.locator('::-p-aria(Send test alert)').click();
    const accepted = await popup.waitForSelector('[role="status"]::-p-text(accepted)', { timeout: 15_000 });
    console.log(`3. Test alert: ${await accepted?.evaluate((e) => e.textContent)}`);
    console.log(`   The Events API stand-in received: ${sandbox.world.eventsApi.requests.map((r) => (r.body as { event_action: string }).event_action).join(', ')}.`);
  } finally {
    await sandbox.close();
  }
}
