/**
 * Which Blackfire environment a console URL belongs to: its settings, channel list and channel
 * forms live under `/my/environments/<environment>/…` (on blackfire.io and app.blackfire.io
 * alike). Pure, so the Fill and the channel list it is later seen in can be matched.
 */
import { consoleOf } from './consoles';

const ENVIRONMENT = /^\/my\/environments\/([\w.-]{1,100})(?:\/|$)/;

/** The environment's id in the URL, or `null` off an environment's pages or off Blackfire. */
export function environmentOf(url: string | undefined): string | null {
  if (url === undefined || consoleOf(url) !== 'blackfire') return null;
  return ENVIRONMENT.exec(new URL(url).pathname)?.[1] ?? null;
}
