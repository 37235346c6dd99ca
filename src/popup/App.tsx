import { PopupView } from './PopupView';
import { RestConnect } from './RestConnect';
import { usePopup } from './usePopup';

export function App() {
  const { state, status, busy, actions } = usePopup();
  if (!state) return <p role="status">Loading…</p>;
  return (
    <PopupView state={state} status={status} busy={busy} actions={actions}>
      <RestConnect />
    </PopupView>
  );
}
