/**
 * The vault's pure logic: held keys, the selected one, the last test outcome per key. No storage
 * calls here (those are in `key-store.ts`), so every rule is unit-tested over plain data.
 */
import type { FillRecord, FillReport, HeldKeySummary, KeyChoice, KeyOrigin, TestOutcome } from '../shared/messages';

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
  lastFill: FillRecord | null;
  /** Set when a capture took over the selection from another key, so the popup can say so. */
  switchedTo?: { id: string; at: number } | null;
}

export const emptyVault = (): Vault => ({ keys: {}, selectedKeyId: null, outcomes: {}, lastFill: null });

/** Captured keys are identified by account, service and integration: a newer capture replaces. */
export function capturedKeyId(origin: KeyOrigin): string {
  return `${origin.region}:${origin.subdomain}/${origin.serviceId}/${origin.integrationName}`;
}

export function holdKey(vault: Vault, held: HeldKey): void {
  // The same secret held under another entry is the same integration: keep only the newest.
  for (const [id, other] of Object.entries(vault.keys)) if (other.key === held.key) delete vault.keys[id];
  const previous = selectedKey(vault);
  vault.keys[held.id] = held;
  vault.selectedKeyId = held.id;
  // Captured in a console tab, out of the popup's sight: the popup tells the person what changed.
  const tookOver = held.source === 'captured' && previous !== undefined && previous.id !== held.id;
  vault.switchedTo = tookOver ? { id: held.id, at: held.capturedAt } : null;
}

/** The person chose: nothing to announce any more. */
export function selectKey(vault: Vault, id: string): boolean {
  if (!keyById(vault, id)) return false;
  vault.selectedKeyId = id;
  vault.switchedTo = null;
  return true;
}

export function forgetKey(vault: Vault, id: string): boolean {
  if (!Object.hasOwn(vault.keys, id)) return false;
  delete vault.keys[id];
  delete vault.outcomes[id];
  if (vault.selectedKeyId === id) vault.selectedKeyId = newestKey(vault)?.id ?? null;
  if (vault.switchedTo?.id === id) vault.switchedTo = null;
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

/** The last test outcome is kept per key, unless the key was forgotten while the test ran. */
export function recordOutcome(vault: Vault, id: string, outcome: TestOutcome): void {
  if (keyById(vault, id)) vault.outcomes[id] = outcome;
}

const PASTED = /^Pasted key (\d+)$/;

/** "Pasted key 1", "Pasted key 2"…: the next number after the highest one held. */
export function nextPastedName(vault: Vault): string {
  const numbers = Object.values(vault.keys).map((held) => Number(PASTED.exec(held.serviceName)?.[1] ?? 0));
  return `Pasted key ${Math.max(0, ...numbers) + 1}`;
}

/**
 * Names that tell held keys apart, for the popup and Blackfire's chooser: the service, then its
 * integration when another key has the same service name, then its account when that is not
 * enough either. Never any character of the key: these names reach console pages.
 */
export function keyLabels(keys: readonly HeldKey[]): Map<string, string> {
  const widen = (label: (held: HeldKey) => string, next: (held: HeldKey) => string) => (held: HeldKey) => {
    const mine = label(held);
    return keys.filter((other) => label(other) === mine).length > 1 ? next(held) : mine;
  };
  const byService = (held: HeldKey) => held.serviceName;
  const byIntegration = widen(byService, (held) => (held.integrationName ? `${held.serviceName} – ${held.integrationName}` : held.serviceName));
  const byAccount = widen(byIntegration, (held) => (held.subdomain ? `${byIntegration(held)} (${held.subdomain})` : byIntegration(held)));
  return new Map(keys.map((held) => [held.id, byAccount(held)]));
}

export function summarise({ key, ...held }: HeldKey, label: string): HeldKeySummary {
  return { ...held, label, last4: key.slice(-4) };
}

/** The chooser's offer: the selected key first, then the newest. */
export function keyChoices(vault: Vault): KeyChoice[] {
  const keys = Object.values(vault.keys);
  const labels = keyLabels(keys);
  const selectedId = selectedKey(vault)?.id;
  return keys
    .sort((a, b) => Number(b.id === selectedId) - Number(a.id === selectedId) || b.capturedAt - a.capturedAt)
    .map(({ id }) => ({ id, label: labels.get(id) ?? '' }));
}

/** A fill is not a saved channel: the person reviews the form and saves it in Blackfire. */
export function recordFill(vault: Vault, report: FillReport, environment: string | null, at: number): void {
  vault.lastFill = { ...report, environment, at, saved: false };
}

const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether an environment's Notification Channels list, showing these PagerDuty channel rows,
 * proves the last fill there was saved: a row carries the channel name the form held.
 */
export function listShowsFill(fill: FillRecord | null, environment: string | null, rows: readonly string[]): boolean {
  if (!fill?.ok || fill.saved || !fill.channelName || fill.environment !== environment) return false;
  const name = comparable(fill.channelName);
  return name !== '' && rows.some((row) => comparable(row).includes(name));
}
