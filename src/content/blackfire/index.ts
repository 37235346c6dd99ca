/** Blackfire console: detects and fills the PagerDuty channel form (issue 4 builds this out). */
import { send } from '../runtime';

export function startBlackfire(): void {
  void send({ type: 'page/status', status: { console: 'blackfire', page: 'other', recognised: false } });
}
