/**
 * Puts the key (and, when empty, the channel name) into the detected form so that the page's
 * framework registers it: React, Vue and Angular track an input's value themselves and only
 * notice a change that arrives as an `input`/`change` event after the native setter ran. It
 * never submits: the person reviews and saves.
 */
import { NAME_MAX } from '../../shared/limits';
import type { FillReport } from '../../shared/messages';
import { setFieldValue } from '../page-ui';
import type { ChannelForm } from './detect';


/** Lets the page's framework re-render, so a rejected value shows as a reverted field. */
const afterRender = () => new Promise((resolve) => setTimeout(resolve, 50));

function nameOutcome(form: ChannelForm, wasEmpty: boolean, channelName: string): string {
  const { nameInput } = form;
  if (!nameInput) return ' No channel name field was found: enter a name before saving.';
  if (!wasEmpty) return ` The channel name "${nameInput.value.slice(0, 80)}" was already there and was left as it is.`;
  if (nameInput.value === channelName) return ` The channel name is "${channelName}".`;
  return ' The channel name field did not keep its value: enter a name before saving.';
}

export async function fillChannelForm(form: ChannelForm, key: string, channelName: string): Promise<FillReport> {
  const { keyInput, nameInput } = form;
  if (!keyInput.isConnected) return { ok: false, message: 'The PagerDuty channel form is no longer open.' };
  const nameWasEmpty = nameInput !== null && nameInput.value.trim() === '';
  if (nameInput && nameWasEmpty) setFieldValue(nameInput, channelName);
  setFieldValue(keyInput, key);
  await afterRender();
  const keyFilled = keyInput.value === key;
  const nameFilled = nameWasEmpty && nameInput?.value === channelName;
  if (!keyFilled) {
    return {
      ok: false,
      keyFilled,
      nameFilled,
      message: 'The Integration Key field did not keep the key (the page changed it back). Copy the key from the extension and paste it.',
    };
  }
  // The name the channel will be saved under: how Blackfire's channel list is later recognised.
  const savedName = nameInput?.value.trim().slice(0, NAME_MAX);
  return {
    ok: true,
    keyFilled,
    nameFilled,
    ...(savedName ? { channelName: savedName } : {}),
    message: `Filled the Integration Key.${nameOutcome(form, nameWasEmpty, channelName)} Nothing was saved: check the form, then save it.`,
  };
}
