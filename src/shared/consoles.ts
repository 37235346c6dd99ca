/**
 * Which console a URL belongs to. Pure functions over URLs, shared by the background (sender
 * checks), the content script (what to run) and tests. Host names are compared exactly: a
 * lookalike such as `pagerduty.com.evil.example` or `blackfire.io.example.net` is nobody.
 */
export type ConsoleName = 'pagerduty' | 'blackfire';
export type Region = 'us' | 'eu';

/** PagerDuty's Events API hosts: the only places a key is ever sent. */
export const EVENTS_API_HOSTS: Readonly<Record<Region, string>> = {
  us: 'events.pagerduty.com',
  eu: 'events.eu.pagerduty.com',
};

/** PagerDuty's REST API hosts: the only places the REST API key is ever sent. */
export const REST_API_HOSTS: Readonly<Record<Region, string>> = {
  us: 'api.pagerduty.com',
  eu: 'api.eu.pagerduty.com',
};

const BLACKFIRE_HOSTS = new Set(['blackfire.io', 'app.blackfire.io']);
const API_HOSTS = new Set([...Object.values(EVENTS_API_HOSTS), ...Object.values(REST_API_HOSTS)]);

export function parseHttpsUrl(url: string | URL | undefined): URL | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function isPagerDutyConsoleHost(hostname: string): boolean {
  // The API hosts are not consoles: nothing of ours runs there.
  return hostname.endsWith('.pagerduty.com') && !API_HOSTS.has(hostname);
}

export function consoleOf(url: string | URL | undefined): ConsoleName | null {
  const parsed = parseHttpsUrl(url);
  if (!parsed || parsed.port !== '') return null;
  if (isPagerDutyConsoleHost(parsed.hostname)) return 'pagerduty';
  if (BLACKFIRE_HOSTS.has(parsed.hostname)) return 'blackfire';
  return null;
}

/** EU accounts live on `<subdomain>.eu.pagerduty.com`; their events go to the EU host. */
export function regionOfPagerDutyHost(hostname: string): Region {
  return hostname.endsWith('.eu.pagerduty.com') ? 'eu' : 'us';
}

/** `acme` for both `acme.pagerduty.com` and `acme.eu.pagerduty.com`. */
export function subdomainOfPagerDutyHost(hostname: string): string {
  return hostname.replace(/(\.eu)?\.pagerduty\.com$/, '');
}
