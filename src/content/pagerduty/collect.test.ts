import { afterEach, describe, expect, it } from 'vitest';
import { collectKeys, sightingOf } from './collect';
import { actionFor } from './qualify';

const KEY = 'e93facc04764012d7bfb002500d5d1a6';
const OTHER = '0123456789abcdef0123456789abcdef';
const TRACE = 'ffffeeeeddddccccbbbbaaaa99998888';

/** Builds the page from trusted test markup (the extension itself never parses HTML). */
function page(markup: string) {
  document.body.replaceChildren(new DOMParser().parseFromString(`<main>${markup}</main>`, 'text/html').body.firstElementChild!);
  return collectKeys(document.body).map(({ element, sighting }) => ({ ...sighting, at: element.tagName.toLowerCase() }));
}
/** What the content script does with each key of the page. */
const actions = (markup: string) => page(markup).map((sighting) => [sighting.key, actionFor(sighting)]);

afterEach(() => document.body.replaceChildren());

describe('collectKeys finds a key', () => {
  it('in a read-only input after a "Integration Key" label, on a detail page', () => {
    const found = page(`
      <h1>Shopping Cart</h1><h2>blackfire-Shopping-Cart</h2>
      <dl><dt>Integration Type</dt><dd>Blackfire.io</dd></dl>
      <div class="form-group"><label>Integration Key</label>
        <div class="input-group"><input readonly value="${KEY}"><button>Copy</button></div></div>`);
    expect(found).toEqual([
      { key: KEY, shownAs: 'field', at: 'input', integrationName: 'blackfire-Shopping-Cart', integrationType: 'Blackfire.io' },
    ]);
  });

  it('in an input named by aria-label, with "Name:" and "Type:" in plain text', () => {
    const found = page(`<p>Name: Checkout alerts</p><p>Type: Datadog</p><input aria-label="Integration Key" value="${KEY}">`);
    expect(found).toMatchObject([{ key: KEY, at: 'input', integrationName: 'Checkout alerts', integrationType: 'Datadog' }]);
  });

  it('in an input whose <label for> says Integration Key', () => {
    expect(page(`<label for="k">Integration Key</label><input id="k" value=" ${KEY} ">`)).toMatchObject([{ key: KEY }]);
  });

  it('as <dd> text after a <dt>Integration Key</dt>', () => {
    expect(page(`<dl><dt>Integration Key</dt><dd>${KEY}</dd></dl>`)).toMatchObject([{ key: KEY, at: 'dd', shownAs: 'labelled-text' }]);
  });

  it('as "Integration Key: <key>" in one text', () => {
    expect(page(`<p>Integration Key: ${KEY}</p>`)).toMatchObject([{ key: KEY, at: 'p', shownAs: 'labelled-text' }]);
  });

  it('inside an Integration URL, with no label at all', () => {
    expect(page(`<code>https://events.eu.pagerduty.com/integration/${KEY}/enqueue</code>`)).toMatchObject([
      { key: KEY, at: 'code', shownAs: 'integration-url' },
    ]);
  });

  it('once, when both the key and its Integration URL are shown, at the key field', () => {
    const found = page(`<label>Integration Key <input value="${KEY}"></label>
      <label>Integration URL <input value="https://events.pagerduty.com/integration/${KEY}/enqueue"></label>`);
    expect(found).toMatchObject([{ key: KEY, shownAs: 'field' }]);
  });

  it('in a read-only box under a caption that is a plain element, not a <label> (PagerDuty since 2022)', () => {
    const found = page(`<div class="row"><img alt="Blackfire.io"><span>blackfire-Shop</span></div>
      <div class="panel"><div>Integration Name</div><div><input readonly value="blackfire-Shop"></div>
        <div>Integration Key</div><div><input readonly value="${KEY}"><button>Copy</button></div></div>`);
    expect(found).toMatchObject([{ key: KEY, shownAs: 'field', integrationName: 'blackfire-Shop', integrationType: 'Blackfire.io' }]);
  });

  it('as plain cell text in a table, with the name and type read from its own row by column header', () => {
    const found = page(`<table><thead><tr><th>Name</th><th>Integration Key</th><th>Type</th></tr></thead><tbody>
      <tr><td>Datadog</td><td>${OTHER}</td><td><a href="#">Datadog</a></td></tr>
      <tr><td>blackfire-Shop</td><td>${KEY}</td><td><a href="#">Blackfire.io</a></td></tr></tbody></table>`);
    expect(found).toMatchObject([
      { key: OTHER, at: 'td', integrationName: 'Datadog', integrationType: 'Datadog' },
      { key: KEY, at: 'td', integrationName: 'blackfire-Shop', integrationType: 'Blackfire.io' },
    ]);
  });
});

