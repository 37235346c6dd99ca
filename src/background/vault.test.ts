import { describe, expect, it } from 'vitest';
import { emptyVault, forgetKey, holdKey, keyChoices, keyLabels, listShowsFill, nextPastedName, recordFill, selectKey, type HeldKey, type Vault } from './vault';

let counter = 0;
function held(overrides: Partial<HeldKey> = {}): HeldKey {
  counter += 1;
  return {
    id: `id-${counter}`,
    key: `${String(counter).padStart(32, 'a')}`,
    serviceId: 'PABC123',
    serviceName: 'Shopping Cart',
    integrationName: 'blackfire-Shopping-Cart',
    subdomain: 'acme',
    region: 'us',
    isRuleset: false,
    capturedAt: counter,
    source: 'captured',
    ...overrides,
  };
}

const vaultWith = (...keys: HeldKey[]): Vault => {
  const vault = emptyVault();
  for (const key of keys) holdKey(vault, key);
  return vault;
};

describe('holdKey and the announcement of a switch', () => {
  it('announces a capture that took the selection over from another key', () => {
    const second = held({ serviceName: 'Search' });
    const vault = vaultWith(held(), second);
    expect(vault.selectedKeyId).toBe(second.id);
    expect(vault.switchedTo).toEqual({ id: second.id, at: second.capturedAt });
  });

  it('announces nothing for the first key, nor for a key the person pasted or took in the popup', () => {
    expect(vaultWith(held()).switchedTo).toBeNull();
    expect(vaultWith(held(), held({ source: 'pasted' })).switchedTo).toBeNull();
    expect(vaultWith(held(), held({ source: 'api' })).switchedTo).toBeNull();
  });

  it('stops announcing once the person chooses a key, or forgets the announced one', () => {
    const first = held();
    const second = held();
    const chosen = vaultWith(first, second);
    expect(selectKey(chosen, first.id)).toBe(true);
    expect(chosen.switchedTo).toBeNull();
    const forgotten = vaultWith(first, second);
    forgetKey(forgotten, second.id);
    expect(forgotten.switchedTo).toBeNull();
    expect(forgotten.selectedKeyId).toBe(first.id);
  });

  it('refuses to select a key it does not hold', () => {
    expect(selectKey(vaultWith(held()), 'nope')).toBe(false);
  });
});

describe('nextPastedName', () => {
  it('numbers after the highest "Pasted key N" held, ignoring other names', () => {
    expect(nextPastedName(emptyVault())).toBe('Pasted key 1');
    expect(nextPastedName(vaultWith(held({ serviceName: 'Pasted key 4' }), held({ serviceName: 'Pasted key 2' })))).toBe('Pasted key 5');
    expect(nextPastedName(vaultWith(held({ serviceName: 'Pasted key 7 backup' })))).toBe('Pasted key 1');
  });
});

describe('keyLabels', () => {
  it('names a key by its service alone when no other key shares that name', () => {
    const keys = [held(), held({ serviceName: 'Search' })];
    expect([...keyLabels(keys).values()]).toEqual(['Shopping Cart', 'Search']);
  });

  it('adds the integration when two integrations of one service are held', () => {
    const keys = [held(), held({ integrationName: 'Blackfire staging' })];
    expect([...keyLabels(keys).values()]).toEqual(['Shopping Cart – blackfire-Shopping-Cart', 'Shopping Cart – Blackfire staging']);
  });

  it('adds the account when services of two accounts share service and integration names', () => {
    const keys = [held(), held({ subdomain: 'globex' }), held({ serviceName: 'Search' })];
    expect([...keyLabels(keys).values()]).toEqual([
      'Shopping Cart – blackfire-Shopping-Cart (acme)',
      'Shopping Cart – blackfire-Shopping-Cart (globex)',
      'Search',
    ]);
  });

  it('never puts any character of the key into a label', () => {
    const keys = [held({ serviceName: 'Pasted key 1', integrationName: '', subdomain: '' }), held()];
    for (const [id, label] of keyLabels(keys)) expect(label).not.toContain(keys.find((k) => k.id === id)!.key.slice(-4));
  });
});

describe('keyChoices', () => {
  it('offers the selected key first, then the newest, each by its label', () => {
    const old = held({ serviceName: 'Search' });
    const selected = held();
    const newest = held({ serviceName: 'Checkout' });
    const vault = vaultWith(old, selected, newest);
    selectKey(vault, selected.id);
    expect(keyChoices(vault)).toEqual([
      { id: selected.id, label: 'Shopping Cart' },
      { id: newest.id, label: 'Checkout' },
      { id: old.id, label: 'Search' },
    ]);
  });
});

describe('a fill is saved only once the channel list shows it', () => {
  const filledIn = (environment: string | null, channelName?: string) => {
    const vault = emptyVault();
    recordFill(vault, { ok: true, message: 'Filled.', ...(channelName ? { channelName } : {}) }, environment, 1);
    return vault.lastFill;
  };

  it('records a fill as not saved', () => {
    expect(filledIn('shop', 'PagerDuty – Search')).toMatchObject({ ok: true, environment: 'shop', saved: false, at: 1 });
  });

  it("is saved when the same environment's list shows a PagerDuty row with the filled name, however spaced or cased", () => {
    expect(listShowsFill(filledIn('shop', 'PagerDuty – Search'), 'shop', ['Ops email', '  pagerduty –  search  Pager duty Enabled'])).toBe(true);
  });

  it.each([
    ['the list of another environment', filledIn('shop', 'PagerDuty – Search'), 'shop-staging', ['PagerDuty – Search Pager duty']],
    ['a list without that name', filledIn('shop', 'PagerDuty – Search'), 'shop', ['PagerDuty – Checkout Pager duty']],
    ['a fill that failed', { ...filledIn('shop', 'PagerDuty – Search')!, ok: false }, 'shop', ['PagerDuty – Search']],
    ['a fill without a channel name', filledIn('shop'), 'shop', ['PagerDuty – Search']],
    ['no fill at all', null, 'shop', ['PagerDuty – Search']],
  ])('is not saved by %s', (_case, fill, environment, rows) => expect(listShowsFill(fill, environment, rows)).toBe(false));
});
