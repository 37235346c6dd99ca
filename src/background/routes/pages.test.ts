import { describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../shared/messages';
import type { SenderContext } from '../router';

vi.mock('webextension-polyfill', () => import('../../../test/unit/fake-browser'));
const { clearAreas, openTabs } = await import('../../../test/unit/fake-browser');
const { isBelievable, pageRoutes } = await import('./pages');
const { readVault, updateVault } = await import('../key-store');
const { recordFill } = await import('../vault');

const onPagerDuty: SenderContext = { audience: 'pagerduty', tabId: 1, url: 'https://acme.pagerduty.com/services/PABC123' };
const onBlackfire: SenderContext = { audience: 'blackfire', tabId: 2, url: 'https://app.blackfire.io/x' };
const service = (link?: string): PageStatus => ({ console: 'pagerduty', page: 'service', recognised: false, ...(link ? { link } : {}) });

describe('isBelievable', () => {
  it.each([
    ['a PagerDuty service page with its Integrations link', service('https://acme.pagerduty.com/services/PABC123/integrations'), onPagerDuty],
    ['a PagerDuty page without a link', service(), onPagerDuty],
    ['a Blackfire form', { console: 'blackfire', page: 'channel-form', recognised: true } as PageStatus, onBlackfire],
  ])('believes %s', (_case, status, sender) => expect(isBelievable(status, sender)).toBe(true));

  it.each([
    ['a Blackfire page reporting a PagerDuty page', service(), onBlackfire],
    ['a PagerDuty page reporting a Blackfire form', { console: 'pagerduty', page: 'channel-form', recognised: true } as PageStatus, onPagerDuty],
    ['a link to another host', service('https://evil.example/services/PABC123/integrations'), onPagerDuty],
    ['a link to another account', service('https://globex.pagerduty.com/services/PABC123/integrations'), onPagerDuty],
    ['a link that is not an Integrations tab', service('https://acme.pagerduty.com/account/users'), onPagerDuty],
    ['a javascript: link', service('javascript:alert(1)'), onPagerDuty],
    ['channel rows on a page that is not the channel list', { console: 'blackfire', page: 'other', recognised: false, pagerDutyChannels: ['x'] } as PageStatus, onBlackfire],
  ])('does not believe %s', (_case, status, sender) => expect(isBelievable(status, sender)).toBe(false));
});

describe("page/status from Blackfire's channel list", () => {
  const CHANNELS = 'https://blackfire.io/my/environments/shop/settings/notification-channels';
  const list = (rows: string[]) =>
    pageRoutes['page/status']!.handle(
      { type: 'page/status', status: { console: 'blackfire', page: 'channel-list', recognised: true, pagerDutyChannels: rows } },
      { audience: 'blackfire', tabId: 2, url: CHANNELS },
    );

  it('marks the last fill in that environment saved once the list shows its channel', async () => {
    clearAreas();
    openTabs.set(2, CHANNELS);
    await updateVault((vault) => recordFill(vault, { ok: true, message: 'Filled.', channelName: 'PagerDuty – Search' }, 'shop', 1));
    await list(['Ops email']);
    expect((await readVault()).lastFill?.saved).toBe(false);
    await list(['Ops email', 'PagerDuty – Search Pager duty']);
    expect((await readVault()).lastFill?.saved).toBe(true);
  });
});