describe('collectKeys ties each key to its own integration', () => {
  it('gives each card of an integrations list its own name and type', () => {
    expect(
      actions(`<h1>Checkout API</h1>
        <section><h3>blackfire-Checkout-API</h3><img alt="Blackfire.io" src="x.png"><dl><dt>Integration Key</dt><dd>${KEY}</dd></dl></section>
        <section><h3>Datadog</h3><img alt="Datadog" src="y.png"><dl><dt>Integration Key</dt><dd>${OTHER}</dd></dl></section>`),
    ).toEqual([
      [KEY, 'capture'],
      [OTHER, 'offer'],
    ]);
  });

  it("never reads a Blackfire integration's type for the key of another integration that shows one", () => {
    const found = page(`<h1>Checkout API</h1>
      <div><h3>blackfire-Checkout-API</h3><p>Type: Blackfire.io</p></div>
      <div><h3>Datadog</h3><p>Type: Datadog</p><input aria-label="Integration Key" value="${OTHER}"></div>`);
    expect(found).toMatchObject([{ key: OTHER, integrationName: 'Datadog', integrationType: 'Datadog' }]);
    expect(actionFor(found[0]!)).toBe('offer');
  });

  it('reads no name or type from outside a lone key of a flat list that shows two vendor logos', () => {
    expect(
      actions(`<div><img alt="Blackfire.io"> blackfire-Checkout</div>
        <div><img alt="Datadog"> Datadog <input aria-label="Integration Key" value="${OTHER}"></div>`),
    ).toEqual([[OTHER, 'offer']]);
  });

  it('never captures a table row of another vendor, with the Blackfire row above it', () => {
    expect(
      actions(`<table><tr><th>Name</th><th>Integration Key</th><th>Type</th></tr>
        <tr><td>blackfire-Shop</td><td></td><td>Blackfire.io</td></tr>
        <tr><td>Datadog</td><td>${OTHER}</td><td>Datadog</td></tr></table>`),
    ).toEqual([[OTHER, 'offer']]);
  });
});

