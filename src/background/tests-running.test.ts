import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('../../test/unit/fake-browser'));
const { clearAreas } = await import('../../test/unit/fake-browser');
const { claimTest, releaseTest, TEST_CLAIM_MS } = await import('./tests-running');

beforeEach(clearAreas);

describe('one test alert per key at a time', () => {
  it('refuses a second claim on a key under test, even two claims at the same moment', async () => {
    expect(await Promise.all([claimTest('k'), claimTest('k')])).toEqual([true, false]);
  });

  it('lets another key be tested meanwhile, and the same key again once released', async () => {
    await claimTest('k');
    expect(await claimTest('other')).toBe(true);
    await releaseTest('k');
    expect(await claimTest('k')).toBe(true);
  });

  it('lets a claim expire, so a worker stopped mid-test blocks nothing for long', async () => {
    await claimTest('k', 1_000);
    expect(await claimTest('k', 1_000 + TEST_CLAIM_MS - 1)).toBe(false);
    expect(await claimTest('k', 1_000 + TEST_CLAIM_MS)).toBe(true);
  });
});
