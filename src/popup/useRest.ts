/**
 * The REST API panel's state and actions. The background keeps the connection (the API key
 * never comes back to the popup); the panel asks it, and asks again when the connection changes
 * in storage (another popup connected or disconnected, the worker restarted).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { RestState } from '../shared/messages';
import { ask } from './background';
import { inOrder, type FirstAnswers } from './first-answers';
import type { StatusMessage } from './usePopup';

export type RestBusy = 'connect' | 'search' | 'key' | null;

export interface RestActions {
  /** Resolves true when connected, so the form can forget the key it held. */
  connect(apiKey: string): Promise<boolean>;
  disconnect(): void;
  search(query: string): void;
  blackfireKey(serviceId: string): void;
}

export function useRest(first: FirstAnswers) {
  const [state, setState] = useState<RestState | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState<RestBusy>(null);

  // One order for all answers: a late first answer never hides a newer connection.
  const showRest = useMemo(() => inOrder(setState), []);
  const refresh = useCallback(() => showRest(ask({ type: 'popup/rest-state' })), []);
  useEffect(() => {
    void showRest(first.changedSinceAsked() ? ask({ type: 'popup/rest-state' }) : first.rest);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.hasOwn(changes, 'rest')) void refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [first, refresh]);

  /** Runs one request to the background with the panel busy, and shows its failure. */
  async function run<T>(kind: RestBusy, request: () => Promise<T>): Promise<T> {
    setBusy(kind);
    setMessage(null);
    try {
      return await request();
    } finally {
      setBusy(null);
    }
  }

  const actions: RestActions = {
    async connect(apiKey) {
      const answer = await run('connect', () => ask({ type: 'popup/rest-connect', apiKey }));
      if (!answer.ok) {
        setMessage({ text: answer.message, tone: 'error' });
        return false;
      }
      setState(answer.state);
      setMessage({ text: `Connected to PagerDuty (${answer.state.region?.toUpperCase()}). Choose the service.`, tone: 'success' });
      return true;
    },
    disconnect() {
      void ask({ type: 'popup/rest-disconnect' }).then(() => {
        setMessage({ text: 'Disconnected: the API key is forgotten.', tone: 'info' });
        return refresh();
      });
    },
    search(query) {
      void run('search', () => ask({ type: 'popup/rest-search', query })).then((answer) => {
        if (answer.ok) setState(answer.state);
        else setMessage({ text: answer.message, tone: 'error' });
      });
    },
    blackfireKey(serviceId) {
      void run('key', () => ask({ type: 'popup/rest-blackfire-key', serviceId })).then((answer) =>
        setMessage({ text: answer.message, tone: answer.ok ? 'success' : 'error' }),
      );
    },
  };

  return { state, message, busy, actions };
}
