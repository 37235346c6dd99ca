/**
 * PagerDuty console: follows the single-page app's navigation (cheaply, without observing the
 * DOM), reports each page to the background, and watches service pages for Integration Keys.
 */
import { pagerDutyPageOf, type PagerDutyPage } from '../../shared/pagerduty-pages';
import { send } from '../runtime';
import { onUrlChange } from './navigation';
import { watchServicePage } from './service-page';

function report(page: PagerDutyPage, recognised: boolean): void {
  const link = page.integrationsUrl ? { link: page.integrationsUrl } : {};
  void send({ type: 'page/status', status: { console: 'pagerduty', page: page.kind, recognised, ...link } });
}

export function startPagerDuty(): void {
  let current: { page: PagerDutyPage; stop: AbortController } | undefined;
  const follow = () => {
    const page = pagerDutyPageOf(location.href);
    // A new query or hash on the same service page is not a new page.
    if (!page || (page.kind === current?.page.kind && page.serviceId === current.page.serviceId)) return;
    current?.stop.abort();
    const stop = new AbortController();
    current = { page, stop };
    report(page, false);
    const { serviceId } = page;
    if (serviceId === undefined) return;
    let seen = false;
    watchServicePage({ ...page, serviceId }, stop.signal, () => {
      if (seen) return;
      seen = true;
      report(page, true);
    });
  };
  onUrlChange(follow);
  follow();
}
