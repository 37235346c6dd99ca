/**
 * The background's single entry for runtime messages. It decides who sent a message (never
 * trusting anything the message says about itself), checks the message's exact shape, and
 * looks the handler up by own key, so `__proto__`, `constructor` or unknown types do nothing.
 */
import type { Runtime } from 'webextension-polyfill';
import { consoleOf, type ConsoleName } from '../shared/consoles';
import type { MessageType, RequestOf, ResponseOf } from '../shared/messages';
import { exactShape, isPlainObject, type Check, type ShapeSpec } from '../shared/shape';

export type Audience = 'extension-page' | ConsoleName;

export interface SenderContext {
  audience: Audience;
  /** The sender's tab, when it has one (content scripts, and the popup opened as a tab). */
  tabId?: number;
  /** The URL of the sending frame (or tab), which `audienceOf` has checked belongs to `audience`. */
  url?: string;
  /** The sending document (Chrome only): a later page in the same tab has another. */
  documentId?: string;
}

export interface Route<T extends MessageType> {
  /** The contexts that may send this message. */
  from: readonly Audience[];
  /** The request's fields other than `type`. */
  shape: ShapeSpec;
  /**
   * Sent while the page goes away (`pagehide`): by then the tab's URL may be the next page's, so
   * the sending frame's URL alone says which console sent it.
   */
  sentWhileLeaving?: true;
  handle(request: RequestOf<T>, sender: SenderContext): Promise<ResponseOf<T>>;
}

export type Routes = { [T in MessageType]?: Route<T> };

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('')`: the prefix of every page the extension itself serves. */
  baseUrl: string;
}

/**
 * Extension pages are recognised by their URL being the extension's own (the popup opened as a
 * tab has a `sender.tab` too). Content scripts by the tab's URL and the frame's URL both being on
 * one console: a message about PagerDuty from a Blackfire tab is not accepted.
 */
export function audienceOf(sender: Runtime.MessageSender, self: ExtensionIdentity, leaving = false): Audience | null {
  if (sender.id !== self.id) return null;
  if (sender.url?.startsWith(self.baseUrl)) return 'extension-page';
  const frameConsole = consoleOf(sender.url ?? sender.tab?.url);
  if (leaving) return frameConsole;
  return frameConsole !== null && consoleOf(sender.tab?.url) === frameConsole ? frameConsole : null;
}

const refused = (why: string) => Promise.resolve({ ok: false, message: `The extension refused the request: ${why}.` });

interface CompiledRoute {
  from: readonly Audience[];
  sentWhileLeaving: boolean;
  accepts: Check;
  handle(request: never, sender: SenderContext): Promise<unknown>;
}

export function createRouter(routes: Routes, self: ExtensionIdentity) {
  const compiled = new Map<string, CompiledRoute>();
  for (const [type, route] of Object.entries(routes) as [string, Route<MessageType>][]) {
    const accepts = exactShape({ ...route.shape, type: (value) => value === type });
    const sentWhileLeaving = route.sentWhileLeaving === true;
    compiled.set(type, { from: route.from, sentWhileLeaving, accepts, handle: route.handle as CompiledRoute['handle'] });
  }

  /**
   * Returns a promise for messages it answers, `undefined` for everything it ignores. Our own
   * contexts get a reason when a message of theirs is refused, so a content script can tell "the
   * extension refused this" from "the extension is gone" (no answer) and say which.
   */
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isPlainObject(message) || typeof message.type !== 'string') return undefined;
    const route = compiled.get(message.type);
    const audience = route ? audienceOf(sender, self, route.sentWhileLeaving) : null;
    if (!route || audience === null) return undefined;
    if (!route.from.includes(audience)) return refused('this page may not ask for that');
    if (!route.accepts(message)) return refused('the request was malformed or too long');
    const context: SenderContext = { audience };
    if (sender.tab?.id !== undefined) context.tabId = sender.tab.id;
    const url = sender.url ?? sender.tab?.url;
    if (url !== undefined) context.url = url;
    const { documentId } = sender as { documentId?: unknown };
    if (typeof documentId === 'string') context.documentId = documentId;
    return route.handle(message as never, context);
  };
}
