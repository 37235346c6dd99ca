/**
 * Issue 13, the picker: where recognition misses, the popup's Pick starts pick mode in the console
 * tab; only the person's own click picks; the key is filled (Blackfire) or captured (PagerDuty);
 * and the picked field is learned, so that it is recognised after a reload, until forgotten.
 */
import { afterEach, expect, it } from 'vitest';
import type { FieldDescription, LearnedField } from '../../src/shared/messages';
import type { BrowserSession } from './harness/browser-session';
import { boxOf, fixtureState, inputValue, PICK_NOTICE, pickFromPopup, pickOutline } from './harness/console-pages';
import { eventually } from './harness/eventually';
import { ask, everythingStored, heldKeys, reported, seedKeys, storedValue, testKey } from './harness/extension-state';
import { describeInBrowsers } from './harness/scenario';

const DESTINATION = 'https://blackfire.io/my/environments/shop-odd/settings/alert-destinations/new';
const ROUTING = 'https://acme.pagerduty.com/services/PROUTE1/integrations';
const ROUTING_KEY = '5e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b';
const CART = testKey({ key: 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6' });

const FILL_BUTTON = '>>> ::-p-aria(Fill PagerDuty key)';
const USE_BUTTON = '>>> ::-p-aria(Use for Blackfire)';

const nothing: FieldDescription = { label: '', ariaLabel: '', placeholder: '', name: '', id: '', heading: '' };
const learnedFields = async (browser: BrowserSession) => (await storedValue<LearnedField[]>(browser, 'local', 'learned')) ?? [];

describeInBrowsers('picking what recognition missed, and learning it', (scenario) => {
  afterEach(() => {
    const output = scenario().browser.consoleOutput.join('\n');
    for (const key of [CART.key, ROUTING_KEY]) expect(output).not.toContain(key);
  });

  it("on Blackfire: a person's click on the missed field fills it, a page script's does not; after a reload it is recognised, until forgotten", async () => {
    const { browser, open, openPopup } = scenario();
    await seedKeys(browser, [CART]);
    const opened = Date.now();
    const page = await open(DESTINATION);
    const report = await reported(browser, 'blackfire', opened, { page: 'other', recognised: false });
    await pickFromPopup(scenario(), page, report.tabId, 'Pick the key field on the page');

    // The notice stands in the viewport's bottom right corner, out of the page's flow.
    const notice = await boxOf(page, PICK_NOTICE);
    const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(notice.left).toBeGreaterThan(width / 2);
    expect(notice.right).toBeLessThanOrEqual(width);
    expect(notice.top).toBeGreaterThan(height / 2);
    expect(notice.bottom).toBeLessThanOrEqual(height);

    // The field under the pointer is outlined.
    await page.hover('#routing-code');
    const field = await boxOf(page, '#routing-code');
    const outline = await eventually('the outline', () => pickOutline(page));
    expect(outline.left).toBeLessThan(field.left);
    expect(outline.right).toBeGreaterThan(field.right);
    expect(outline.top).toBeLessThan(field.top);
    expect(outline.bottom).toBeGreaterThan(field.bottom);

    // A page script's click reaches the page as usual, and pick mode goes on: it picked nothing.
    const stillPicking = await page.evaluate(() => {
      document.getElementById('routing-code')?.click();
      return document.querySelector('[data-blackfire-helper]') !== null;
    });
    expect(stillPicking).toBe(true);
    expect(await inputValue(page, '#routing-code')).toBe('');

    // The person's click picks the field, and does not reach the page.
    await page.click('#routing-code');
    await eventually('the key in the picked field', async () => (await inputValue(page, '#routing-code')) === CART.key);
    expect(await inputValue(page, '#destination-name')).toBe('PagerDuty – Shopping Cart');
    expect(await inputValue(page, '#search')).toBe('');
    expect(await fixtureState(page)).toEqual({
      submits: 0,
      clicks: 1,
      events: ['input:destination-name', 'change:destination-name', 'input:routing-code', 'change:routing-code'],
    });
    expect(await page.$(PICK_NOTICE)).toBeNull();
    await page.waitForSelector('>>> [role="status"]::-p-text(Nothing was saved)');

    // Learned as the page names the field, without the key.
    const [learned, ...more] = await eventually('the learned field', () => learnedFields(browser).then((fields) => (fields.length > 0 ? fields : null)));
    expect(more).toEqual([]);
    expect(learned).toEqual({
      id: expect.any(String),
      console: 'blackfire',
      at: expect.any(Number),
      description: { ...nothing, label: 'Routing code', name: 'destination[code]', id: 'routing-code', heading: 'New alert destination' },
    });
    expect(JSON.stringify(await everythingStored(browser, 'local'))).not.toContain(CART.key);

    // After a reload the field is recognised like any other: the page reports the form, the button is there.
    const reloaded = Date.now();
    await page.reload();
    await reported(browser, 'blackfire', reloaded, { page: 'channel-form', recognised: true });
    await page.waitForSelector(FILL_BUTTON);

    // Forgotten in the popup, it is no longer recognised on the next load (the script knows what
    // was learned before its first report).
    const popup = await openPopup();
    await (await popup.waitForSelector('::-p-aria([name="Forget Blackfire: “Routing code” in “New alert destination”"][role="button"])'))?.click();
    await eventually('the field forgotten', async () => (await learnedFields(browser)).length === 0);
    await popup.waitForSelector('p.status::-p-text(Forgotten)');
    await eventually('the list to go', async () => (await popup.$('::-p-aria(Learned fields)')) === null);
    await page.bringToFront();
    const again = Date.now();
    await page.reload();
    await reported(browser, 'blackfire', again, { page: 'other', recognised: false });
    expect(await page.$(FILL_BUTTON)).toBeNull();
  });

  it("a field learned in one tab is recognised at once in the console's other open tab, and forgotten there at once", async () => {
    const { browser, open, openPopup } = scenario();
    await seedKeys(browser, [CART]);
    const opened = Date.now();
    // Another address of the same page: the toolbar popup finds its tab by address.
    const other = await open(`${DESTINATION}?tab=other`);
    await reported(browser, 'blackfire', opened, { page: 'other', recognised: false });
    const picking = Date.now();
    const page = await open(DESTINATION);
    const { tabId } = await reported(browser, 'blackfire', picking, { page: 'other', recognised: false });
    await pickFromPopup(scenario(), page, tabId, 'Pick the key field on the page');
    await page.click('#routing-code');
    const [learned] = await eventually('the learned field', () => learnedFields(browser).then((fields) => (fields.length > 0 ? fields : null)));

    // No reload: the other tab hears of it and offers Fill next to the same field.
    await other.bringToFront();
    await other.waitForSelector(FILL_BUTTON);
    await reported(browser, 'blackfire', picking, { page: 'channel-form', recognised: true });

    // Forgotten while that tab is behind the popup. (Found by its text: Chromium brings a hidden
    // tab's accessibility tree up to date only once it is shown again.)
    const forgetting = Date.now();
    expect(await ask(await openPopup(), { type: 'popup/forget-learned', id: learned!.id })).toEqual({ ok: true });
    await eventually('the button to go from the other tab', async () => (await other.$('>>> button::-p-text(Fill PagerDuty key)')) === null);
    await reported(browser, 'blackfire', forgetting, { page: 'other', recognised: false });
  });

  it('on PagerDuty: picked from the popup opened as a tab (in the most recently active console tab), the key is captured for the page\'s service, and offered after a reload', async () => {
    const { browser, open, openPopup } = scenario();
    await open('https://app.blackfire.io/my/environments'); // an older console tab
    const opened = Date.now();
    const page = await open(ROUTING);
    await reported(browser, 'pagerduty', opened, { page: 'service-integrations', recognised: false });

    // No tab named: the popup opened as a tab has no console tab of its own.
    expect(await ask(await openPopup(), { type: 'popup/start-pick' })).toEqual({ ok: true, console: 'pagerduty' });
    await page.bringToFront();
    await page.waitForSelector(PICK_NOTICE);
    await page.click('#routing-key');

    const [held, ...more] = await eventually('the picked key held', () => heldKeys(browser).then((keys) => (keys.length > 0 ? keys : null)));
    expect(more).toEqual([]);
    expect(held).toMatchObject({
      key: ROUTING_KEY,
      serviceId: 'PROUTE1',
      serviceName: 'Checkout',
      integrationName: 'Datadog',
      subdomain: 'acme',
      region: 'us',
      source: 'captured',
    });
    const [learned] = await eventually('the learned key element', () => learnedFields(browser).then((fields) => (fields.length > 0 ? fields : null)));
    expect(learned).toMatchObject({ console: 'pagerduty', description: { ...nothing, label: 'Routing key', id: 'routing-key' } });
    expect(JSON.stringify(await everythingStored(browser, 'local'))).not.toContain(ROUTING_KEY);

    const reloaded = Date.now();
    await page.reload();
    await reported(browser, 'pagerduty', reloaded, { recognised: true });
    await page.waitForSelector(USE_BUTTON);
  });

  it('Escape ends pick mode, and the click after it goes to the page', async () => {
    const { browser, open } = scenario();
    const opened = Date.now();
    const page = await open(DESTINATION);
    const { tabId } = await reported(browser, 'blackfire', opened);
    await pickFromPopup(scenario(), page, tabId, 'Pick the key field on the page');
    await page.keyboard.press('Escape');
    await eventually('pick mode to end', async () => (await page.$(PICK_NOTICE)) === null);
    await page.click('#routing-code');
    await eventually('the page to get the click', async () => (await fixtureState<{ clicks: number }>(page)).clicks === 1);
    expect(await fixtureState(page)).toMatchObject({ events: [] });
    expect(await learnedFields(browser)).toEqual([]);
  });

  it('only the popup starts pick mode, and nothing stores a description that holds a key', async (context) => {
    const { browser, open } = scenario();
    if (!browser.inContentScript) return context.skip("Firefox keeps extension sandboxes out of WebDriver BiDi's reach");
    const opened = Date.now();
    const page = await open(DESTINATION);
    await reported(browser, 'blackfire', opened);
    const attempts = [
      { type: 'popup/start-pick' },
      { type: 'content/start-pick' },
      { type: 'popup/forget-learned', id: 'x' },
      { type: 'learn/remember', description: { ...nothing, label: `Integration Key ${CART.key}` } },
      { type: 'learn/remember', description: { ...nothing, label: 'Routing code', position: 'form > input:nth-child(2)' } },
    ];
    const answers = await browser.inContentScript(page, async (messages: object[]) => {
      const { runtime } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return Promise.all(messages.map((message) => runtime.sendMessage(message).then((answer) => answer ?? null, () => null)));
    }, attempts);
    // The background has no route for `content/start-pick`: it ignores it, and content scripts never receive it from one another.
    expect(answers).toEqual([expect.objectContaining({ ok: false }), null, expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false })]);
    expect(await page.$(PICK_NOTICE)).toBeNull();
    expect(await learnedFields(browser)).toEqual([]);
  });
});
