/**
 * Detection latency: from the moment a page script inserts a key field (PagerDuty) or the channel
 * form (Blackfire) to the moment our in-page UI exists next to it, timed in the page itself with
 * a MutationObserver and `performance.now()`, so no CDP round trip is in the figure. Four ways a
 * console shows it:
 *
 * - `quiet`: into a page where nothing else happened for a while (`QUIET_MS`);
 * - `churning`: while the page changes every few milliseconds elsewhere (a live counter, an
 *   animated spinner's style, a status row the console renders again and again);
 * - `re-render`: the console renders again the element that holds our UI (a new row or form,
 *   the same content), and our UI must come back in the new one;
 * - `back-to-back`: a second one appears in the very callback that saw our UI next to the first
 *   (our own insertion must not delay what comes right after it): another card next to the
 *   first on PagerDuty, the next modal in place of the first on Blackfire (one at a time).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { OUR_UI } from '../../src/content/page-ui';
import { median } from './figures';

export const SCENARIOS = ['quiet', 'churning', 're-render', 'back-to-back'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const GIVE_UP_MS = 3_000;
/** How long nothing happens before a `quiet` run. */
const QUIET_MS = 300;
/** How often the churning page changes, in ms (browsers run such intervals every 4 ms at best). */
const CHURN_EVERY_MS = 2;

/**
 * One run in the page: makes `first` (and for some scenarios `second`) the page's own content and
 * resolves with the ms from the measured insertion until our UI is inside it. Its named inner
 * functions need `withNameHelper` first.
 */
function runInPage(page: Page, scenario: Scenario, first: string, second: string, oneAtATime: boolean): Promise<number> {
  return page.evaluate(
    (scenario, first, second, oneAtATime, ourUi, giveUpMs, churnEveryMs) =>
      new Promise<number>((resolve, reject) => {
        const where = document.querySelector('main') ?? document.body;
        const holderOf = (markup: string) => {
          const holder = document.createElement('div');
          holder.innerHTML = markup; // the fixture page's own code, not the extension's
          return holder;
        };
        const cleanUp: (() => void)[] = [];
        const finish = (outcome: () => void) => {
          for (const step of cleanUp) step();
          outcome();
        };
        const giveUp = setTimeout(() => finish(() => reject(new Error(`${scenario}: no [${ourUi}] element within ${giveUpMs} ms`))), giveUpMs);
        cleanUp.push(() => clearTimeout(giveUp));

        // Calls `then` with the time our UI appeared inside `holder`, observed from the page's side.
        const whenOursIn = (holder: Element, then: (at: number) => void) => {
          const observer = new MutationObserver(() => {
            if (!holder.querySelector(`[${ourUi}]`)) return;
            observer.disconnect();
            then(performance.now());
          });
          observer.observe(holder, { childList: true, subtree: true });
          cleanUp.push(() => observer.disconnect());
        };
        const measure = (holder: Element, insert: () => void) => {
          whenOursIn(holder, (at) => finish(() => resolve(at - insertedAt)));
          const insertedAt = performance.now();
          insert();
        };

        if (scenario === 'churning') {
          const churn = document.createElement('div');
          const counter = document.createElement('span');
          const spinner = document.createElement('i');
          const status = document.createElement('ul');
          churn.append(counter, spinner, status);
          where.before(churn);
          let tick = 0;
          const timer = setInterval(() => {
            tick++;
            counter.textContent = `${tick} events`;
            spinner.style.transform = `rotate(${tick * 6}deg)`;
            const row = document.createElement('li');
            row.textContent = `status ${tick}`;
            status.replaceChildren(row);
          }, churnEveryMs);
          cleanUp.push(() => (clearInterval(timer), churn.remove()));
        }
        const one = holderOf(first);
        cleanUp.push(() => one.remove());
        if (scenario === 'quiet' || scenario === 'churning') {
          // Let the churn run a few rounds first, so the insertion lands in the middle of it.
          setTimeout(() => measure(one, () => where.append(one)), scenario === 'churning' ? 10 * churnEveryMs : 0);
          return;
        }
        const two = holderOf(second);
        cleanUp.push(() => two.remove());
        whenOursIn(one, () => {
          if (scenario === 're-render') measure(one, () => one.replaceChildren(...two.childNodes));
          else measure(two, () => (oneAtATime ? one.replaceWith(two) : one.after(two)));
        });
        where.append(one);
      }),
    scenario,
    first,
    second,
    oneAtATime,
    OUR_UI,
    GIVE_UP_MS,
    CHURN_EVERY_MS,
  );
}

/**
 * tsx (esbuild's keepNames) wraps a named function in a call to `__name`, a helper that exists
 * only in Node: code sent to a page needs a stand-in that returns the function as it is.
 */
const withNameHelper = (page: Page) => page.evaluate('globalThis.__name ??= (fn) => fn');

/** Waits two frames: whatever the previous run set going has settled. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** What a console shows: `markup(n)` is its n-th, with a new key each time. */
export interface Shown {
  markup: (n: number) => string;
  /** Whether the console shows one at a time (a modal), so the next replaces the first. */
  oneAtATime: boolean;
}

/** The median over `runs` runs of `scenario`. */
export async function medianDetectionMs(page: Page, scenario: Scenario, { markup, oneAtATime }: Shown, runs: number): Promise<number> {
  await withNameHelper(page);
  const latencies: number[] = [];
  for (let run = 0; run < runs; run++) {
    await settle(page);
    if (scenario === 'quiet') await sleep(QUIET_MS);
    // A re-render shows the same content again; the next one after another shows a new key.
    const second = markup(scenario === 're-render' ? 2 * run : 2 * run + 1);
    latencies.push(await runInPage(page, scenario, markup(2 * run), second, oneAtATime));
  }
  return median(latencies);
}

/** A different 32-character key per insertion, so every one is a new key to the content script. */
const keyFor = (n: number) => `bench${String(n).padStart(5, '0')}`.padEnd(32, 'x');

/** A non-Blackfire integration card, as PagerDuty's Integrations tab shows it: our "Use for Blackfire" button must appear. */
const integrationCard = (n: number) => `
  <section class="integration-card">
    <h3>Datadog ${n}</h3>
    <label for="bench-key-${n}">Integration Key</label>
    <input id="bench-key-${n}" readonly value="${keyFor(n)}">
  </section>`;

/** Blackfire's "Add PagerDuty" modal: our "Fill PagerDuty key" button must appear. */
const channelModal = (n: number) => `
  <div role="dialog" aria-modal="true" aria-labelledby="bench-title-${n}">
    <h2 id="bench-title-${n}">Add PagerDuty</h2>
    <form>
      <p><label for="bench-name-${n}">Channel name</label> <input id="bench-name-${n}"></p>
      <p><label for="bench-key-${n}">Integration key</label> <input id="bench-key-${n}"></p>
    </form>
  </div>`;

export const PAGERDUTY_CARDS: Shown = { markup: integrationCard, oneAtATime: false };
export const BLACKFIRE_MODALS: Shown = { markup: channelModal, oneAtATime: true };
