import { RestPanel } from './RestPanel';
import { useRest } from './useRest';

/** The REST API panel, wired to the background. */
export function RestConnect() {
  const { state, message, busy, actions } = useRest();
  return state ? <RestPanel state={state} busy={busy} message={message} actions={actions} /> : null;
}
