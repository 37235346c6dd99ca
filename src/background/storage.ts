/**
 * Typed access to the background's storage. Everything the flow needs later lives here, never
 * only in memory: MV3 stops idle service workers between steps. `storage.session` keeps its
 * default access level, so content scripts cannot read it.
 */
import browser from 'webextension-polyfill';
import type { PageStatus } from '../shared/messages';
import { inTurn } from './serial';

export interface TabPage extends PageStatus {
  tabId: number;
  at: number;
  /** The reporting document (Chrome): messages for this page go to it, not to a later page in the tab. */
  documentId?: string;
  /** The Blackfire environment the page belongs to, when its URL names one. */
  environment?: string;
}

export interface SessionData {
  /** The content script's last report per tab, by tab id. */
  pages: Record<string, TabPage>;
  /** Keys with a test alert under way, by key id, with when it started: one test per key at a time. */
  testsRunning: Record<string, number>;
}

const SESSION_DEFAULTS: SessionData = { pages: {}, testsRunning: {} };

export async function readSession<K extends keyof SessionData>(key: K): Promise<SessionData[K]> {
  const stored = await browser.storage.session.get(key);
  return (stored[key] as SessionData[K] | undefined) ?? structuredClone(SESSION_DEFAULTS[key]);
}

export async function writeSession(patch: Partial<SessionData>): Promise<void> {
  await browser.storage.session.set(patch);
}

/** Read-modify-write of one session entry, in turn with every other update. */
export function updateSession<K extends keyof SessionData>(
  key: K,
  change: (value: SessionData[K]) => SessionData[K],
): Promise<SessionData[K]> {
  return inTurn(async () => {
    const value = change(await readSession(key));
    await writeSession({ [key]: value } as Partial<SessionData>);
    return value;
  });
}
