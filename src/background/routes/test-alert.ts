/**
 * The popup's "Send test alert": the selected key, to PagerDuty's Events API, outcome kept; when
 * connected to the REST API, followed until its incident is seen.
 */
import { isString, oneOf } from '../../shared/shape';
import type { TestOutcome } from '../../shared/messages';
import { realDeps, sendTestAlert } from '../events-client';
import { keptAlive } from '../keep-alive';
import { readVault, updateVault } from '../key-store';
import { deliveryWatchFor } from '../rest-delivery';
import type { Routes } from '../router';
import { claimTest, releaseTest } from '../tests-running';
import { keyById, recordOutcome } from '../vault';
import { unknownKey } from './vault';

const ALREADY_RUNNING = 'A test alert for this key is already under way: its result will show here when it is done.';

export const testAlertRoutes: Routes = {
  'popup/send-test': {
    from: ['extension-page'],
    shape: { id: isString, severity: oneOf('warning', 'critical') },
    async handle({ id, severity }) {
      // Read from storage, not memory: the worker may have been stopped since the key arrived.
      const held = keyById(await readVault(), id);
      if (!held) return unknownKey;
      if (!(await claimTest(id))) return { ok: false, message: ALREADY_RUNNING };
      try {
        // Each step of a followed test is stored as it happens: the popup shows it from there.
        const record = (outcome: TestOutcome) => updateVault((vault) => recordOutcome(vault, id, outcome));
        const watch = await deliveryWatchFor(held);
        const outcome = await keptAlive(() => sendTestAlert(held, severity, realDeps, { watch, progress: record }));
        await record(outcome);
        return { ok: true, outcome };
      } finally {
        await releaseTest(id);
      }
    },
  },
};
