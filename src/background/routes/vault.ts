/** The popup's view of the vault and the person's choices about held keys. */
import { isBoolean, isFiniteNumber, isString, optional } from '../../shared/shape';
import { forgetKey, keyById, readVault, remembersKeys, selectedKey, setRemember, summarise, updateVault } from '../key-store';
import { hasChannelForm, pageOfTab } from '../pages';
import type { Routes } from '../router';

export const unknownKey = { ok: false as const, message: 'That key is no longer held.' };

export const vaultRoutes: Routes = {
  'popup/get-state': {
    from: ['extension-page'],
    shape: { activeTabId: optional(isFiniteNumber) },
    async handle({ activeTabId }) {
      const vault = await readVault();
      return {
        keys: Object.values(vault.keys).map(summarise).sort((a, b) => b.capturedAt - a.capturedAt),
        selectedKeyId: selectedKey(vault)?.id ?? null,
        remember: await remembersKeys(),
        outcomes: vault.outcomes,
        activePage: await pageOfTab(activeTabId),
        formAvailable: await hasChannelForm(),
        lastFill: vault.lastFill,
      };
    },
  },
  'popup/select-key': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      const found = await updateVault((vault) => {
        if (!keyById(vault, id)) return false;
        vault.selectedKeyId = id;
        return true;
      });
      return found ? { ok: true } : unknownKey;
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
