import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyOrigin } from '../../shared/messages';
import type { SenderContext } from '../router';

vi.mock('webextension-polyfill', () => import('../../../test/unit/fake-browser'));
const { areas, clearAreas } = await import('../../../test/unit/fake-browser');

const { captureRoutes, isFromAccount } = await import('./capture');
const { readVault } = await import('../key-store');
const areasVault = () => areas.session.get('vault') as Awaited<ReturnType<typeof readVault>>;

const KEY = 'e93facc04764012d7bfb002500d5d1a6';
const OTHER_KEY = '0123456789abcdef0123456789abcdef';
const ORIGIN: KeyOrigin = {
  serviceId: 'PABC123',
  serviceName: 'Shopping Cart',
  integrationName: 'blackfire-Shopping-Cart',
  subdomain: 'acme',
  region: 'us',
};
const onPage = (url: string): SenderContext => ({ audience: 'pagerduty', tabId: 1, url });
const US_PAGE = onPage('https://acme.pagerduty.com/services/PABC123/integrations');
const popup: SenderContext = { audience: 'extension-page' };

const capture = (key: string, origin: KeyOrigin, sender = US_PAGE) =>
  captureRoutes['pagerduty/capture-key']!.handle({ type: 'pagerduty/capture-key', key, origin }, sender);
const paste = (input: string) => captureRoutes['popup/add-key']!.handle({ type: 'popup/add-key', input }, popup);

beforeEach(clearAreas);

describe('isFromAccount', () => {
  it.each([
    ['https://acme.pagerduty.com/services/PABC123', ORIGIN, true],
    ['https://acme.eu.pagerduty.com/services/PABC123', { ...ORIGIN, region: 'eu' as const }, true],
    ['https://acme.eu.pagerduty.com/services/PABC123', ORIGIN, false],
    ['https://acme.pagerduty.com/services/PABC123', { ...ORIGIN, region: 'eu' as const }, false],
    ['https://globex.pagerduty.com/services/PABC123', ORIGIN, false],
    [undefined, ORIGIN, false],
  ])('%s sending for %o: %s', (url, origin, expected) => expect(isFromAccount(url, origin)).toBe(expected));
});

describe('pagerduty/capture-key', () => {
  it('holds a captured key with its origin, stamped by the background, and selects it', async () => {
    const before = Date.now();
    await expect(capture(KEY, ORIGIN)).resolves.toEqual({ ok: true, id: 'us:acme/PABC123/blackfire-Shopping-Cart' });
    const vault = await readVault();
    const held = vault.keys['us:acme/PABC123/blackfire-Shopping-Cart'];
    expect(held).toMatchObject({ ...ORIGIN, key: KEY, isRuleset: false, source: 'captured' });
    expect(held?.capturedAt).toBeGreaterThanOrEqual(before);
    expect(vault.selectedKeyId).toBe(held?.id);
  });

  it('replaces the older key of the same integration with a newer capture', async () => {
    await capture(KEY, ORIGIN);
    await capture(OTHER_KEY, ORIGIN);
    expect(Object.values((await readVault()).keys).map((held) => held.key)).toEqual([OTHER_KEY]);
  });

  it('holds keys of several services at once', async () => {
    await capture(KEY, ORIGIN);
    await capture(OTHER_KEY, { ...ORIGIN, serviceId: 'PDEF456', serviceName: 'Search' });
    expect(Object.keys((await readVault()).keys)).toHaveLength(2);
  });

  it('does not treat seeing the held key again as a newer capture (the selection stays)', async () => {
    await capture(KEY, ORIGIN);
    const { capturedAt } = (await readVault()).keys['us:acme/PABC123/blackfire-Shopping-Cart']!;
    await capture(OTHER_KEY, { ...ORIGIN, serviceId: 'PDEF456' });
    await capture(KEY, ORIGIN);
    const vault = await readVault();
    expect(vault.keys['us:acme/PABC123/blackfire-Shopping-Cart']?.capturedAt).toBe(capturedAt);
    expect(vault.selectedKeyId).toBe('us:acme/PDEF456/blackfire-Shopping-Cart');
  });

  it('re-checks the key and refuses a bad one with its message', async () => {
    await expect(capture(`${KEY.slice(1)}-`, ORIGIN)).resolves.toMatchObject({ ok: false, message: expect.stringContaining('“-”') });
    expect((await readVault()).keys).toEqual({});
  });

  it.each([
    ['another account', { ...ORIGIN, subdomain: 'globex' }, US_PAGE],
    ['the EU region from a US page', { ...ORIGIN, region: 'eu' as const }, US_PAGE],
    ['the US region from an EU page', ORIGIN, onPage('https://acme.eu.pagerduty.com/services/PABC123')],
  ])('refuses a key filed for %s', async (_case, origin, sender) => {
    await expect(capture(KEY, origin, sender)).resolves.toMatchObject({ ok: false });
    expect((await readVault()).keys).toEqual({});
  });

  it('refuses an EU Integration URL captured for a US account', async () => {
    const url = `https://events.eu.pagerduty.com/integration/${KEY}/enqueue`;
    await expect(capture(url, ORIGIN)).resolves.toMatchObject({ ok: false });
  });
});

