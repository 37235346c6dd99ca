/** The popup's "Send test alert": the selected key, to PagerDuty's Events API, outcome kept. */
import { isString, oneOf } from '../../shared/shape';
import { sendTestAlert } from '../events-client';
import { keyById, readVault, recordOutcome, updateVault } from '../key-store';
import type { Routes } from '../router';
import { unknownKey } from './vault';

export const testAlertRoutes: Routes = {
  'popup/send-test': {
    from: ['extension-page'],
    shape: { id: isString, severity: oneOf('warning', 'critical') },
    async handle({ id, severity }) {
      // Read from storage, not memory: the worker may have been stopped since the key arrived.
      const held = keyById(await readVault(), id);
      if (!held) return unknownKey;
      const outcome = await sendTestAlert(held, severity);
      await updateVault((vault) => recordOutcome(vault, id, outcome));
      return { ok: true, outcome };
    },
  },
};
