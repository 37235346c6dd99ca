/**
 * Where the vault (`vault.ts`) is kept: `storage.session` (never readable by content scripts);
 * when the person opts into remembering keys it is mirrored to `storage.local`, and removed from
 * there when they opt out. Every change goes through the one storage queue.
 */
import browser from 'webextension-polyfill';
import { inTurn } from './serial';
import { emptyVault, type Vault } from './vault';

const VAULT = 'vault';
const REMEMBER = 'remember';

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

/** Read-modify-write of the vault, in turn, so two quick captures never lose one another. */
export function updateVault<T>(change: (vault: Vault) => T): Promise<T> {
  return inTurn(async () => {
    const vault = await readVault();
    const result = change(vault);
    await writeVault(vault);
    return result;
  });
}

/** In the same queue as every vault update: a key being added while this runs is never lost. */
export function setRemember(remember: boolean): Promise<void> {
  return inTurn(async () => {
    const vault = await readVault();
    if (remember) {
      await browser.storage.local.set({ [REMEMBER]: true, [VAULT]: vault });
    } else {
      await browser.storage.session.set({ [VAULT]: vault });
      await browser.storage.local.remove([REMEMBER, VAULT]);
    }
  });
}
