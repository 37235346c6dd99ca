import { useEffect, useState } from 'preact/hooks';
import type { PopupState } from '../shared/messages';
import { activeTabId, ask } from './background';
import { TestAlert } from './TestAlert';

export function App() {
  const [state, setState] = useState<PopupState | null>(null);
  useEffect(() => {
    void activeTabId().then((tabId) =>
      ask({ type: 'popup/get-state', ...(tabId === undefined ? {} : { activeTabId: tabId }) }).then(setState),
    );
  }, []);
  const selected = state?.keys.find((held) => held.id === state.selectedKeyId);
  return (
    <>
      <h1>Blackfire → PagerDuty</h1>
      <p role="status">{state ? `${state.keys.length} keys held` : 'Loading…'}</p>
      {state && selected && <TestAlert key={selected.id} selected={selected} lastOutcome={state.outcomes[selected.id]} />}
    </>
  );
}
