/**
 * Overhead of a content script on a console page while the page churns the DOM: the same
 * fixture in a browser with the extension and in one without, Chrome's
 * own CDP metrics (`Performance.getMetrics`) per churned frame.
 *
 * Measured on this two-core machine with two browsers both without the extension (an A/A run),
 * one round's ScriptDuration and TaskDuration ratios ranged from 0.6 to 1.8 (their medians of 5
 * rounds from 0.91 to 1.15): they are wall-clock times, stretched whenever the OS runs something
 * else on the main thread's core. ThreadTime, the main thread's CPU time, stayed within 0.95 to
 * 1.01 when both pages churned at the same time (single rounds reached 1.18 only while another
 * test suite loaded the machine). So the pages churn together (the same machine load for both),
 * and ThreadTime is the figure the budget applies to; the other two are reported. It still
 * catches a cheap body-wide MutationObserver on this page (1.075×).
 */
import type { Page } from 'puppeteer-core';
import { median } from './figures';

const CHURN_MS = 3_000;
const NODES_PER_FRAME = 2_000;

/**
 * Compared metrics, in seconds in CDP: JavaScript (every world of the page, content scripts
 * included), all main-thread tasks (script, style, layout), and the main thread's CPU time.
 */
const METRICS = ['ScriptDuration', 'TaskDuration', 'ThreadTime'] as const;
export type Metric = (typeof METRICS)[number];

/** Each metric's growth per churned frame, in ms. */
export type ChurnCost = Record<Metric, number>;

const perMetric = (value: (metric: Metric) => number): ChurnCost =>
  Object.fromEntries(METRICS.map((metric) => [metric, value(metric)])) as ChurnCost;

/**
 * How the page churns every frame: `swap` swaps `NODES_PER_FRAME` elements for as many others (so
 * each frame removes and inserts that many); `counter` adds `STILL_NODES` elements once, a large
 * page, then only a counter's text changes, as a live figure on a dashboard does.
 */
export type Churn = 'swap' | 'counter';
const STILL_NODES = 5_000;

/**
 * Churns the page for `durationMs`, resolving with the frame count. The nodes are made up front:
 * allocating fresh nodes every frame made garbage collection, not the extension, the largest
 * difference between runs. (Functions run in the page declare no named inner functions: tsx's
 * keepNames would wrap them in a `__name` helper that exists only in Node.)
 */
function churn(page: Page, how: Churn): Promise<number> {
  return page.evaluate(
    async (durationMs, swapped, still) => {
      const sets = [0, 1].map(() => Array.from({ length: swapped }, () => document.createElement('span')));
      const box = document.createElement('div');
      box.append(...Array.from({ length: still }, (_, index) => Object.assign(document.createElement('p'), { textContent: `row ${index}` })));
      const counter = box.appendChild(document.createElement('output'));
      document.body.append(box);
      const end = performance.now() + durationMs;
      let frames = 0;
      while (performance.now() < end) {
        // The work runs in the frame callback itself: CDP's ScriptDuration leaves out microtasks
        // (an `await` continuation would not count).
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            if (swapped > 0) box.replaceChildren(...(sets[frames % 2] ?? []));
            else counter.textContent = String(frames);
            frames++;
            resolve();
          }),
        );
      }
      box.remove();
      return frames;
    },
    CHURN_MS,
    how === 'swap' ? NODES_PER_FRAME : 0,
    how === 'counter' ? STILL_NODES : 0,
  );
}

async function churnCost(page: Page, how: Churn): Promise<ChurnCost> {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map(({ name, value }) => [name, value]));
  };
  const before = await read();
  const frames = await churn(page, how);
  const after = await read();
  await cdp.detach();
  const msPerFrame = (metric: Metric) => (((after.get(metric) ?? Number.NaN) - (before.get(metric) ?? Number.NaN)) * 1000) / frames;
  return perMetric(msPerFrame);
}

export interface Overhead {
  /** For each metric, the median over rounds of (with the extension ÷ without) per frame. */
  ratios: ChurnCost;
  /** Every round's ratios, to show the spread. */
  rounds: ChurnCost[];
}

/**
 * `rounds` times, both pages churn at once, after a warm-up round (JIT, caches); the median of
 * the rounds' ratios resists the odd disturbed round.
 */
export async function churnOverhead(withExtension: Page, without: Page, rounds: number, how: Churn = 'swap'): Promise<Overhead> {
  const churnBoth = () => Promise.all([churnCost(withExtension, how), churnCost(without, how)]);
  await churnBoth();
  const ratios: ChurnCost[] = [];
  for (let round = 0; round < rounds; round++) {
    const [withCost, withoutCost] = await churnBoth();
    ratios.push(perMetric((metric) => withCost[metric] / withoutCost[metric]));
  }
  return { ratios: perMetric((metric) => median(ratios.map((ratio) => ratio[metric]))), rounds: ratios };
}
