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

export function parseHttpsUrl(url: string | URL | undefined): URL | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * PagerDuty's own sites under `pagerduty.com` that are not an account's console: nothing of ours
 * runs there. The manifest's `exclude_matches` lists the same hosts (the build audit checks it).
 */
export const NOT_CONSOLE_SUBDOMAINS = ['www', 'app', 'api', 'events', 'eu', 'support', 'developer', 'community', 'status'] as const;
const NOT_CONSOLE = new Set<string>(NOT_CONSOLE_SUBDOMAINS);

/** An account's console: `<account>.pagerduty.com` or `<account>.eu.pagerduty.com`, one label each. */
const CONSOLE_HOST = /^([a-z0-9-]+)(\.eu)?\.pagerduty\.com$/;

function isPagerDutyConsoleHost(hostname: string): boolean {
  const account = CONSOLE_HOST.exec(hostname)?.[1];
  return account !== undefined && !NOT_CONSOLE.has(account);
}

/** The host name of an https URL on the default port (no console is served on another), or ''. */
function consoleHostOf(url: string | URL | undefined): string {
  const parsed = parseHttpsUrl(url);
  return parsed && parsed.port === '' ? parsed.hostname : '';
}

/** One test per console, so each console's content script carries only its own. */
export const isPagerDutyConsole = (url: string | URL | undefined): boolean => isPagerDutyConsoleHost(consoleHostOf(url));
export const isBlackfireConsole = (url: string | URL | undefined): boolean => BLACKFIRE_HOSTS.has(consoleHostOf(url));

export function consoleOf(url: string | URL | undefined): ConsoleName | null {
  if (isPagerDutyConsole(url)) return 'pagerduty';
  return isBlackfireConsole(url) ? 'blackfire' : null;
}

/** EU accounts live on `<subdomain>.eu.pagerduty.com`; their events go to the EU host. */
export function regionOfPagerDutyHost(hostname: string): Region {
  return hostname.endsWith('.eu.pagerduty.com') ? 'eu' : 'us';
}

/** `acme` for both `acme.pagerduty.com` and `acme.eu.pagerduty.com`. */
export function subdomainOfPagerDutyHost(hostname: string): string {
  return hostname.replace(/(\.eu)?\.pagerduty\.com$/, '');
}
