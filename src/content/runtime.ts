/**
 * The content script's only door to the extension. It deliberately avoids
 * webextension-polyfill (about 10 KB) to keep what every console page loads small: in MV3,
 * `chrome.runtime.sendMessage` returns a promise in Chrome and in Firefox alike.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ConsoleName } from '../shared/consoles';
import type { MessageType, RequestOf, ResponseOf } from '../shared/messages';

interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: Runtime.MessageSender, respond: (answer: unknown) => void) => boolean | void,
    ): void;
  };
}

declare const chrome: { runtime: RuntimeLike };

// `chrome.runtime` exists in both browsers. Never pick `browser` by `typeof browser`: a page element with
// `id="browser"` is a named global that Chromium's isolated world sees too.
const runtime: RuntimeLike = chrome.runtime;

export async function send<T extends MessageType>(request: RequestOf<T>): Promise<ResponseOf<T> | undefined> {
  try {
    return (await runtime.sendMessage(request)) as ResponseOf<T> | undefined;
  } catch {
    // The extension was reloaded or updated under this page: this script is orphaned.
    return undefined;
  }
}

/** Answers messages from our own background only, with `respond` (works in both browsers). */
export function onBackgroundMessage(handle: (message: unknown) => Promise<unknown> | undefined): void {
  runtime.onMessage.addListener((message, sender, respond) => {
    if (sender.id !== runtime.id || sender.tab) return false;
    const answer = handle(message);
    if (!answer) return false;
    answer.then(respond, () => respond(undefined));
    return true;
  });
}

/**
 * Keeps the background's record of this page true: a goodbye when the page goes away (navigation,
 * close, or into the back/forward cache), and `report` again when it comes back from that cache.
 */
export function reportLifecycle(report: () => void, signal?: AbortSignal): void {
  addEventListener('pagehide', () => void send({ type: 'page/leaving' }), { signal });
  addEventListener('pageshow', (event) => event.persisted && report(), { signal });
}

/** Answers the background's check that this page is still the console that reported it. */
export function answerPings(consoleName: ConsoleName): void {
  onBackgroundMessage((message) => {
    const { type } = (message ?? {}) as { type?: unknown };
    return type === 'content/ping' ? Promise.resolve({ console: consoleName }) : undefined;
  });
}
