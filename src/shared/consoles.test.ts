import { describe, expect, it } from 'vitest';
import { consoleOf, regionOfPagerDutyHost, subdomainOfPagerDutyHost } from './consoles';

describe('consoleOf', () => {
  it.each([
    ['https://acme.pagerduty.com/services/PABC123', 'pagerduty'],
    ['https://acme.eu.pagerduty.com/service-directory/PABC123', 'pagerduty'],
    ['https://blackfire.io/my/environments', 'blackfire'],
    ['https://app.blackfire.io/my/environments', 'blackfire'],
    ['https://ACME.PagerDuty.com/incidents', 'pagerduty'],
  ])('%s is %s', (url, expected) => expect(consoleOf(url)).toBe(expected));

  it.each([
    'https://pagerduty.com.evil.example/services/PABC123',
    'https://blackfire.io.example.net/my/environments',
    'https://evilpagerduty.com/services/PABC123',
    'https://notblackfire.io/',
    'https://docs.blackfire.io/',
    'https://events.pagerduty.com/v2/enqueue',
    'https://events.eu.pagerduty.com/v2/enqueue',
    'https://api.pagerduty.com/services',
    'https://api.eu.pagerduty.com/services',
    'http://acme.pagerduty.com/services/PABC123',
    'https://acme.pagerduty.com:8443/services/PABC123',
    'https://acme.pagerduty.com./services/PABC123',
    'chrome-extension://abc/src/popup/index.html',
    'not a url',
    undefined,
  ])('%s is no console', (url) => expect(consoleOf(url)).toBeNull());
});

describe('PagerDuty hosts', () => {
  it.each([
    ['acme.pagerduty.com', 'us', 'acme'],
    ['acme.eu.pagerduty.com', 'eu', 'acme'],
  ])('%s is region %s, subdomain %s', (host, region, subdomain) => {
    expect(regionOfPagerDutyHost(host)).toBe(region);
    expect(subdomainOfPagerDutyHost(host)).toBe(subdomain);
  });
});
