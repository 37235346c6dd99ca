/**
 * The content script of Blackfire's console. The manifest injects it on Blackfire's two hosts;
 * this double-checks the host (https, the default port) before starting. It carries nothing of
 * PagerDuty's.
 */
import { isBlackfireConsole } from '../../shared/consoles';
import { startBlackfire } from './index';

if (isBlackfireConsole(location.href)) startBlackfire();
