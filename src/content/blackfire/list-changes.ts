/**
 * Which changes can alter what the Blackfire page shows besides a channel form: the Notification
 * Channels list (its title and rows) and the next-step hint's controls. Those are read from the
 * whole page, so they are read again only after such a change, not after every change of a page
 * that never rests (a live chart, a counter): issue 15.
 */
import { CONTROLS } from '../hint';
import { ROWS, TITLES } from './channel-list';
import { CONTAINERS } from './collect';

/** A title, row, control or dialog, or a style sheet (which can show or hide any of them). */
const LIST_PARTS = `${TITLES}, ${ROWS}, ${CONTROLS}, ${CONTAINERS}, style, link`;

/** Whether a change in `scope` can alter one of those parts: `scope` is one, is inside one, or holds one. */
export const mayAlterList = (scope: Element): boolean => scope.closest(LIST_PARTS) !== null || scope.querySelector(LIST_PARTS) !== null;
