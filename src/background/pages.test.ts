import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../shared/messages';

vi.mock('webextension-polyfill', () => import('../../test/unit/fake-browser'));
const { clearAreas, contentAnswers, openTabs } = await import('../../test/unit/fake-browser');
const { channelFormTabs, forgetPage, pageOfTab, recordPage, showsChannelForm } = await import('./pages');
const { readSession } = await import('./storage');

const FORM: PageStatus = { console: 'blackfire', page: 'channel-form', recognised: true };
const BLACKFIRE = 'https://app.blackfire.io/org/env/settings/channels';

beforeEach(clearAreas);

describe('tab records are checked against the tab before use', () => {
  it('keeps the record of a tab that still shows the console that reported', async () => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1 }, FORM);
    expect(await channelFormTabs()).toMatchObject([{ tabId: 1 }]);
  });

  it.each([
    ['navigated to another site (its URL hidden from us)', undefined],
    ['navigated to another site whose URL we see', 'https://example.com/'],
    ['navigated to PagerDuty', 'https://acme.pagerduty.com/services/PABC123'],
  ])('drops the record of a tab that %s, and stores that', async (_case, url) => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1 }, FORM);
    openTabs.set(1, url);
    expect(await channelFormTabs()).toEqual([]);
    expect(await pageOfTab(1)).toBeNull();
    expect(await readSession('pages')).toEqual({});
  });

  it("asks the reporting page itself where the browser hides the tab's URL (Chrome), and keeps the record it confirms", async () => {
    openTabs.set(1, undefined);
    await recordPage({ tabId: 1, documentId: 'DOC1' }, FORM);
    contentAnswers.set(1, { console: 'blackfire' });
    expect(await channelFormTabs()).toMatchObject([{ tabId: 1 }]);
    contentAnswers.set(1, { console: 'pagerduty' });
    expect(await channelFormTabs()).toEqual([]);
  });

  it('drops the record of a closed tab without any tabs.onRemoved listener', async () => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1 }, FORM);
    openTabs.delete(1);
    expect(await showsChannelForm({ tabId: 1 })).toBe(false);
  });
});

describe("a page's goodbye", () => {
  it('removes the record of the document that said it', async () => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1, documentId: 'DOC1' }, FORM);
    await forgetPage({ tabId: 1, documentId: 'DOC1' });
    expect(await pageOfTab(1)).toBeNull();
  });

  it("leaves the record of the next page in the tab, which reported before the old page's goodbye arrived", async () => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1, documentId: 'DOC2' }, FORM);
    await forgetPage({ tabId: 1, documentId: 'DOC1' });
    expect(await pageOfTab(1)).toMatchObject({ documentId: 'DOC2' });
  });
});

describe('showsChannelForm', () => {
  it('is true only for the very document that reported the form (Chrome), or its tab (Firefox, no documentId)', async () => {
    openTabs.set(1, BLACKFIRE);
    openTabs.set(2, BLACKFIRE);
    await recordPage({ tabId: 1, documentId: 'DOC1' }, FORM);
    await recordPage({ tabId: 2 }, FORM);
    expect(await showsChannelForm({ tabId: 1, documentId: 'DOC1' })).toBe(true);
    expect(await showsChannelForm({ tabId: 1, documentId: 'DOC-LATER' })).toBe(false);
    expect(await showsChannelForm({ tabId: 2 })).toBe(true);
    expect(await showsChannelForm({ tabId: 3 })).toBe(false);
  });

  it('is false for a Blackfire page that reported no form', async () => {
    openTabs.set(1, BLACKFIRE);
    await recordPage({ tabId: 1 }, { console: 'blackfire', page: 'other', recognised: false });
    expect(await showsChannelForm({ tabId: 1 })).toBe(false);
  });
});
