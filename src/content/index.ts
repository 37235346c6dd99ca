/**
 * Content script entry. The manifest injects it on the consoles' hosts only; this double-checks
 * the host (the manifest's `*.pagerduty.com` also covers hosts that are not consoles) and starts
 * the one feature for that console.
 */
import { consoleOf } from '../shared/consoles';
import { send } from './runtime';

const consoleName = consoleOf(location.href);
if (consoleName) {
  void send({ type: 'page/status', status: { console: consoleName, page: 'other', recognised: false } });
}
