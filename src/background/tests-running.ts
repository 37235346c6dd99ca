/**
 * One test alert per key at a time: a second Send while the first is retrying or followed would
 * open a second incident and race the first's outcome. Claims live in `storage.session` (the
 * worker may stop and restart mid-test) and expire, so a worker killed mid-test blocks nothing.
 */
import { updateSession } from './storage';

/** Longer than any test: 3 triggers and 3 resolves of 10 s with backoff, plus ~30 s of following. */
export const TEST_CLAIM_MS = 3 * 60_000;

export async function claimTest(keyId: string, now = Date.now()): Promise<boolean> {
  let claimed = false;
  await updateSession('testsRunning', (running) => {
    const since = running[keyId];
    if (since !== undefined && now - since < TEST_CLAIM_MS) return running;
    claimed = true;
    return { ...running, [keyId]: now };
  });
  return claimed;
}

export async function releaseTest(keyId: string): Promise<void> {
  await updateSession('testsRunning', ({ [keyId]: _done, ...rest }) => rest);
}
