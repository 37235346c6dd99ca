/**
 * The vault: held keys, the selected one, and the last test outcome per key. It lives in
 * `storage.session` (never readable by content scripts); when the person opts into remembering
 * keys it is mirrored to `storage.local`, and removed from there when they opt out.
 */
import browser from 'webextension-polyfill';
import type { FillReport, HeldKeySummary, KeyOrigin, TestOutcome } from '../shared/messages';
import { serialQueue } from './serial';

export interface HeldKey extends KeyOrigin {
  id: string;
  /** The secret. Never logged, never sent to a content script except for a fill. */
  key: string;
  isRuleset: boolean;
  capturedAt: number;
  source: 'captured' | 'pasted' | 'api';
}

export interface Vault {
  keys: Record<string, HeldKey>;
  selectedKeyId: string | null;
  outcomes: Record<string, TestOutcome>;
  lastFill: FillReport | null;
}

const VAULT = 'vault';
const REMEMBER = 'remember';
const emptyVault = (): Vault => ({ keys: {}, selectedKeyId: null, outcomes: {}, lastFill: null });

export async function remembersKeys(): Promise<boolean> {
  return (await browser.storage.local.get(REMEMBER))[REMEMBER] === true;
}

export async function readVault(): Promise<Vault> {
  // With "Remember keys" on, local is the complete copy (session is empty after a restart).
  const area = (await remembersKeys()) ? browser.storage.local : browser.storage.session;
  return ((await area.get(VAULT))[VAULT] as Vault | undefined) ?? emptyVault();
}

async function writeVault(vault: Vault): Promise<void> {
  await browser.storage.session.set({ [VAULT]: vault });
  if (await remembersKeys()) await browser.storage.local.set({ [VAULT]: vault });
  const count = Object.keys(vault.keys).length;
  // The badge tells the person, on any page, that a key is held.
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

const inTurn = serialQueue();

/** Read-modify-write of the vault, in turn, so two quick captures never lose one another. */
export function updateVault<T>(change: (vault: Vault) => T): Promise<T> {
  return inTurn(async () => {
    const vault = await readVault();
    const result = change(vault);
    await writeVault(vault);
    return result;
  });
}

export async function setRemember(remember: boolean): Promise<void> {
  await updateVault(() => undefined); // let queued writes land first
  const vault = await readVault();
  if (remember) {
    await browser.storage.local.set({ [REMEMBER]: true, [VAULT]: vault });
  } else {
    await browser.storage.session.set({ [VAULT]: vault });
    await browser.storage.local.remove([REMEMBER, VAULT]);
  }
}

/** Captured keys are identified by account, service and integration: a newer capture replaces. */
export function capturedKeyId(origin: KeyOrigin): string {
  return `${origin.region}:${origin.subdomain}/${origin.serviceId}/${origin.integrationName}`;
}

export function holdKey(vault: Vault, held: HeldKey): void {
  // The same secret held under another entry is the same integration: keep only the newest.
  for (const [id, other] of Object.entries(vault.keys)) if (other.key === held.key) delete vault.keys[id];
  vault.keys[held.id] = held;
  vault.selectedKeyId = held.id;
}

export function forgetKey(vault: Vault, id: string): boolean {
  if (!Object.hasOwn(vault.keys, id)) return false;
  delete vault.keys[id];
  delete vault.outcomes[id];
  if (vault.selectedKeyId === id) vault.selectedKeyId = newestKey(vault)?.id ?? null;
  return true;
}

export function newestKey(vault: Vault): HeldKey | undefined {
  return Object.values(vault.keys).sort((a, b) => b.capturedAt - a.capturedAt)[0];
}

export function selectedKey(vault: Vault): HeldKey | undefined {
  const id = vault.selectedKeyId;
  return (id !== null && Object.hasOwn(vault.keys, id) ? vault.keys[id] : undefined) ?? newestKey(vault);
}

export function keyById(vault: Vault, id: string): HeldKey | undefined {
  return Object.hasOwn(vault.keys, id) ? vault.keys[id] : undefined;
}

export function summarise({ key, ...held }: HeldKey): HeldKeySummary {
  return { ...held, last4: key.slice(-4) };
}

/** The last test outcome is kept per key, unless the key was forgotten while the test ran. */
export function recordOutcome(vault: Vault, id: string, outcome: TestOutcome): void {
  if (keyById(vault, id)) vault.outcomes[id] = outcome;
}
