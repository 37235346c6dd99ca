import { RestPanel } from './RestPanel';
import type { useRest } from './useRest';

/** The REST API panel, wired to the background by `useRest` (which the App calls, to paint once with both states). */
export function RestConnect({ rest }: { rest: ReturnType<typeof useRest> }) {
  const { state, message, busy, actions } = rest;
  return state ? <RestPanel state={state} busy={busy} message={message} actions={actions} /> : null;
}
