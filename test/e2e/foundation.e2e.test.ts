/** The foundation: the built extension loads, runs where it should and nowhere else. */
import { expect, it } from 'vitest';
import { reportedPages } from './harness/extension-state';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

describeInBrowsers('foundation', (scenario) => {
  it('runs the content script on the PagerDuty and Blackfire fixture hosts, not on lookalikes', async () => {
    const { browser, open } = scenario();
    const lookalikes = [
      await open('https://pagerduty.com.evil.example/incidents'),
      await open('https://blackfire.io.example.net/my/environments'),
    ];
    await open('https://acme.pagerduty.com/incidents');
    await open('https://app.blackfire.io/my/environments');

    const pages = await eventually('both consoles to report', async () => {
      const reported = await reportedPages(browser);
      return reported.length >= 2 ? reported : null;
    });
    expect(pages.map((p) => p.console).sort()).toEqual(['blackfire', 'pagerduty']);
    // The lookalike tabs loaded first (so had longer to report) and served the same pages.
    for (const page of lookalikes) expect(await page.title()).not.toBe('');
    expect(pages).toHaveLength(2);
  });

  it('renders the popup page', async () => {
    const popup = await scenario().openPopup();
    const heading = await popup.waitForSelector('h1');
    expect(await heading?.evaluate((h) => h.textContent)).toContain('PagerDuty');
    const field = await popup.waitForSelector('::-p-aria([name="Integration Key"][role="textbox"])');
    expect(await field?.evaluate((input) => input.tagName)).toBe('INPUT');
  });

  it("lets the background reach the Events API stand-in, which rejects an event that breaks PagerDuty's schema", async () => {
    const { browser, world } = scenario();
    const answer = await browser.inBackground(async () => {
      const response = await fetch('https://events.pagerduty.com/v2/enqueue', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // No severity or source, and an action PagerDuty does not know.
        body: JSON.stringify({ routing_key: 'a'.repeat(32), event_action: 'page', payload: { summary: 'x' } }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(400);
    expect(answer.body.status).toBe('invalid event');
    const [recorded] = world.eventsApi.requests;
    expect(recorded?.host).toBe('events.pagerduty.com');
    expect(recorded?.problems.join('\n')).toMatch(/severity/);
    expect(recorded?.problems.join('\n')).toMatch(/source/);
    expect(recorded?.problems.join('\n')).toMatch(/event_action/);
  });
});
