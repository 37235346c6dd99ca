import { useState } from 'preact/hooks';
import type { PopupState } from '../shared/messages';
import type { Busy, PopupActions } from './usePopup';

interface ActionsProps {
  state: PopupState;
  busy: Busy;
  actions: PopupActions;
}

/** Fill and Send test alert, acting on the selected key. */
export function Actions({ state, busy, actions }: ActionsProps) {
  const [alarm, setAlarm] = useState(false);
  const noKey = state.selectedKeyId === null;
  return (
    <section class="actions" aria-label="Actions">
      <div class="row">
        <button type="button" class="primary" disabled={noKey || busy !== null} onClick={actions.fill}>
          {busy === 'fill' ? 'Filling…' : 'Fill Blackfire form'}
        </button>
        {!state.formAvailable && (
          <>
            <button type="button" onClick={actions.openBlackfire}>
              Open Blackfire
            </button>
            <span class="detail">No channel form open yet.</span>
          </>
        )}
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={noKey || busy !== null}
          onClick={() => actions.sendTest(alarm ? 'critical' : 'warning')}
        >
          {busy === 'test' ? 'Sending…' : 'Send test alert'}
        </button>
        <label class="inline">
          <input type="checkbox" checked={alarm} onChange={(event) => setAlarm(event.currentTarget.checked)} />
          As an alarm (critical)
        </label>
      </div>
      <p class="warning">
        A test alert is a real PagerDuty event: the on-call person may be notified
        {alarm ? ' at high urgency' : ' (low urgency)'}. It resolves itself right after.
      </p>
    </section>
  );
}
