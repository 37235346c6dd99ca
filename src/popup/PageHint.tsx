import type { ConsoleName } from '../shared/consoles';
import type { PageStatus } from '../shared/messages';
import { BLACKFIRE_GUIDE } from './links';

/** What to say on a console page where the content script recognised nothing. */
function hintFor(page: PageStatus): string {
  if (page.console === 'blackfire') {
    return 'No PagerDuty channel form was recognised on this Blackfire page. Open Environment → Settings → Notification Channels → Add PagerDuty, or paste the key into the form yourself.';
  }
  if (page.page === 'other') {
    return 'This PagerDuty page is not a service. Open Services → your service → Integrations: the key is picked up there.';
  }
  return "No Integration Key was recognised on this service page. Open its Blackfire.io integration on the Integrations tab, or copy the key there and paste it below.";
}

export const CONSOLE_NAMES: Record<ConsoleName, string> = { pagerduty: 'PagerDuty', blackfire: 'Blackfire' };

/** Where pick mode helps: any Blackfire page (the form may be there, unrecognised), a PagerDuty service's page. */
function pickLabel(page: PageStatus): string | null {
  if (page.console === 'blackfire') return 'Pick the key field on the page';
  return page.page === 'other' ? null : 'Pick the key on the page';
}

interface PageHintProps {
  page: PageStatus | null;
  unreportedConsole: ConsoleName | null;
  onReload(): void;
  onPick(): void;
}

/**
 * Never a dead end: the consoles' DOM is not ours and changes. When the person is on a console
 * page where nothing was recognised, say so and point to the manual way. A console tab that was
 * open before the extension was installed or updated has no content script until it reloads
 * (browsers do not inject into open tabs): say so, and offer the reload. Where the key (field)
 * may be on the page, unrecognised, offer pick mode.
 */
export function PageHint({ page, unreportedConsole, onReload, onPick }: PageHintProps) {
  if (!page && unreportedConsole) {
    return (
      <p class="hint">
        This {CONSOLE_NAMES[unreportedConsole]} tab was open before the extension was installed or updated, so the
        extension has not looked at it yet.{' '}
        <button type="button" onClick={onReload}>
          Reload this tab
        </button>
      </p>
    );
  }
  if (!page || page.recognised) return null;
  const pick = pickLabel(page);
  return (
    <p class="hint">
      {hintFor(page)}{' '}
      <a href={BLACKFIRE_GUIDE} target="_blank" rel="noreferrer">
        Blackfire's guide
      </a>
      {pick && (
        <>
          {' '}
          Or show the extension where it is:{' '}
          <button type="button" onClick={onPick}>
            {pick}
          </button>
        </>
      )}
    </p>
  );
}
