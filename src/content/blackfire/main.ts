/**
 * The content script of Blackfire's console. The manifest injects it on Blackfire's two hosts;
 * this double-checks the host (https, the default port) before starting. It carries nothing of
 * PagerDuty's.
 */
import { isBlackfireConsole } from '../../shared/consoles';
import { loadLearned } from '../learned';
import { startBlackfire } from './index';

// The fields learned by picking are known before the first look at the page.
if (isBlackfireConsole(location.href)) void loadLearned().then(startBlackfire);