describe('collectKeys on each PagerDuty layout generation', () => {
  /** A 2022 accordion row; `panel` is what the row shows once expanded (nothing while collapsed). */
  const accordionRow = (name: string, vendor: string, panel: string) => `<div data-cy="integration-row">
      <div style="display: flex"><img alt="${vendor}"><span>${name}</span><button aria-label="Integration settings">⚙</button>
        <button aria-expanded="${panel ? 'true' : 'false'}">⌄</button></div>${panel}</div>`;
  const expandedPanel = (name: string, key: string) => `<div class="x2b4c">
      <div><span>Setting up this integration</span><p>Copy the Integration Key on the right into the vendor's PagerDuty settings.</p></div>
      <div><div><span>Integration Name</span><div><input readonly value="${name}"><button>Copy</button></div></div>
        <div><span>Integration Key</span><div><span>${key}</span><button>Copy</button></div></div>
        <div><span>Integration URL (Change Events)</span><div><span>https://events.pagerduty.com/v2/change/enqueue</span><button>Copy</button></div></div>
        <div><span>Integration URL (Alert Events)</span><div><input readonly value="https://events.pagerduty.com/v2/enqueue"></div></div></div></div>`;

  it('2022 accordion: a collapsed row shows no key; an expanded one ties its key to its own row, by the row logo', () => {
    expect(page(`<div>Integrations (2)</div>${accordionRow('Datadog', 'Datadog', '')}${accordionRow('Checkout perf', 'Blackfire.io', '')}`)).toEqual([]);
    const found = page(`<div>Integrations (2)</div>
      ${accordionRow('Datadog', 'Datadog', expandedPanel('Datadog', OTHER))}
      ${accordionRow('Checkout perf', 'Blackfire.io', expandedPanel('Checkout perf', KEY))}`);
    expect(found).toMatchObject([
      { key: OTHER, shownAs: 'labelled-text', integrationName: 'Datadog', integrationType: 'Datadog' },
      { key: KEY, shownAs: 'labelled-text', integrationName: 'Checkout perf', integrationType: 'Blackfire.io' },
    ]);
    expect(found.map(actionFor)).toEqual(['offer', 'capture']);
  });

  it("2022 accordion: a vendor guide's screenshot in the panel does not hide the row's logo", () => {
    const withScreenshot = (name: string, key: string) =>
      expandedPanel(name, key).replace('<p>', '<img alt="The settings page, step 2"><p>');
    const found = page(`${accordionRow('Datadog', 'Datadog', withScreenshot('Datadog', OTHER))}
      ${accordionRow('Checkout perf', 'Blackfire.io', withScreenshot('Checkout perf', KEY))}`);
    expect(found).toMatchObject([{ integrationType: 'Datadog' }, { integrationType: 'Blackfire.io' }]);
    expect(found.map(actionFor)).toEqual(['offer', 'capture']);
  });

  it('2022 accordion: the generic Integration URLs without a key are not keys', () => {
    expect(page(accordionRow('Datadog', 'Datadog', expandedPanel('Datadog', OTHER))).map(({ key }) => key)).toEqual([OTHER]);
  });

  it('2020 table: Type (logo) | Name | Integration Key with a clipboard button, each key with its own row', () => {
    const row = (vendor: string, name: string, key: string) =>
      `<tr><td><img alt="${vendor}"></td><td><a href="#">${name}</a></td><td><span>${key}</span><button aria-label="Copy to clipboard"></button></td></tr>`;
    const found = page(`<table><thead><tr><th>Type</th><th>Name</th><th>Integration Key</th></tr></thead><tbody>
      ${row('Datadog', 'Datadog', OTHER)}${row('Blackfire.io', 'Performance alerts', KEY)}</tbody></table>`);
    expect(found).toMatchObject([
      { key: OTHER, at: 'span', integrationName: 'Datadog', integrationType: 'Datadog' },
      { key: KEY, at: 'span', integrationName: 'Performance alerts', integrationType: 'Blackfire.io' },
    ]);
    expect(found.map(actionFor)).toEqual(['offer', 'capture']);
  });
});

describe('collectKeys never captures a key from free text', () => {
  it('an incident title or a description with "integration key <key>" under a Blackfire heading gets a button only', () => {
    expect(actions(`<h2>Blackfire alerts</h2><p>Rotated the integration key ${KEY} yesterday after the outage.</p>`)).toEqual([
      [KEY, 'offer'],
    ]);
  });

  it('takes the token right after the words "integration key", not the first 32-character token', () => {
    expect(page(`<p>Trace ${TRACE} failed; integration key ${KEY} was fine.</p>`)).toEqual([]);
    expect(page(`<p>See integration key ${KEY}.</p>`)).toMatchObject([{ key: KEY, shownAs: 'prose' }]);
  });
});

describe('collectKeys ignores', () => {
  it.each([
    ['a 32-character token without a label', `<p>Request id ${KEY}</p>`],
    ['a labelled value of the wrong length', `<dl><dt>Integration Key</dt><dd>${KEY}0</dd></dl>`],
    ['a REST API token next to the label', '<dl><dt>Integration Key</dt><dd>y_NbAkKc66ryYTWUXYEu</dd></dl>'],
    ['a key inside a script', `<script>var k = "Integration Key: ${KEY}"</script>`],
    ['a key next to a long paragraph that mentions Integration Key', `<p>${'Copy the Integration Key into Blackfire. '.repeat(3)}</p><code>${KEY}</code>`],
    ['an Integration URL on another host', `<code>https://events.pagerduty.com.evil.example/integration/${KEY}/enqueue</code>`],
    ['a labelled text with two tokens (a key and a trace id)', `<dl><dt>Integration Key</dt><dd>${KEY} ${TRACE}</dd></dl>`],
  ])('%s', (_case, markup) => expect(page(markup)).toEqual([]));
});

describe('sightingOf', () => {
  it('reads the key an element shows now, not the one it showed when our button was placed', () => {
    page(`<h3>Datadog</h3><input id="k" aria-label="Integration Key" value="${KEY}">`);
    const field = document.getElementById('k') as HTMLInputElement;
    field.value = OTHER;
    expect(sightingOf(field)).toMatchObject({ key: OTHER, integrationName: 'Datadog' });
    field.value = '';
    expect(sightingOf(field)).toBeNull();
  });
});
