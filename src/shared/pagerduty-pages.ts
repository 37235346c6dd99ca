/**
 * Which PagerDuty console page a URL is. Pure functions over URLs: the content script decides
 * from them whether to watch the page at all, and reports the result to the popup.
 */
import { isPagerDutyConsole, regionOfPagerDutyHost, subdomainOfPagerDutyHost, type Region } from './consoles';

/** `service-integrations` covers the Integrations tab and everything below it (one integration, the add form). */
export type PagerDutyPageKind = 'service' | 'service-integrations' | 'other';

export interface PagerDutyPage {
  kind: PagerDutyPageKind;
  region: Region;
  subdomain: string;
  /** Set on service pages. */
  serviceId?: string;
  /** The service's Integrations tab, where its keys are shown: the link the popup offers. */
  integrationsUrl?: string;
}

/** PagerDuty object ids: `P` and upper-case letters or digits (`PABC123`). */
const ID = 'P[A-Z0-9]{5,19}';

export interface ServicePath {
  serviceId: string;
  onIntegrations: boolean;
  /** The path of the service's Integrations tab, in the same UI (classic or Service Directory). */
  integrationsPath: string;
}

/** A matcher for `<prefix>/PXXXXXX[/integrations[/…]]<otherTabs>`. */
function servicePaths(prefix: string, otherTabs: string): (path: string) => ServicePath | null {
  const pattern = new RegExp(`^${prefix}/(${ID})(/integrations(?:/.*)?)?${otherTabs}/?$`);
  return (path) => {
    const match = pattern.exec(path);
    if (!match?.[1]) return null;
    return { serviceId: match[1], onIntegrations: Boolean(match[2]), integrationsPath: `${prefix}/${match[1]}/integrations` };
  };
}

/** Classic UI: `/services/PXXXXXX`, `/services/PXXXXXX/integrations[/PYYYYYY]` (and `/integrations/new`). */
export const classicServicePath = servicePaths('/services', '');

/** Service Directory: `/service-directory/PXXXXXX[/…]`, any tab. */
export const serviceDirectoryPath = servicePaths('/service-directory', '(?:/.*)?');

/** `null` for anything that is not a PagerDuty console page (lookalikes, the Events API hosts). */
export function pagerDutyPageOf(url: string | URL | undefined): PagerDutyPage | null {
  if (!isPagerDutyConsole(url)) return null;
  const { hostname, origin, pathname } = new URL(url as string | URL);
  const page: PagerDutyPage = {
    kind: 'other',
    region: regionOfPagerDutyHost(hostname),
    subdomain: subdomainOfPagerDutyHost(hostname),
  };
  const service = classicServicePath(pathname) ?? serviceDirectoryPath(pathname);
  if (!service) return page;
  return {
    ...page,
    kind: service.onIntegrations ? 'service-integrations' : 'service',
    serviceId: service.serviceId,
    integrationsUrl: origin + service.integrationsPath,
  };
}
