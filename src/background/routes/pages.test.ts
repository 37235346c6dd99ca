import { describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../shared/messages';
import type { SenderContext } from '../router';

vi.mock('webextension-polyfill', () => import('../../../test/unit/fake-browser'));
const { isBelievable } = await import('./pages');

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
  ])('does not believe %s', (_case, status, sender) => expect(isBelievable(status, sender)).toBe(false));
});
