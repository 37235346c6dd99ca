import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('../../test/unit/fake-browser'));
const { areas, clearAreas } = await import('../../test/unit/fake-browser');
const { readVault, setRemember, updateVault } = await import('./key-store');
const { holdKey } = await import('./vault');

const key = (id: string) => ({
  id,
  key: id.padEnd(32, '0'),
  serviceId: 'PABC123',
  serviceName: id,
  integrationName: '',
  subdomain: 'acme',
  region: 'us' as const,
  isRuleset: false,
  capturedAt: 1,
  source: 'captured' as const,
});

beforeEach(clearAreas);

describe('setRemember', () => {
  it('never loses a key being added while Remember is turned on (one queue for both)', async () => {
    await Promise.all([updateVault((vault) => holdKey(vault, key('a'))), setRemember(true), updateVault((vault) => holdKey(vault, key('b')))]);
    expect(Object.keys((await readVault()).keys).sort()).toEqual(['a', 'b']);
    expect(Object.keys((areas.local.get('vault') as { keys: object }).keys).sort()).toEqual(['a', 'b']);
  });

  it('never loses a key being added while Remember is turned off, and leaves nothing in storage.local', async () => {
    await setRemember(true);
    await Promise.all([updateVault((vault) => holdKey(vault, key('a'))), setRemember(false)]);
    expect(Object.keys((await readVault()).keys)).toEqual(['a']);
    expect([...areas.local.keys()]).toEqual([]);
  });
});
