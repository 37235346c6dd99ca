import type { FirstAnswers } from './first-answers';
import { PopupView } from './PopupView';
import { RestConnect } from './RestConnect';
import { usePopup } from './usePopup';
import { useRest } from './useRest';

export function App({ first }: { first: FirstAnswers }) {
  const { state, status, busy, actions } = usePopup(first);
  const rest = useRest(first);
  // The first paint of the view waits for both states (asked at once): a REST panel that came
  // later would push everything below it down, a layout shift under the person's pointer.
  if (!state || !rest.state) return <p role="status">Loading…</p>;
  return (
    <PopupView state={state} status={status} busy={busy} actions={actions}>
      <RestConnect rest={rest} />
    </PopupView>
  );
}
