/** Console pages the checklist links to. Only built from our own known hosts and ids. */
import type { HeldKeySummary } from '../shared/messages';

const SERVICE_ID = /^P[A-Z0-9]{5,}$/;
const SUBDOMAIN = /^[a-z0-9][a-z0-9-]*$/;

/** The captured service's Integrations tab, or PagerDuty's service list when unknown. */
export function pagerDutyLink(key: HeldKeySummary | undefined): string {
  if (!key || !SERVICE_ID.test(key.serviceId) || !SUBDOMAIN.test(key.subdomain)) {
    return 'https://app.pagerduty.com/services';
  }
  const host = `${key.subdomain}${key.region === 'eu' ? '.eu' : ''}.pagerduty.com`;
  return `https://${host}/services/${key.serviceId}/integrations`;
}

/** Blackfire's environments list: Environment → Settings → Notification Channels starts there. */
export const BLACKFIRE_ENVIRONMENTS = 'https://blackfire.io/my/environments';

/** Blackfire's own guide for the manual steps, for when nothing on a page was recognised. */
export const BLACKFIRE_GUIDE = 'https://docs.blackfire.io/monitoring-cookbooks/alerting';
