/**
 * Blackfire console: watches for the PagerDuty notification-channel form, reports it to the
 * background, puts a Fill button next to its key field, and fills it when the person asks (that
 * button, or the popup's Fill through the background). The key arrives only for such a fill and
 * goes nowhere but into the form's key field.
 */
import type { FillReport, PageStatus } from '../../shared/messages';
import { exactShape, isString } from '../../shared/shape';
import { learnedDescriptions, onLearnedChange } from '../learned';
import { showNotice } from '../page-ui';
import { answerStartPick } from '../pick';
import { answerPings, onBackgroundMessage, reportLifecycle, send } from '../runtime';
import { placeFillButton, type FillActions } from './button';
import { pagerDutyChannelRows } from './channel-list';
import { mayAlterList } from './list-changes';
import { channelFormFinder, type ChannelForm } from './detect';
import { fillChannelForm } from './fill';
import { guideBlackfire } from './hints';
import { fillSelected, pickKeyField } from './pick';
import { watchPage } from './watch';

const isFillRequest = exactShape({ type: (value) => value === 'content/fill', key: isString, channelName: isString });
const NO_KEY = "No PagerDuty key is held yet: capture one on PagerDuty's service page, or paste it into the extension's popup.";
const FORM_GONE = 'The PagerDuty channel form is no longer open in this tab.';
const NO_ANSWER = 'The extension did not answer: reload this page and try again.';

/** The form when one is open; else the Notification Channels list's PagerDuty rows (how a saved channel shows). */
function statusOf(form: ChannelForm | null, pagerDutyChannels: string[] | null): PageStatus {
  if (form) return { console: 'blackfire', page: 'channel-form', recognised: true };
  return pagerDutyChannels
    ? { console: 'blackfire', page: 'channel-list', recognised: true, pagerDutyChannels }
    : { console: 'blackfire', page: 'other', recognised: false };
}

export function startBlackfire(): void {
  const life = new AbortController();
  let shown: { form: ChannelForm; teardown: AbortController } | null = null;
  /** The key field the person picked on this page (pick mode). */
  let picked: HTMLInputElement | null = null;
  /** What was last reported, so that only a change is reported again. */
  let reported = '';
  /** The list's PagerDuty rows as last read (see `list-changes.ts`), `null` without a list. */
  let listRows: string[] | null = null;

  const report = async (status: PageStatus): Promise<void> => {
    reported = JSON.stringify(status);
    // No answer means the extension was reloaded under this page: this script is orphaned.
    if (!(await send({ type: 'page/status', status }))) life.abort();
  };

  const fillShown = (key: string, channelName: string): Promise<FillReport> =>
    shown ? fillChannelForm(shown.form, key, channelName) : Promise.resolve({ ok: false, message: FORM_GONE });

  const actions: FillActions = {
    async listKeys() {
      const answer = await send({ type: 'blackfire/held-keys' });
      if (!answer?.ok) return answer?.message ?? NO_ANSWER;
      return answer.keys.length > 0 ? answer.keys : NO_KEY;
    },
    async fill(keyId) {
      const answer = await send({ type: 'blackfire/key-for-fill', keyId });
      const filled = answer?.ok
        ? await fillShown(answer.key, answer.channelName)
        : { ok: false, message: answer?.message ?? NO_ANSWER };
      void send({ type: 'blackfire/fill-report', report: filled });
      return filled;
    },
  };

  const findChannelForm = channelFormFinder();
  const rescan = async (scopes: readonly Element[]): Promise<void> => {
    const found = findChannelForm(scopes, { learned: learnedDescriptions(), picked });
    const unchanged = found?.keyInput === shown?.form.keyInput && found?.nameInput === shown?.form.nameInput;
    if (!unchanged || scopes.some(mayAlterList)) {
      listRows = found ? null : pagerDutyChannelRows(document);
      guideBlackfire(listRows !== null, life.signal);
    }
    const status = statusOf(found, listRows);
    if (unchanged && JSON.stringify(status) === reported) return;
    if (unchanged) return report(status);
    shown?.teardown.abort();
    shown = found && { form: found, teardown: new AbortController() };
    const current = shown;
    await report(status);
    // The background accepts fills only from a tab it knows shows the form: report, then offer.
    if (current && current === shown && !life.signal.aborted) {
      placeFillButton(current.form.keyInput, actions, AbortSignal.any([current.teardown.signal, life.signal]));
    }
  };

  onBackgroundMessage((message) => {
    if (!isFillRequest(message)) return undefined;
    const { key, channelName } = message as { key: string; channelName: string };
    return fillShown(key, channelName);
  });
  // The picked field becomes the form's key field (reported, so the background fills it), then gets the selected key.
  answerStartPick(() =>
    pickKeyField(async (input) => {
      picked = input;
      await rescan([input]);
      showNotice(`Blackfire helper: ${await fillSelected(actions)}`);
    }),
  );
  onLearnedChange(() => void rescan([document.documentElement]), life.signal);
  answerPings('blackfire');
  reportLifecycle(() => void report(statusOf(shown?.form ?? null, listRows)), life.signal);
  watchPage(document, (scopes) => void rescan(scopes), life.signal);
}
