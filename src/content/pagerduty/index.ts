/**
 * PagerDuty console: follows the single-page app's navigation (cheaply, without observing the
 * DOM), reports each page to the background, and watches service pages for Integration Keys.
 */
import { pagerDutyPageOf, type PagerDutyPage } from '../../shared/pagerduty-pages';
import { answerStartPick } from '../pick';
import { answerPings, reportLifecycle, send } from '../runtime';
import { guidePagerDuty } from './hints';
import { onUrlChange } from './navigation';
import { pickKey } from './pick';
import { watchServicePage } from './service-page';

export function startPagerDuty(): void {
  let page: PagerDutyPage | undefined;
  let recognised = false;
  /** One watcher per service: moving between its tabs keeps it (and what it already captured). */
  let watching: { serviceId: string; stop: AbortController } | undefined;

  const report = () => {
    if (!page) return;
    const link = page.integrationsUrl ? { link: page.integrationsUrl } : {};
    void send({ type: 'page/status', status: { console: 'pagerduty', page: page.kind, recognised, ...link } });
  };

  const follow = () => {
    const next = pagerDutyPageOf(location.href);
    // A new query or hash on the same page is not a new page.
    if (!next || (next.kind === page?.kind && next.serviceId === page.serviceId)) return;
    page = next;
    const { serviceId } = next;
    if (serviceId !== watching?.serviceId) {
      watching?.stop.abort();
      watching = undefined;
      recognised = false;
      if (serviceId !== undefined) {
        const stop = new AbortController();
        watching = { serviceId, stop };
        watchServicePage({ ...next, serviceId }, stop.signal, (keysSeen) => {
          guidePagerDuty(page?.kind, keysSeen, stop.signal);
          if (keysSeen === recognised) return;
          recognised = keysSeen;
          report();
        });
      }
    }
    report();
  };
  onUrlChange(follow);
  answerPings('pagerduty');
  answerStartPick(pickKey);
  reportLifecycle(report);
  follow();
}
