/** The popup's view of the vault and the person's choices about held keys. */
import type { PopupState } from '../../shared/messages';
import { isBoolean, isFiniteNumber, isString, optional } from '../../shared/shape';
import { readVault, remembersKeys, setRemember, updateVault } from '../key-store';
import { readLearned } from '../learned';
import { channelFormTabs, consoleOfTab, pageOfTab } from '../pages';
import type { Routes } from '../router';
import { forgetKey, keyById, keyLabels, selectedKey, selectKey, summarise } from '../vault';

export const unknownKey = { ok: false as const, message: 'That key is no longer held.' };

async function popupState(activeTabId: number | undefined): Promise<PopupState> {
  const vault = await readVault();
  const held = Object.values(vault.keys);
  const labels = keyLabels(held);
  const activePage = await pageOfTab(activeTabId);
  const selectedKeyId = selectedKey(vault)?.id ?? null;
  return {
    keys: held.map((key) => summarise(key, labels.get(key.id) ?? key.serviceName)).sort((a, b) => b.capturedAt - a.capturedAt),
    selectedKeyId,
    remember: await remembersKeys(),
    outcomes: vault.outcomes,
    activePage,
    // A console tab that never reported was open before the extension was installed or updated.
    unreportedConsole: activePage === null && activeTabId !== undefined ? await consoleOfTab(activeTabId) : null,
    switchedTo: vault.switchedTo?.id === selectedKeyId ? selectedKeyId : null,
    formAvailable: (await channelFormTabs()).length > 0,
    lastFill: vault.lastFill,
    learned: await readLearned(),
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
