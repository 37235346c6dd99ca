import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldDescription } from '../../shared/messages';
import type { SenderContext } from '../router';

vi.mock('webextension-polyfill', () => import('../../../test/unit/fake-browser'));
const { areas, clearAreas, openTabs, sentToTabs } = await import('../../../test/unit/fake-browser');
const { learnRoutes } = await import('./learn');
const { LEARNED_MAX } = await import('../../shared/learned');

const KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
const onBlackfire: SenderContext = { audience: 'blackfire', tabId: 2, url: 'https://app.blackfire.io/x' };
const onPagerDuty: SenderContext = { audience: 'pagerduty', tabId: 1, url: 'https://acme.pagerduty.com/services/PABC123' };
const routingCode: FieldDescription = { label: 'Routing code', ariaLabel: '', placeholder: '', name: 'code', id: '', heading: 'New alert destination' };

const remember = (description: FieldDescription, sender = onBlackfire) =>
  learnRoutes['learn/remember']!.handle({ type: 'learn/remember', description }, sender);
const descriptions = (sender: SenderContext) => learnRoutes['learn/descriptions']!.handle({ type: 'learn/descriptions' }, sender);

describe('learning fields', () => {
  beforeEach(clearAreas);

  it("keeps a picked field for the sender's own console, in storage.local, and gives it to that console only", async () => {
    expect(await remember(routingCode)).toEqual({ ok: true });
    expect(areas.local.get('learned')).toEqual([{ id: expect.any(String), console: 'blackfire', description: routingCode, at: expect.any(Number) }]);
    expect(await descriptions(onBlackfire)).toEqual({ ok: true, descriptions: [routingCode] });
    expect(await descriptions(onPagerDuty)).toEqual({ ok: true, descriptions: [] });
  });

  it.each([
    ['a key in a part', { ...routingCode, placeholder: KEY }],
    ['a key inside a longer part', { ...routingCode, name: `code-${KEY}` }],
    ['nothing that identifies a field', { ...routingCode, label: '', name: '' }],
  ])('refuses %s, and stores nothing', async (_case, description) => {
    expect(await remember(description)).toMatchObject({ ok: false });
    expect(areas.local.has('learned')).toBe(false);
  });

  it('learns the same field once, and keeps the newest fields of each console', async () => {
    await remember(routingCode);
    await remember({ ...routingCode, label: 'ROUTING code' });
    expect(areas.local.get('learned')).toHaveLength(1);
    await remember(routingCode, onPagerDuty);
    for (let n = 0; n < LEARNED_MAX; n++) await remember({ ...routingCode, name: `field-${n}` });
    const kept = (await descriptions(onBlackfire)) as { descriptions: FieldDescription[] };
    expect(kept.descriptions).toHaveLength(LEARNED_MAX);
    expect(kept.descriptions[0]?.name).toBe(`field-${LEARNED_MAX - 1}`);
    expect(kept.descriptions.map((d) => d.name)).not.toContain('code');
    expect(await descriptions(onPagerDuty)).toMatchObject({ descriptions: [routingCode] });
  });

  it('forgets a learned field on request', async () => {
    await remember(routingCode);
    const [field] = areas.local.get('learned') as { id: string }[];
    const forget = (id: string) => learnRoutes['popup/forget-learned']!.handle({ type: 'popup/forget-learned', id }, { audience: 'extension-page' });
    expect(await forget(field!.id)).toEqual({ ok: true });
    expect(await forget(field!.id)).toMatchObject({ ok: false });
    expect(await descriptions(onBlackfire)).toEqual({ ok: true, descriptions: [] });
  });

  it("tells the console's open pages at once when a field is learned or forgotten, and only that console's", async () => {
    const page = (tabId: number, console: 'blackfire' | 'pagerduty', url: string) => {
      openTabs.set(tabId, url);
      return { tabId, console, page: 'other', recognised: false, at: 1 };
    };
    areas.session.set('pages', {
      2: page(2, 'blackfire', 'https://app.blackfire.io/x'),
      3: page(3, 'blackfire', 'https://blackfire.io/y'),
      1: page(1, 'pagerduty', 'https://acme.pagerduty.com/incidents'),
    });
    await remember(routingCode);
    const learned = { type: 'content/learned', descriptions: [routingCode] };
    expect(sentToTabs).toEqual([{ tabId: 2, message: learned }, { tabId: 3, message: learned }]);

    sentToTabs.length = 0;
    const [field] = areas.local.get('learned') as { id: string }[];
    await learnRoutes['popup/forget-learned']!.handle({ type: 'popup/forget-learned', id: field!.id }, { audience: 'extension-page' });
    const forgotten = { type: 'content/learned', descriptions: [] };
    expect(sentToTabs).toEqual([{ tabId: 2, message: forgotten }, { tabId: 3, message: forgotten }]);
  });
});
