/**
 * Content script entry. The manifest injects it on the consoles' hosts only; this double-checks
 * the host (the manifest's `*.pagerduty.com` also covers hosts that are not consoles) and starts
 * the one feature for that console.
 */
import { consoleOf } from '../shared/consoles';
import { startBlackfire } from './blackfire';
import { loadLearned } from './learned';
import { startPagerDuty } from './pagerduty';

const consoleName = consoleOf(location.href);
// The fields learned by picking are known before the first look at the page.
if (consoleName === 'pagerduty') void loadLearned().then(startPagerDuty);
else if (consoleName === 'blackfire') void loadLearned().then(startBlackfire);
