import type { ComponentChildren } from 'preact';
import type { PopupState } from '../shared/messages';
import { Actions } from './Actions';
import { Checklist } from './Checklist';
import { capturedWhen } from './format';
import { KeyList } from './KeyList';
import { LearnedFields } from './LearnedFields';
import { PageHint } from './PageHint';
import { PasteKey } from './PasteKey';
import type { Busy, PopupActions, StatusMessage } from './usePopup';

export interface PopupViewProps {
  state: PopupState;
  status: StatusMessage | null;
  busy: Busy;
  actions: PopupActions;
  /** Another way to get a key, shown under the paste field (the REST API panel). */
  children?: ComponentChildren;
}

/** A capture in a console tab made another key the selected one: say so, or Fill would surprise. */
function SwitchedTo({ state }: { state: PopupState }) {
  const key = state.keys.find((held) => held.id === state.switchedTo);
  if (!key || state.keys.length < 2) return null;
  const account = key.subdomain ? ` (account ${key.subdomain})` : '';
  return (
    <p class="hint" role="note">
      Now using the key of {key.label}
      {account}, captured {capturedWhen(key.capturedAt)}. Choose another below if that is not the one.
    </p>
  );
}

/** The whole popup for one state: what the component tests render. */
export function PopupView({ state, status, busy, actions, children }: PopupViewProps) {
  const selected = state.selectedKeyId;
  // Reopening the popup shows the selected key's last test result until something newer happens.
  const shown = status ?? (selected && state.outcomes[selected] ? { text: state.outcomes[selected].message, tone: 'info' } : null);
  return (
    <>
      <h1>Blackfire → PagerDuty</h1>
      <PageHint page={state.activePage} unreportedConsole={state.unreportedConsole} onReload={actions.reloadTab} onPick={actions.pick} />
      <Checklist state={state} />
      <SwitchedTo state={state} />
      <KeyList keys={state.keys} selectedId={selected} outcomes={state.outcomes} actions={actions} />
      <PasteKey onAdd={actions.addKey} />
      {children}
      <Actions state={state} busy={busy} actions={actions} />
      <p role="status" class={`status ${shown?.tone ?? ''}`}>
        {shown?.text ?? ''}
      </p>
      <label class="inline remember">
        <input
          type="checkbox"
          checked={state.remember}
          onChange={(event) => actions.setRemember(event.currentTarget.checked)}
        />
        Remember keys on this device after the browser closes
      </label>
      <LearnedFields learned={state.learned} onForget={actions.forgetLearned} />
    </>
  );
}
