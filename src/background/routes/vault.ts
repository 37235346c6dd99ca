/** The popup's view of the vault and the person's choices about held keys. */
import type { PopupState } from '../../shared/messages';
import { isBoolean, isFiniteNumber, isString, optional } from '../../shared/shape';
import { readVault, remembersKeys, setRemember, updateVault } from '../key-store';
import { readLearned } from '../learned';
import { consoleOfTab, currentPages, showsRecognisedForm } from '../pages';
import type { Routes } from '../router';
import { forgetKey, keyById, keyLabels, selectedKey, selectKey, summarise } from '../vault';

export const unknownKey = { ok: false as const, message: 'That key is no longer held.' };

async function popupState(activeTabId: number | undefined): Promise<PopupState> {
  // Read at once, not one after another: the popup waits for this answer before it shows anything.
  const [vault, pages, remember, learned] = await Promise.all([readVault(), currentPages(), remembersKeys(), readLearned()]);
  const held = Object.values(vault.keys);
  const labels = keyLabels(held);
  const activePage = pages.find((page) => page.tabId === activeTabId) ?? null;
  const selectedKeyId = selectedKey(vault)?.id ?? null;
  return {
    keys: held.map((key) => summarise(key, labels.get(key.id) ?? key.serviceName)).sort((a, b) => b.capturedAt - a.capturedAt),
    selectedKeyId,
    remember,
    outcomes: vault.outcomes,
    activePage,
    // A console tab that never reported was open before the extension was installed or updated.
    unreportedConsole: activePage === null && activeTabId !== undefined ? await consoleOfTab(activeTabId) : null,
    switchedTo: vault.switchedTo?.id === selectedKeyId ? selectedKeyId : null,
    formAvailable: pages.some(showsRecognisedForm),
    lastFill: vault.lastFill,
    learned,
  };
}

export const vaultRoutes: Routes = {
  'popup/get-state': {
    from: ['extension-page'],
    shape: { activeTabId: optional(isFiniteNumber) },
    handle: ({ activeTabId }) => popupState(activeTabId),
  },
  'popup/select-key': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      return (await updateVault((vault) => selectKey(vault, id))) ? { ok: true } : unknownKey;
    },
  },
  'popup/forget-key': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      return (await updateVault((vault) => forgetKey(vault, id))) ? { ok: true } : unknownKey;
    },
  },
  'popup/reveal-key': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      const held = keyById(await readVault(), id);
      return held ? { ok: true, key: held.key } : unknownKey;
    },
  },
  'popup/set-remember': {
    from: ['extension-page'],
    shape: { remember: isBoolean },
    async handle({ remember }) {
      await setRemember(remember);
      return { ok: true };
    },
  },
};
