/** PagerDuty console: captures Integration Keys on service pages (issue 3 builds this out). */
import { send } from '../runtime';

export function startPagerDuty(): void {
  void send({ type: 'page/status', status: { console: 'pagerduty', page: 'other', recognised: false } });
}
