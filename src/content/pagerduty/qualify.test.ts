import { describe, expect, it } from 'vitest';
import { actionFor, integrationLabel } from './qualify';

const key = 'e93facc04764012d7bfb002500d5d1a6';

describe('actionFor', () => {
  it.each([
    ['the conventional name', 'blackfire-Shopping-Cart', 'Events API V2'],
    ['the Blackfire.io type', 'Monitoring', 'Blackfire.io'],
    ['a name in capitals', 'BLACKFIRE alerts', ''],
    ['a type only', '', 'Blackfire.io'],
  ])('captures a key whose integration mentions Blackfire in %s', (_case, integrationName, integrationType) =>
    expect(actionFor({ key, shownAs: 'field', integrationName, integrationType })).toBe('capture'));

  it.each([
    ['another vendor', 'Datadog', 'Datadog'],
    ['a generic integration', 'checkout-alerts', 'Events API V2'],
    ['an integration the page does not describe', '', ''],
  ])('only offers a button for %s', (_case, integrationName, integrationType) =>
    expect(actionFor({ key, shownAs: 'field', integrationName, integrationType })).toBe('offer'));

  it('only offers a button for a key inside a sentence, even one about Blackfire', () =>
    expect(actionFor({ key, shownAs: 'prose', integrationName: 'blackfire-Shop', integrationType: 'Blackfire.io' })).toBe('offer'));
});

describe('integrationLabel', () => {
  it('is the integration name when the page shows one', () =>
    expect(integrationLabel({ key, shownAs: 'field', integrationName: 'blackfire-Shop', integrationType: 'Blackfire.io' })).toBe('blackfire-Shop'));
  it('falls back to the type', () => expect(integrationLabel({ key, shownAs: 'field', integrationName: '', integrationType: 'Datadog' })).toBe('Datadog'));
  it('falls back to the last four characters, so two unnamed keys do not replace each other', () =>
    expect(integrationLabel({ key, shownAs: 'field', integrationName: '', integrationType: '' })).toBe('Integration …d1a6'));
});
