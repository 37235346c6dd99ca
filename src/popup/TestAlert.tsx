/**
 * The checklist's last step: send the selected key a test alert and show what came of it. It
 * warns first, because the test opens a real incident and may notify whoever is on call.
 */
import { useState } from 'preact/hooks';
import type { HeldKeySummary, TestOutcome } from '../shared/messages';
import { ask } from './background';

interface Props {
  selected: HeldKeySummary;
  /** The stored outcome of this key's last test, shown until a new one arrives. */
  lastOutcome: TestOutcome | undefined;
}

export function TestAlert({ selected, lastOutcome }: Props) {
  const [alarm, setAlarm] = useState(false);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function send() {
    setSending(true);
    setStatus('Sending the test alert…');
    try {
      const answer = await ask({ type: 'popup/send-test', id: selected.id, severity: alarm ? 'critical' : 'warning' });
      setStatus(answer.ok ? answer.outcome.message : answer.message);
    } catch {
      setStatus('The extension did not answer. Close and reopen this popup, then try again.');
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="test-alert-heading">
      <h2 id="test-alert-heading">Test alert</h2>
      <p>
        This opens a real incident on {selected.serviceName}, so the on-call person may be notified. It resolves
        itself right after.
      </p>
      <label>
        <input type="checkbox" checked={alarm} onChange={(e) => setAlarm(e.currentTarget.checked)} />
        Send it as an alarm (critical, high urgency) instead of a warning
      </label>
      <button type="button" disabled={sending} onClick={() => void send()}>
        Send test alert
      </button>
      <p role="status">{status ?? lastOutcome?.message ?? ''}</p>
    </section>
  );
}
