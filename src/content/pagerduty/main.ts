/**
 * The content script of PagerDuty's consoles. The manifest injects it on `*.pagerduty.com` minus
 * PagerDuty's own sites; this double-checks the host (an account label the manifest cannot
 * express, a port) before starting. It carries nothing of Blackfire's.
 */
import { isPagerDutyConsole } from '../../shared/consoles';
import { loadLearned } from '../learned';
import { startPagerDuty } from './index';

// The fields learned by picking are known before the first look at the page.
if (isPagerDutyConsole(location.href)) void loadLearned().then(startPagerDuty);
