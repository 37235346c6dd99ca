import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showPage } from '../../../test/unit/dom';

const collected = vi.hoisted(() => [] as Element[]);
vi.mock('./collect', async (original) => {
  const collect = await original<typeof import('./collect')>();
  return { ...collect, collectForm: (container: Element) => (collected.push(container), collect.collectForm(container)) };
});
const { channelFormFinder } = await import('./detect');
const { watchPage } = await import('./watch');

/** Lets the MutationObserver deliver the changes made so far (it does so in a microtask). */
const afterMutations = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const MODAL = `
  <div class="backdrop"></div>
  <div role="dialog" aria-labelledby="title"><h2 id="title">Add PagerDuty</h2>
    <form><label>Channel name <input id="name"></label><label>Integration key <input id="key"></label></form>
  </div>`;

describe('channelFormFinder, fed by the page watcher', () => {
  let stop: AbortController;
  let found: ReturnType<ReturnType<typeof channelFormFinder>>[];
  beforeEach(() => {
    // happy-dom lays nothing out: give inputs the size a browser would.
    vi.spyOn(HTMLInputElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 200, 24));
    collected.length = 0;
    found = [];
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    vi.restoreAllMocks();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  const watch = () => {
    const find = channelFormFinder();
    watchPage(document, (scopes) => void found.push(find(scopes)), stop.signal);
  };
  const keyInputFound = () => found.at(-1)?.keyInput.id;

  it('finds the form in the microtask after the modal is inserted, and a re-rendered form by its new fields', async () => {
    showPage('<main><form role="search"><input type="search" aria-label="Search"></form></main>');
    watch();
    expect(found).toEqual([null]);

    const parsed = new DOMParser().parseFromString(MODAL, 'text/html');
    document.querySelector('main')?.append(...parsed.body.childNodes);
    await afterMutations();
    const first = found.at(-1)?.keyInput;
    expect(keyInputFound()).toBe('key');

    // The app renders the form again: new inputs, the same ids.
    const form = document.querySelector('[role="dialog"] form')!;
    form.replaceWith(form.cloneNode(true));
    await afterMutations();
    expect(found.at(-1)?.keyInput).not.toBe(first);
    expect(found.at(-1)?.keyInput.isConnected).toBe(true);
  });

  it('sees the form shown by a change elsewhere on the page (a class on the backdrop next to the modal)', async () => {
    showPage(`<main>${MODAL}</main>`);
    const backdrop = document.querySelector('.backdrop')!;
    // As a stylesheet's `.backdrop:not(.open) + [role="dialog"] { display: none }` would (happy-dom lays nothing out).
    vi.spyOn(HTMLInputElement.prototype, 'getBoundingClientRect').mockImplementation(() =>
      backdrop.classList.contains('open') ? new DOMRect(0, 0, 200, 24) : new DOMRect(),
    );
    watch();
    expect(found).toEqual([null]);

    backdrop.classList.add('open');
    await afterMutations();
    expect(keyInputFound()).toBe('key');
  });

  it('ignores churn elsewhere: a counter re-reads no form but the candidate, and a search form never again', async () => {
    showPage(`<main><p id="counter">0</p><form role="search"><input type="search" aria-label="Search"></form>${MODAL}</main>`);
    watch();
    expect(keyInputFound()).toBe('key');
    collected.length = 0;

    const counter = document.getElementById('counter')!;
    for (let tick = 1; tick <= 5; tick++) {
      counter.textContent = String(tick);
      await afterMutations();
    }
    expect(collected).toEqual(Array(5).fill(document.querySelector('[role="dialog"] form')));
    expect(keyInputFound()).toBe('key');
  });
});
