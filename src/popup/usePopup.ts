/**
 * The popup's state and actions. The background owns everything; the popup asks it, shows the
 * answer, and asks again whenever the extension's storage changes (a capture in another tab, a
 * fill, a finished test).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PopupState, TestOutcome, TestSeverity } from '../shared/messages';
import { ask } from './background';
import { askState, inOrder, type FirstAnswers } from './first-answers';
import { BLACKFIRE_ENVIRONMENTS } from './links';
import { testVerdict } from './test-verdict';

export type Tone = 'info' | 'success' | 'error';
export interface StatusMessage {
  text: string;
  tone: Tone;
}
export type Busy = 'fill' | 'test' | null;

const PICK_FIELD = 'On the Blackfire page, click the Integration Key field (Esc cancels). The selected key goes into it.';
const PICK_KEY = 'On the PagerDuty page, click the Integration Key (Esc cancels). It is held for its service.';

function toneOf(outcome: TestOutcome): Tone {
  const verdict = testVerdict(outcome);
  if (verdict === 'waiting') return 'info';
  return verdict === 'confirmed' || verdict === 'accepted' ? 'success' : 'error';
}

export interface PopupActions {
  /** Returns the validation message when the input is not a key, null when it was added. */
  addKey(input: string): Promise<string | null>;
  select(id: string): void;
  forget(id: string): void;
  reveal(id: string): Promise<string | null>;
  copy(id: string): void;
  setRemember(remember: boolean): void;
  fill(): void;
  sendTest(severity: TestSeverity): void;
  openBlackfire(): void;
  /** Reloads the active console tab, so the content script runs there. */
  reloadTab(): void;
  /** Starts pick mode in the console tab: the person shows the field (or key) recognition missed. */
  pick(): void;
  forgetLearned(id: string): void;
}

export function usePopup(first: FirstAnswers) {
  const [state, setState] = useState<PopupState | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [testing, setTesting] = useState<{ id: string; since: number } | null>(null);

  useEffect(() => {
    const show = inOrder(setState);
    const onChange = () => void first.tabId.then((id) => show(askState(id)));
    browser.storage.onChanged.addListener(onChange);
    void first.tabId.then((id) => {
      setTabId(id);
      return show(first.changedSinceAsked() ? askState(id) : first.state);
    });
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [first]);

  const selectedId = state?.selectedKeyId ?? null;
  const say = (text: string, tone: Tone) => setStatus({ text, tone });

  // A test followed through the REST API stores each step (waiting, incident opened…): show them as they come.
  const step = testing ? state?.outcomes[testing.id] : undefined;
  useEffect(() => {
    if (testing && step && step.at >= testing.since) say(step.message, toneOf(step));
  }, [step?.message]);

  const actions: PopupActions = {
    async addKey(input) {
      const result = await ask({ type: 'popup/add-key', input });
      if (!result.ok) return result.message;
      say(result.note ? `Key added. ${result.note}` : 'Key added.', 'success');
      return null;
    },
    select: (id) => void ask({ type: 'popup/select-key', id }),
    forget(id) {
      void ask({ type: 'popup/forget-key', id }).then(() => say('Key forgotten.', 'info'));
    },
    async reveal(id) {
      const result = await ask({ type: 'popup/reveal-key', id });
      return result.ok ? result.key : null;
    },
    copy(id) {
      void ask({ type: 'popup/reveal-key', id })
        .then((result) => {
          if (!result.ok) throw new Error(result.message);
          return navigator.clipboard.writeText(result.key);
        })
        .then(
          () => say('Key copied to the clipboard.', 'success'),
          () => say('Could not copy the key: the browser refused clipboard access.', 'error'),
        );
    },
    setRemember(remember) {
      void ask({ type: 'popup/set-remember', remember }).then(() =>
        say(
          remember
            ? 'Keys are now also kept on this device (storage.local) across browser restarts.'
            : 'Keys are no longer kept on this device; they are gone when the browser closes.',
          'info',
        ),
      );
    },
    fill() {
      if (!selectedId) return;
      setBusy('fill');
      void ask({ type: 'popup/fill', id: selectedId, ...(tabId === undefined ? {} : { activeTabId: tabId }) })
        .then((report) => say(report.message, report.ok ? 'success' : 'error'))
        .finally(() => setBusy(null));
    },
    sendTest(severity) {
      if (!selectedId) return;
      setBusy('test');
      setTesting({ id: selectedId, since: Date.now() });
      say('Sending the test alert to PagerDuty…', 'info');
      void ask({ type: 'popup/send-test', id: selectedId, severity })
        .then((answer) => {
          if (!answer.ok) say(answer.message, 'error');
          else say(answer.outcome.message, toneOf(answer.outcome));
        })
        .finally(() => {
          setBusy(null);
          setTesting(null);
        });
    },
    openBlackfire: () => void browser.tabs.create({ url: BLACKFIRE_ENVIRONMENTS }),
    pick() {
      void ask({ type: 'popup/start-pick', ...(tabId === undefined ? {} : { activeTabId: tabId }) }).then((answer) => {
        if (!answer.ok) return say(answer.message, 'error');
        say(answer.console === 'blackfire' ? PICK_FIELD : PICK_KEY, 'info');
        // The toolbar popup would cover the page the person now clicks in; opened as a tab, it stays.
        if (tabId !== undefined) window.close();
      });
    },
    forgetLearned(id) {
      void ask({ type: 'popup/forget-learned', id }).then(() => say('Forgotten: that field is no longer recognised, on open pages too.', 'info'));
    },
    reloadTab() {
      if (tabId !== undefined) void browser.tabs.reload(tabId).then(() => say('Reloading the tab…', 'info'));
    },
  };

  return { state, status, busy, actions };
}