describe('popup/add-key', () => {
  it('holds a pasted bare key as a US key, numbered, named after no part of the key', async () => {
    const answer = await paste(` ${KEY}\u200B `);
    expect(answer).toEqual({ ok: true, id: expect.stringMatching(/^pasted:/) });
    const held = (await readVault()).keys[(answer as { id: string }).id];
    expect(held).toMatchObject({ key: KEY, source: 'pasted', region: 'us', serviceName: 'Pasted key 1', isRuleset: false });
  });

  it('numbers each pasted key after the highest number held, so none share a name', async () => {
    const first = (await paste(KEY)) as { id: string };
    await paste(OTHER_KEY);
    await captureRoutes['popup/add-key']!.handle({ type: 'popup/add-key', input: 'ffffffffffffffffffffffffffffffff' }, popup);
    const names = () => Object.values(areasVault().keys).map((held) => held.serviceName).sort();
    expect(names()).toEqual(['Pasted key 1', 'Pasted key 2', 'Pasted key 3']);
    const { updateVault } = await import('../key-store');
    const { forgetKey } = await import('../vault');
    await updateVault((vault) => forgetKey(vault, first.id));
    await paste('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee');
    expect(names()).toEqual(['Pasted key 2', 'Pasted key 3', 'Pasted key 4']);
  });

  it('takes the region from a pasted EU Integration URL', async () => {
    const answer = await paste(`https://events.eu.pagerduty.com/integration/${KEY}/enqueue`);
    expect((await readVault()).keys[(answer as { id: string }).id]).toMatchObject({ key: KEY, region: 'eu' });
  });

  it('accepts a ruleset key with its note', async () => {
    const answer = await paste('R0123456789ABCDEFGHIJKLMNOPQRSTU');
    expect(answer).toMatchObject({ ok: true, note: expect.stringContaining('ruleset') });
  });

  it('answers bad input with the parser message and holds nothing', async () => {
    await expect(paste('y_NbAkKc66ryYTWUXYEu')).resolves.toMatchObject({ ok: false, message: expect.stringContaining('REST API token') });
    expect((await readVault()).keys).toEqual({});
  });

  it('selects the captured entry when the same key is pasted, instead of holding it twice', async () => {
    await capture(KEY, ORIGIN);
    await capture(OTHER_KEY, { ...ORIGIN, serviceId: 'PDEF456' });
    await expect(paste(KEY)).resolves.toEqual({ ok: true, id: 'us:acme/PABC123/blackfire-Shopping-Cart' });
    const vault = await readVault();
    expect(Object.keys(vault.keys)).toHaveLength(2);
    expect(vault.selectedKeyId).toBe('us:acme/PABC123/blackfire-Shopping-Cart');
  });
});
