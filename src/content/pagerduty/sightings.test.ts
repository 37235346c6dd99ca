import { afterEach, describe, expect, it } from 'vitest';
import { findKeySightings } from './sightings';

const KEY = 'e93facc04764012d7bfb002500d5d1a6';
const OTHER = '0123456789abcdef0123456789abcdef';

/** Builds the page from trusted test markup (the extension itself never parses HTML). */
function page(markup: string) {
  document.body.replaceChildren(new DOMParser().parseFromString(`<main>${markup}</main>`, 'text/html').body.firstElementChild!);
  return findKeySightings(document.body).map(({ key, element, integrationName, integrationType }) => ({
    key,
    at: element.tagName.toLowerCase(),
    integrationName,
    integrationType,
  }));
}

afterEach(() => document.body.replaceChildren());

describe('findKeySightings finds a key', () => {
  it('in a read-only input after a "Integration Key" label, on a detail page', () => {
    const found = page(`
      <h1>Shopping Cart</h1><h2>blackfire-Shopping-Cart</h2>
      <dl><dt>Integration Type</dt><dd>Blackfire.io</dd></dl>
      <div class="form-group"><label>Integration Key</label>
        <div class="input-group"><input readonly value="${KEY}"><button>Copy</button></div></div>`);
    expect(found).toEqual([{ key: KEY, at: 'input', integrationName: 'blackfire-Shopping-Cart', integrationType: 'Blackfire.io' }]);
  });

  it('in an input named by aria-label, with "Name:" and "Type:" in plain text', () => {
    const found = page(`<p>Name: Checkout alerts</p><p>Type: Datadog</p><input aria-label="Integration Key" value="${KEY}">`);
    expect(found).toEqual([{ key: KEY, at: 'input', integrationName: 'Checkout alerts', integrationType: 'Datadog' }]);
  });

  it('in an input whose <label for> says Integration Key', () => {
    expect(page(`<label for="k">Integration Key</label><input id="k" value=" ${KEY} ">`)).toMatchObject([{ key: KEY }]);
  });

  it('as <dd> text after a <dt>Integration Key</dt>', () => {
    expect(page(`<dl><dt>Integration Key</dt><dd>${KEY}</dd></dl>`)).toMatchObject([{ key: KEY, at: 'dd' }]);
  });

  it('as plain text after the label in the same text', () => {
    expect(page(`<p>Integration Key: ${KEY}</p>`)).toMatchObject([{ key: KEY, at: 'p' }]);
  });

  it('inside an Integration URL, with no label at all', () => {
    expect(page(`<code>https://events.eu.pagerduty.com/integration/${KEY}/enqueue</code>`)).toMatchObject([{ key: KEY, at: 'code' }]);
  });

  it('once, when both the key and its Integration URL are shown', () => {
    const found = page(`<label>Integration Key <input value="${KEY}"></label>
      <label>Integration URL <input value="https://events.pagerduty.com/integration/${KEY}/enqueue"></label>`);
    expect(found).toHaveLength(1);
  });
});

describe('findKeySightings tells integrations apart', () => {
  it('gives each card of an integrations list its own name and type', () => {
    const found = page(`
      <h1>Checkout API</h1>
      <section><h3>blackfire-Checkout-API</h3><img alt="Blackfire.io" src="x.png">
        <dl><dt>Integration Key</dt><dd>${KEY}</dd></dl></section>
      <section><h3>Datadog</h3><img alt="Datadog" src="y.png">
        <dl><dt>Integration Key</dt><dd>${OTHER}</dd></dl></section>`);
    expect(found).toEqual([
      { key: KEY, at: 'dd', integrationName: 'blackfire-Checkout-API', integrationType: 'Blackfire.io' },
      { key: OTHER, at: 'dd', integrationName: 'Datadog', integrationType: 'Datadog' },
    ]);
  });
});

describe('findKeySightings ignores', () => {
  it.each([
    ['a 32-character token without a label', `<p>Request id ${KEY}</p>`],
    ['a labelled value of the wrong length', `<dl><dt>Integration Key</dt><dd>${KEY}0</dd></dl>`],
    ['a REST API token next to the label', '<dl><dt>Integration Key</dt><dd>y_NbAkKc66ryYTWUXYEu</dd></dl>'],
    ['a key inside a script', `<script>var k = "Integration Key: ${KEY}"</script>`],
    ['a key next to a long paragraph that mentions Integration Key', `<p>${'Copy the Integration Key into Blackfire. '.repeat(3)}</p><code>${KEY}</code>`],
    ['an Integration URL on another host', `<code>https://events.pagerduty.com.evil.example/integration/${KEY}/enqueue</code>`],
  ])('%s', (_case, markup) => expect(page(markup)).toEqual([]));
});
