/**
 * The popup's first questions, asked as its script starts (`main.tsx`) rather than from Preact's
 * effects, which run a frame after the first render: the answers travel while "Loading…" paints
 * (issue 15, popup ready). Storage changes are watched from the same moment, so a change that
 * lands before the hooks listen themselves is not lost: the hooks then ask again.
 */
import browser from 'webextension-polyfill';
import type { PopupState, RestState } from '../shared/messages';
import { activeTabId, ask } from './background';

export interface FirstAnswers {
  tabId: Promise<number | undefined>;
  state: Promise<PopupState>;
  rest: Promise<RestState>;
  /** Whether the extension's storage changed after these were asked: they may be out of date. */
  changedSinceAsked(): boolean;
}

export const askState = (tabId: number | undefined): Promise<PopupState> =>
  ask({ type: 'popup/get-state', ...(tabId === undefined ? {} : { activeTabId: tabId }) });

export function askFirst(): FirstAnswers {
  let changed = false;
  browser.storage.onChanged.addListener(() => (changed = true));
  const tabId = activeTabId();
  return { tabId, state: tabId.then(askState), rest: ask({ type: 'popup/rest-state' }), changedSinceAsked: () => changed };
}

/**
 * Shows answers in the order they were asked: a slow early answer never overwrites a newer one.
 * `show(answer)` sets the state once `answer` arrives, unless a later one was asked meanwhile.
 */
export function inOrder<T>(set: (value: T) => void): (answer: Promise<T>) => Promise<void> {
  let asked = 0;
  return async (answer) => {
    const turn = ++asked;
    const value = await answer;
    if (turn === asked) set(value);
  };
}
