import { afterEach, describe, expect, it, vi } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { cleanDescription } from '../../shared/learned';
import type { FieldDescription } from '../../shared/messages';

const learned = vi.hoisted(() => [] as FieldDescription[]);
vi.mock('../learned', () => ({ learnedDescriptions: () => learned }));
const { anyKeysIn, describeKeyElement, learnedKey, sightingAgain } = await import('./learned');

const KEY = 'e93facc04764012d7bfb002500d5d1a6';
const OTHER = '0123456789abcdef0123456789abcdef';

/** A key that recognition misses: captioned "Routing key", not "Integration Key". */
const ROUTING = `<h1>Checkout</h1><section><h2>Datadog</h2>
  <div>Routing key</div><div><code id="routing">${KEY}</code></div></section>`;
const routingKey: FieldDescription = { label: 'Routing key', ariaLabel: '', placeholder: '', name: '', id: 'routing', heading: '' };

afterEach(() => learned.splice(0));

describe('learned PagerDuty keys', () => {
  it('describes the element by its caption and id, never by the key it shows', () => {
    showPage(ROUTING);
    const description = describeKeyElement(document.getElementById('routing')!);
    expect(description).toEqual(routingKey);
    expect(JSON.stringify(cleanDescription(description))).not.toContain(KEY);
  });

  it('leaves out a caption that shows a key', () => {
    showPage(`<p>Integration URL https://events.pagerduty.com/integration/${OTHER}/enqueue</p><code id="k">${KEY}</code>`);
    expect(cleanDescription(describeKeyElement(document.getElementById('k')!))).toEqual({ ...routingKey, label: '', id: 'k' });
  });

  it('recognises the key a learned description points at, with its own integration, and reads it again on a click', () => {
    showPage(ROUTING);
    expect(learnedKey(anyKeysIn(document.body))).toBeNull();
    learned.push({ ...routingKey, id: '' });
    const element = document.getElementById('routing')!;
    expect(learnedKey(anyKeysIn(document.body))).toEqual([element, [KEY, 'labelled-text']]);
    expect(sightingAgain(element)).toEqual({ key: KEY, shownAs: 'labelled-text', integrationName: 'Datadog', integrationType: '' });
  });

  it('uses no description that fits two keys', () => {
    showPage(`${ROUTING}<section><h2>Sentry</h2><div>Routing key</div><div><code>${OTHER}</code></div></section>`);
    learned.push({ ...routingKey, id: '' });
    expect(learnedKey(anyKeysIn(document.body))).toBeNull();
  });
});
