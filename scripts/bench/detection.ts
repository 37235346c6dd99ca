/**
 * Detection latency: from the moment a page script inserts a key field (PagerDuty) or the channel
 * form (Blackfire) to the moment our in-page UI exists next to it, timed in the page itself with
 * a MutationObserver and `performance.now()`, so no CDP round trip is in the figure.
 */
import type { Page } from 'puppeteer-core';
import { OUR_UI } from '../../src/content/page-ui';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './figures';

/** Longer than the content script's scan gap, so each run starts from a quiet page. */
const QUIET_MS = 300;
const GIVE_UP_MS = 3_000;

/** One run: inserts `html` into the page, resolves with the ms until our UI appears inside it. */
function insertionToOurUi(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (markup, ourUi, giveUpMs) =>
      new Promise<number>((resolve, reject) => {
        const holder = document.createElement('div');
        holder.innerHTML = markup; // the fixture page's own code, not the extension's
        const observer = new MutationObserver(() => {
          if (!holder.querySelector(`[${ourUi}]`)) return;
          resolve(performance.now() - insertedAt);
          observer.disconnect();
          holder.remove();
        });
        observer.observe(holder, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`No [${ourUi}] element appeared within ${giveUpMs} ms`)), giveUpMs);
        const insertedAt = performance.now();
        (document.querySelector('main') ?? document.body).append(holder);
      }),
    html,
    OUR_UI,
    GIVE_UP_MS,
  );
}

/** The median over `runs` insertions, each of `markup(run)` into a quiet page. */
export async function medianDetectionMs(page: Page, markup: (run: number) => string, runs: number): Promise<number> {
  const latencies: number[] = [];
  for (let run = 0; run < runs; run++) {
    await sleep(QUIET_MS);
    latencies.push(await insertionToOurUi(page, markup(run)));
  }
  return median(latencies);
}

/** A different 32-character key per run, so every run is a new key to the content script. */
const keyForRun = (run: number) => `bench${String(run).padStart(4, '0')}`.padEnd(32, 'x');

/** A non-Blackfire integration card, as PagerDuty's Integrations tab shows it: our "Use for Blackfire" button must appear. */
export const pagerDutyIntegrationCard = (run: number) => `
  <section class="integration-card">
    <h3>Datadog ${run}</h3>
    <label for="bench-key-${run}">Integration Key</label>
    <input id="bench-key-${run}" readonly value="${keyForRun(run)}">
  </section>`;

/** Blackfire's "Add PagerDuty" modal: our "Fill PagerDuty key" button must appear. */
export const blackfireChannelModal = (run: number) => `
  <div role="dialog" aria-modal="true" aria-labelledby="bench-title-${run}">
    <h2 id="bench-title-${run}">Add PagerDuty</h2>
    <form>
      <p><label for="bench-name-${run}">Channel name</label> <input id="bench-name-${run}"></p>
      <p><label for="bench-key-${run}">Integration key</label> <input id="bench-key-${run}"></p>
    </form>
  </div>`;
