import { describe, expect, it } from 'vitest';
import { qualify, words, type FieldSignals, type FormSignals } from './qualify';

const field = (signals: Partial<FieldSignals>): FieldSignals => ({
  label: '',
  ariaLabel: '',
  labelledBy: '',
  placeholder: '',
  name: '',
  id: '',
  type: 'text',
  visible: true,
  editable: true,
  ...signals,
});
const pagerDutyForm = (...fields: FieldSignals[]): FormSignals => ({ heading: 'Add PagerDuty', mentionsPagerDuty: true, fields });
const channelName = field({ label: 'Channel name', name: 'name' });

describe('words', () => {
  it.each(['integration_key', 'integrationKey', 'Integration Key', 'integration-key'])('reads %s as "integration key"', (text) =>
    expect(words(text)).toBe('integration key'),
  );
});

describe('qualify picks the Integration Key field', () => {
  it.each([
    ['label only', field({ label: 'Integration Key' })],
    ['aria-label only', field({ ariaLabel: 'Integration key' })],
    ['aria-labelledby only', field({ labelledBy: 'PagerDuty integration key' })],
    ['placeholder only', field({ placeholder: 'Integration Key' })],
    ['name attribute only', field({ name: 'integration_key' })],
    ['id only', field({ id: 'pagerdutyIntegrationKey' })],
    ['a bare "Key" label with a key name', field({ label: 'Key', name: 'key' })],
    ['a password-type field', field({ label: 'Integration Key', type: 'password' })],
  ])('%s', (_case, keyField) => {
    expect(qualify([pagerDutyForm(channelName, keyField)])).toEqual({ form: 0, keyField: 1, nameField: 0 });
  });

  it('finds no name field when the form has none', () => {
    expect(qualify([pagerDutyForm(field({ label: 'Integration Key' }))])).toEqual({ form: 0, keyField: 0, nameField: null });
  });
});

describe('qualify rejects decoys', () => {
  const keyField = field({ label: 'Integration Key', name: 'integration_key' });

  it('a search box in the same form', () => {
    const search = field({ type: 'search', placeholder: 'Search channels', name: 'q' });
    const labelledSearch = field({ label: 'Search integration key', name: 'search' });
    expect(qualify([pagerDutyForm(search, labelledSearch, channelName, keyField)])).toEqual({ form: 0, keyField: 3, nameField: 2 });
  });

  it('an Opsgenie API key field in its own form on the same page', () => {
    const opsgenie: FormSignals = {
      heading: 'Add Opsgenie',
      mentionsPagerDuty: false,
      fields: [field({ label: 'Name' }), field({ label: 'API key', name: 'api_key' })],
    };
    expect(qualify([opsgenie, pagerDutyForm(channelName, keyField)])).toEqual({ form: 1, keyField: 1, nameField: 0 });
  });

  it('an API key field inside a form that mentions PagerDuty', () => {
    expect(qualify([pagerDutyForm(field({ label: 'PagerDuty API key', name: 'api_key' }))])).toBeNull();
  });

  it('a hidden decoy labelled "Integration Key"', () => {
    const hidden = field({ label: 'Integration Key', name: 'integration_key', visible: false });
    expect(qualify([pagerDutyForm(hidden, channelName, field({ placeholder: 'Integration Key' }))])).toEqual({
      form: 0,
      keyField: 2,
      nameField: 1,
    });
    expect(qualify([pagerDutyForm(hidden)])).toBeNull();
  });

  it('disabled or read-only fields', () => {
    expect(qualify([pagerDutyForm(field({ label: 'Integration Key', editable: false }))])).toBeNull();
  });

  it('a key field in a form that does not mention PagerDuty', () => {
    expect(qualify([{ heading: 'Add Opsgenie', mentionsPagerDuty: false, fields: [keyField] }])).toBeNull();
  });

  it('a key field as the channel name', () => {
    expect(qualify([pagerDutyForm(field({ label: 'Integration Key' }), field({ name: 'key_name' }))])?.nameField).toBeNull();
  });
});

describe('qualify with two forms on one page', () => {
  const slack: FormSignals = {
    heading: 'Add Slack',
    mentionsPagerDuty: false,
    fields: [field({ label: 'Channel name' }), field({ label: 'Webhook URL' })],
  };

  it('picks the PagerDuty form over a Slack form', () => {
    expect(qualify([slack, pagerDutyForm(channelName, field({ ariaLabel: 'Integration Key' }))])).toEqual({
      form: 1,
      keyField: 1,
      nameField: 0,
    });
  });

  it('picks the form whose key field says more, then the one titled for PagerDuty', () => {
    const weak = pagerDutyForm(field({ name: 'key' }), field({ label: 'Key' }));
    const strong = pagerDutyForm(field({ label: 'Integration Key' }));
    expect(qualify([weak, strong])?.form).toBe(1);
    const untitled = { ...pagerDutyForm(field({ label: 'Integration Key' })), heading: 'Channels' };
    expect(qualify([untitled, strong])?.form).toBe(1);
  });
});
