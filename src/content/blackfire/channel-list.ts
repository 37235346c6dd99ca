/**
 * Blackfire's Notification Channels list: the rows that are PagerDuty channels, by their text
 * (channel names and types; nothing secret is listed there). The popup's checklist says a channel
 * is saved only once this list shows it: a filled form is not a saved one.
 */
import { NAME_MAX } from '../../shared/limits';
import { pageText } from '../captions';

const LIST_HEADING = /notification channels/i;
const PAGERDUTY = /pager\s*duty/i;
const MAX_ROWS = 50;

/** Headings, and the selected tab of a settings page: where the list names itself. */
export const TITLES = 'h1, h2, h3, h4, [role="heading"], [role="tab"][aria-selected="true"]';
export const ROWS = 'tr, li, [role="row"], [role="listitem"]';

const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });

/** A table row's cells are read apart: their texts would otherwise run into each other. */
function rowText(row: Element): string {
  const cells = row.querySelectorAll(':scope > td, :scope > th, :scope > [role="cell"]');
  const text = cells.length > 0 ? [...cells].map(pageText).join(' ') : pageText(row);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of each visible PagerDuty row of the Notification Channels list, or `null` when the
 * page shows no such list. Rows inside a dialog or form (the "Add a notification channel" tiles,
 * an open channel form) are not channels.
 */
export function pagerDutyChannelRows(doc: Document): string[] | null {
  const titled = [...doc.querySelectorAll(TITLES)].some((title) => LIST_HEADING.test(pageText(title)) && shown(title));
  if (!titled) return null;
  const rows: string[] = [];
  for (const row of doc.querySelectorAll(ROWS)) {
    if (row.closest('form, dialog, [role="dialog"]') || row.querySelector(ROWS)) continue;
    const text = rowText(row);
    if (PAGERDUTY.test(text) && shown(row)) rows.push(text.slice(0, NAME_MAX));
    if (rows.length === MAX_ROWS) break;
  }
  return rows;
}
