import type { PageStatus } from '../shared/messages';
import { BLACKFIRE_GUIDE } from './links';

/**
 * Never a dead end: the consoles' DOM is not ours and changes. When the person is on a console
 * page where nothing was recognised, say so and point to the manual way.
 */
export function PageHint({ page }: { page: PageStatus | null }) {
  if (!page || page.recognised) return null;
  const what =
    page.console === 'pagerduty'
      ? 'No Integration Key was recognised on this PagerDuty page. Open the service\'s Integrations tab, or copy the key there and paste it below.'
      : 'No PagerDuty channel form was recognised on this Blackfire page. Open Environment → Settings → Notification Channels → Add PagerDuty, or paste the key into the form yourself.';
  return (
    <p class="hint">
      {what}{' '}
      <a href={BLACKFIRE_GUIDE} target="_blank" rel="noreferrer">
        Blackfire's guide
      </a>
    </p>
  );
}
