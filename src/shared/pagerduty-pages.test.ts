import { describe, expect, it } from 'vitest';
import { classicServicePath, pagerDutyPageOf, serviceDirectoryPath } from './pagerduty-pages';

const servicePath = (prefix: string, serviceId: string, onIntegrations: boolean) => ({
  serviceId,
  onIntegrations,
  integrationsPath: `${prefix}/${serviceId}/integrations`,
});
const classic = (serviceId: string, onIntegrations: boolean) => servicePath('/services', serviceId, onIntegrations);
const directory = (serviceId: string, onIntegrations: boolean) => servicePath('/service-directory', serviceId, onIntegrations);

/** Each detector with the inputs it must recognise (and what it must say) and those it must not. */
const TABLES: { name: string; detect: (input: string) => unknown; matches: [string, unknown][]; rejects: string[] }[] = [
  {
    name: 'classicServicePath',
    detect: classicServicePath,
    matches: [
      ['/services/PABC123', classic('PABC123', false)],
      ['/services/PABC123/', classic('PABC123', false)],
      ['/services/PABC123/integrations', classic('PABC123', true)],
      ['/services/PABC123/integrations/PXYZ789', classic('PABC123', true)],
      ['/services/PABC123/integrations/new', classic('PABC123', true)],
      ['/services/P1A2B3C4D5E6F7', classic('P1A2B3C4D5E6F7', false)],
    ],
    rejects: [
      '/services',
      '/services/',
      '/services/new',
      '/services/pabc123',
      '/services/QABC123',
      '/services/PAB',
      '/services/PABC123/edit',
      '/services/PABC123/integrationsX',
      '/service-directory/PABC123',
      '/incidents/PABC123',
      '/x/services/PABC123',
    ],
  },
  {
    name: 'serviceDirectoryPath',
    detect: serviceDirectoryPath,
    matches: [
      ['/service-directory/PABC123', directory('PABC123', false)],
      ['/service-directory/PABC123/integrations', directory('PABC123', true)],
      ['/service-directory/PABC123/integrations/PXYZ789/', directory('PABC123', true)],
      ['/service-directory/PABC123/settings', directory('PABC123', false)],
    ],
    rejects: ['/service-directory', '/service-directory/', '/service-directory/new', '/service-directory/pabc123', '/services/PABC123'],
  },
  {
    name: 'pagerDutyPageOf',
    detect: (url) => pagerDutyPageOf(url),
    matches: [
      [
        'https://acme.pagerduty.com/services/PABC123/integrations/PXYZ789',
        { kind: 'service-integrations', region: 'us', subdomain: 'acme', serviceId: 'PABC123', integrationsUrl: 'https://acme.pagerduty.com/services/PABC123/integrations' },
      ],
      [
        'https://acme.pagerduty.com/services/PABC123?tab=overview#top',
        { kind: 'service', region: 'us', subdomain: 'acme', serviceId: 'PABC123', integrationsUrl: 'https://acme.pagerduty.com/services/PABC123/integrations' },
      ],
      [
        'https://acme.eu.pagerduty.com/service-directory/PABC123',
        { kind: 'service', region: 'eu', subdomain: 'acme', serviceId: 'PABC123', integrationsUrl: 'https://acme.eu.pagerduty.com/service-directory/PABC123/integrations' },
      ],
      [
        'https://ACME.EU.PagerDuty.com/service-directory/PABC123/integrations',
        { kind: 'service-integrations', region: 'eu', subdomain: 'acme', serviceId: 'PABC123', integrationsUrl: 'https://acme.eu.pagerduty.com/service-directory/PABC123/integrations' },
      ],
      // Other console pages are PagerDuty, but activate nothing.
      ['https://acme.pagerduty.com/incidents', { kind: 'other', region: 'us', subdomain: 'acme' }],
      ['https://acme.pagerduty.com/incidents/PABC123', { kind: 'other', region: 'us', subdomain: 'acme' }],
      ['https://acme.pagerduty.com/schedules#PABC123', { kind: 'other', region: 'us', subdomain: 'acme' }],
      ['https://acme.pagerduty.com/services', { kind: 'other', region: 'us', subdomain: 'acme' }],
      ['https://acme.eu.pagerduty.com/service-directory', { kind: 'other', region: 'eu', subdomain: 'acme' }],
      ['https://acme.pagerduty.com/escalation_policies/PABC123', { kind: 'other', region: 'us', subdomain: 'acme' }],
    ],
    rejects: [
      'https://pagerduty.com.evil.example/services/PABC123',
      'https://acme.pagerduty.com.evil.example/service-directory/PABC123',
      'https://evilpagerduty.com/services/PABC123',
      'http://acme.pagerduty.com/services/PABC123',
      'https://events.pagerduty.com/services/PABC123',
      'https://events.eu.pagerduty.com/integration/PABC123/enqueue',
      'https://blackfire.io/services/PABC123',
      'not a url',
    ],
  },
];

describe.each(TABLES)('$name', ({ detect, matches, rejects }) => {
  it.each(matches)('recognises %s', (input, expected) => expect(detect(input)).toEqual(expected));
  it.each(rejects)('does not recognise %s', (input) => expect(detect(input)).toBeNull());
});
