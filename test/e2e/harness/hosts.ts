/** The host names the fixture world answers for, through the CONNECT proxy. */
export const CONSOLE_HOSTS = {
  pagerduty: 'acme.pagerduty.com',
  pagerdutyEu: 'acme.eu.pagerduty.com',
  blackfire: 'blackfire.io',
  blackfireApp: 'app.blackfire.io',
} as const;

export const EVENTS_HOSTS = ['events.pagerduty.com', 'events.eu.pagerduty.com'] as const;
export type EventsHost = (typeof EVENTS_HOSTS)[number];

export const REST_API_HOSTS = ['api.pagerduty.com', 'api.eu.pagerduty.com'] as const;

/** Lookalikes serve the same fixture pages; the extension must do nothing on them. */
export const LOOKALIKE_HOSTS = ['pagerduty.com.evil.example', 'blackfire.io.example.net'] as const;

export const ALL_HOSTS: readonly string[] = [...Object.values(CONSOLE_HOSTS), ...EVENTS_HOSTS, ...REST_API_HOSTS, ...LOOKALIKE_HOSTS];
