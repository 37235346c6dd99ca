/**
 * The service page is read where it changed, in the microtask after the change: no timer runs in
 * these tests (fake timers that never advance), so a button that needed a throttle or a delay
 * would never appear.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import type { FieldDescription } from '../../shared/messages';
import { OUR_UI } from '../page-ui';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../runtime', () => ({ send: async (message: unknown) => void sent.push(message) }));
const reads = vi.hoisted(() => ({ scopes: [] as Element[], sightings: 0 }));
vi.mock('./collect', async (original) => {
  const collect = await original<typeof import('./collect')>();
  return {
    ...collect,
    keysIn: (...args: Parameters<typeof collect.keysIn>) => (reads.scopes.push(args[0]), collect.keysIn(...args)),
    sightingIn: (...args: Parameters<typeof collect.sightingIn>) => (reads.sightings++, collect.sightingIn(...args)),
  };
});
const learned = vi.hoisted(() => [] as FieldDescription[]);
vi.mock('../learned', () => ({ learnedDescriptions: () => learned, onLearnedChange: () => undefined }));
const { watchServicePage } = await import('./service-page');

const KEYS = ['e93facc04764012d7bfb002500d5d1a6', '0123456789abcdef0123456789abcdef', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6'];
const PAGE = { kind: 'service-integrations', region: 'us', subdomain: 'acme', serviceId: 'PABC123' } as const;

/** Lets the MutationObserver deliver the changes made so far (it does so in a microtask). */
const afterMutations = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const card = (name: string, key: string) => {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = name;
  const caption = document.createElement('div');
  caption.textContent = 'Integration Key';
  const value = document.createElement('code');
  value.textContent = key;
  section.append(heading, caption, value);
  return section;
};

const row = (name: string, key: string) => {
  const tr = document.createElement('tr');
  for (const text of [name, key]) tr.insertCell().textContent = text;
  return tr;
};

/** The element whose text is `key`, or the field holding it. */
const shownAt = (key: string) => [...document.querySelectorAll('code, td')].find((element) => element.textContent?.trim() === key);
const ourButtons = () => [...document.querySelectorAll(`[${OUR_UI}][data-kind="inline"]`)];
/** Whether our "Use for Blackfire" button stands next to `key` (inside its cell, or right after it). */
const offeredNextTo = (key: string) => {
  const at = shownAt(key);
  const host = at?.querySelector(`[${OUR_UI}]`) ?? at?.nextElementSibling;
  return host?.hasAttribute(OUR_UI) === true && host.shadowRoot?.querySelector('button')?.textContent === 'Use for Blackfire';
};

describe('watchServicePage reads only what changed', () => {
  let stop: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
    reads.scopes.length = 0;
    reads.sightings = 0;
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    learned.length = 0;
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  const watch = () => watchServicePage(PAGE, stop.signal, () => {});

  it('re-render replacing the row that holds our button: the new row gets the button at once', async () => {
    showPage(`<table><thead><tr><th>Name</th><th>Integration Key</th></tr></thead><tbody></tbody></table>`);
    document.querySelector('tbody')?.append(row('Datadog', KEYS[0]!));
    watch();
    expect(offeredNextTo(KEYS[0]!)).toBe(true);

    // The console renders the row again: a new row, the same key, our button gone with the old row.
    document.querySelector('tbody')?.replaceChildren(row('Datadog', KEYS[0]!));
    await afterMutations();
    expect(offeredNextTo(KEYS[0]!)).toBe(true);
    expect(ourButtons()).toHaveLength(1);
  });

  it('a key only a learned description points at: offered when its card appears, like a recognised one', async () => {
    learned.push({ label: 'Routing key', ariaLabel: '', placeholder: '', name: '', id: '', heading: '' });
    showPage('<main></main>');
    watch();
    const routing = card('Datadog', KEYS[0]!);
    routing.querySelector('div')!.textContent = 'Routing key';
    document.querySelector('main')?.append(routing);
    await afterMutations();
    expect(offeredNextTo(KEYS[0]!)).toBe(true);

    routing.remove();
    await afterMutations();
    expect(ourButtons()).toHaveLength(0);
  });

  it('key appearing right after our button was added: offered in the same microtask, and our insertion caused no read', async () => {
    showPage('<main></main>');
    const main = document.querySelector('main')!;
    watch();
    main.append(card('Datadog', KEYS[0]!));
    await afterMutations();
    expect(offeredNextTo(KEYS[0]!)).toBe(true);

    main.append(card('New Relic', KEYS[1]!));
    await afterMutations();
    expect(offeredNextTo(KEYS[1]!)).toBe(true);
    // The whole page once, then `main` once per card: never the parents our buttons went into.
    expect(reads.scopes).toEqual([document.body, main, main]);
  });

  it('back-to-back insertions: each key is offered in the microtask after its insertion', async () => {
    showPage('<main><div id="a"></div><div id="b"></div><div id="c"></div></main>');
    watch();
    for (const [index, id] of ['a', 'b', 'c'].entries()) {
      document.getElementById(id)?.append(card(`Integration ${index}`, KEYS[index]!));
      await afterMutations();
      expect(KEYS.slice(0, index + 1).map(offeredNextTo)).toEqual(Array(index + 1).fill(true));
    }
    expect(ourButtons()).toHaveLength(3);
  });

  it('churn elsewhere ignored: a live counter is read alone, and no key is decided again', async () => {
    showPage('<main><p id="counter">0</p><div id="cards"></div></main>');
    document.getElementById('cards')?.append(card('Datadog', KEYS[0]!), card('Blackfire.io', KEYS[1]!));
    watch();
    await afterMutations();
    const decided = reads.sightings;
    reads.scopes.length = 0;
    const counter = document.getElementById('counter')!;
    for (let tick = 1; tick <= 20; tick++) {
      counter.textContent = String(tick);
      await afterMutations();
    }
    expect(reads.scopes).toEqual(Array(20).fill(counter));
    expect(reads.sightings).toBe(decided);
    expect(offeredNextTo(KEYS[0]!)).toBe(true);
    // The Blackfire integration's key was captured once, not once per tick.
    expect(sent.filter((message) => (message as { type: string }).type === 'pagerduty/capture-key')).toHaveLength(1);
  });

  it('decides a key again when its own record changes: a type shown after the key turns an offer into a capture', async () => {
    showPage('<main></main>');
    const item = card('', KEYS[2]!);
    document.querySelector('main')?.append(item);
    watch();
    expect(offeredNextTo(KEYS[2]!)).toBe(true);
    expect(sent).toEqual([]);

    const logo = document.createElement('img');
    logo.alt = 'Blackfire.io';
    item.prepend(logo);
    await afterMutations();
    expect(sent).toEqual([expect.objectContaining({ type: 'pagerduty/capture-key', key: KEYS[2] })]);
  });

  it('offers the conventional name on an Integration Name field that appears, and drops the offer once typed into', async () => {
    showPage('<h1>Shopping Cart</h1><form></form>');
    watch();
    const label = document.createElement('label');
    label.textContent = 'Integration Name';
    const field = document.createElement('input');
    label.append(field);
    document.querySelector('form')?.append(label);
    await afterMutations();
    expect(ourButtons().map((host) => host.shadowRoot?.querySelector('button')?.textContent)).toEqual(['Name it blackfire-Shopping-Cart']);

    field.value = 'mine';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ourButtons()).toEqual([]);
  });
});
