import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { audienceOf, createRouter, type Routes } from './router';
import { isString } from '../shared/shape';

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const popup: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/src/popup/index.html' };
const popupInTab: Runtime.MessageSender = { ...popup, tab: { id: 7, url: popup.url } as Runtime.MessageSender['tab'] };
const contentOn = (url: string, frameUrl = url): Runtime.MessageSender => ({
  id: 'our-id',
  url: frameUrl,
  tab: { id: 3, url } as Runtime.MessageSender['tab'],
});

describe('audienceOf', () => {
  it.each([
    ['the popup', popup, 'extension-page'],
    ['the popup opened as a tab', popupInTab, 'extension-page'],
    ['a content script on PagerDuty', contentOn('https://acme.pagerduty.com/services/P1'), 'pagerduty'],
    ['a content script on Blackfire', contentOn('https://app.blackfire.io/x'), 'blackfire'],
  ] as const)('recognises %s', (_name, sender, audience) => expect(audienceOf(sender, self)).toBe(audience));

  it.each([
    ['another extension', { ...popup, id: 'other-id' }],
    ['a lookalike host', contentOn('https://pagerduty.com.evil.example/services/P1')],
    ['a frame of another console inside a PagerDuty tab', contentOn('https://acme.pagerduty.com/', 'https://blackfire.io/')],
    ['a sender without tab or URL', { id: 'our-id' }],
    ['another extension page origin', { id: 'our-id', url: 'chrome-extension://our-idx/popup.html' }],
  ] as const)('rejects %s', (_name, sender) => expect(audienceOf(sender as Runtime.MessageSender, self)).toBeNull());
});

describe('createRouter', () => {
  const handle = vi.fn(async () => ({ ok: true as const }));
  const routes: Routes = { 'popup/forget-key': { from: ['extension-page'], shape: { id: isString }, handle } };
  const route = createRouter(routes, self);

  it('hands a well-formed message from an allowed sender to its handler', async () => {
    await expect(route({ type: 'popup/forget-key', id: 'k1' }, popup)).resolves.toEqual({ ok: true });
    expect(handle).toHaveBeenCalledWith({ type: 'popup/forget-key', id: 'k1' }, { audience: 'extension-page', url: popup.url });
  });

  it("tells a content script's handler its tab and page URL", async () => {
    const page = 'https://acme.pagerduty.com/services/P1ABCDE';
    const capture = vi.fn(async () => ({ ok: true as const, id: 'x' }));
    const fromPagerDuty = createRouter({ 'pagerduty/capture-key': { from: ['pagerduty'], shape: { key: isString }, handle: capture } }, self);
    await fromPagerDuty({ type: 'pagerduty/capture-key', key: 'k' }, contentOn(page));
    expect(capture).toHaveBeenCalledWith(expect.anything(), { audience: 'pagerduty', tabId: 3, url: page });
  });

  it.each([
    ['an unknown type', { type: 'popup/steal', id: 'k1' }, popup],
    ['__proto__ as a type', { type: '__proto__', id: 'k1' }, popup],
    ['constructor as a type', { type: 'constructor', id: 'k1' }, popup],
    ['toString as a type', { type: 'toString' }, popup],
    ['a string instead of an object', 'popup/forget-key', popup],
    ['a well-formed message from another extension', { type: 'popup/forget-key', id: 'k1' }, { ...popup, id: 'other-id' }],
    ['a well-formed message from a lookalike host', { type: 'popup/forget-key', id: 'k1' }, contentOn('https://pagerduty.com.evil.example/')],
  ])('ignores %s', (_name, message, sender) => {
    handle.mockClear();
    expect(route(message, sender as Runtime.MessageSender)).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });

  // Our own content script must tell "refused" from "the extension is gone" (no answer at all).
  it.each([
    ['an extra field', { type: 'popup/forget-key', id: 'k1', admin: true }, popup, /malformed or too long/],
    ['a missing field', { type: 'popup/forget-key' }, popup, /malformed or too long/],
    ['a content script sending a popup message', { type: 'popup/forget-key', id: 'k1' }, contentOn('https://acme.pagerduty.com/'), /may not ask/],
  ])('refuses %s with a reason, without calling the handler', async (_name, message, sender, reason) => {
    handle.mockClear();
    await expect(route(message, sender as Runtime.MessageSender)).resolves.toEqual({ ok: false, message: expect.stringMatching(reason) });
    expect(handle).not.toHaveBeenCalled();
  });

  it("hears a page's goodbye by its frame's URL alone: the tab may already show the next page", async () => {
    const goodbye = vi.fn(async () => ({ ok: true as const }));
    const leaving = createRouter({ 'page/leaving': { from: ['blackfire'], shape: {}, sentWhileLeaving: true, handle: goodbye } }, self);
    const fromOldPage = contentOn('https://example.com/next', 'https://app.blackfire.io/form');
    await expect(leaving({ type: 'page/leaving' }, fromOldPage)).resolves.toEqual({ ok: true });
    // Any other message needs the tab and the frame on one console.
    expect(route({ type: 'popup/forget-key', id: 'k1' }, fromOldPage)).toBeUndefined();
    expect(leaving({ type: 'page/leaving' }, contentOn('https://app.blackfire.io/', 'https://example.com/'))).toBeUndefined();
  });

  it("passes Chrome's documentId of the sending page to the handler", async () => {
    const page = 'https://app.blackfire.io/env/1/channels';
    const report = vi.fn(async () => ({ ok: true as const }));
    const fromBlackfire = createRouter({ 'page/leaving': { from: ['blackfire'], shape: {}, handle: report } }, self);
    await fromBlackfire({ type: 'page/leaving' }, { ...contentOn(page), documentId: 'DOC1' } as Runtime.MessageSender);
    expect(report).toHaveBeenCalledWith(expect.anything(), { audience: 'blackfire', tabId: 3, url: page, documentId: 'DOC1' });
  });
});
