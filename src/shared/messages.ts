/**
 * The one message contract between the three contexts. Every request names its `type`; the
 * background answers with the matching response. `from` says which context may send it: the
 * background's router checks the sender against it (see src/background/router.ts).
 */
import type { ConsoleName, Region } from './consoles';
import type { PagerDutyPageKind } from './pagerduty-pages';

/** The Blackfire pages the content script tells apart. */
export type BlackfirePageKind = 'channel-form' | 'channel-list' | 'other';

/** What the content script learned about the page it runs on (no secrets). */
export interface PageStatus {
  console: ConsoleName;
  page: PagerDutyPageKind | BlackfirePageKind;
  /** Whether the content script recognised what it looks for (a key, a form) on this page. */
  recognised: boolean;
  /** A console link worth offering in the checklist (e.g. the service's integrations page). */
  link?: string;
  /** On Blackfire's Notification Channels list: the text of each PagerDuty channel's row (names, no secrets). */
  pagerDutyChannels?: string[];
}

/** Where a key came from: everything except the secret itself. */
export interface KeyOrigin {
  serviceId: string;
  serviceName: string;
  integrationName: string;
  subdomain: string;
  region: Region;
}

/** A held key as the popup sees it: masked. The full key leaves the background only on request. */
export interface HeldKeySummary extends KeyOrigin {
  id: string;
  /** A name that tells this key apart from the other held keys (service, integration, account). */
  label: string;
  last4: string;
  isRuleset: boolean;
  capturedAt: number;
  /** `api`: taken or created through PagerDuty's REST API. */
  source: 'captured' | 'pasted' | 'api';
}

/** A held key as Blackfire's in-page chooser offers it: by its label, never the secret. */
export interface KeyChoice {
  id: string;
  label: string;
}

export type TestSeverity = 'warning' | 'critical';

export type OutcomeKind =
  | 'accepted'
  | 'rejected'
  | 'rate-limited'
  | 'unavailable'
  | 'timed-out'
  | 'network-unreachable';

/** The test incident as PagerDuty's REST API showed it. */
export interface IncidentSeen {
  number: number;
  urgency: 'high' | 'low';
  status: 'triggered' | 'acknowledged' | 'resolved';
  serviceName: string;
}

/**
 * What following an accepted test alert through PagerDuty's REST API found (only when connected
 * and the key's service is known): only `incident` confirms delivery.
 */
export type Delivery =
  | { state: 'waiting'; serviceName: string }
  | { state: 'incident'; incident: IncidentSeen }
  | { state: 'no-incident'; serviceName: string }
  | { state: 'unchecked'; reason: string };

export interface TestOutcome {
  kind: OutcomeKind;
  /** A human message, ready for the status region. */
  message: string;
  severity: TestSeverity;
  at: number;
  attempts: number;
  delivery?: Delivery;
}

export interface FillReport {
  ok: boolean;
  /** A human message: what was filled, or what failed. */
  message: string;
  keyFilled?: boolean;
  nameFilled?: boolean;
  /** The channel name the form holds after the fill (no secret): how the saved channel is recognised. */
  channelName?: string;
}

/** The last fill, with where it happened and whether Blackfire's channel list has shown it since. */
export interface FillRecord extends FillReport {
  /** The Blackfire environment of the filled form, when its URL names one. */
  environment: string | null;
  at: number;
  /** The environment's Notification Channels list showed a PagerDuty channel of that name. */
  saved: boolean;
}

/**
 * A field the person showed the extension by picking it (pick mode), as the page names it: what
 * survives a re-render, never a position in the page, never a key. Empty strings for what the
 * page does not say. `src/shared/learned.ts` builds, checks and matches these.
 */
export interface FieldDescription {
  /** The text of its `<label>` (else of what `aria-labelledby` names, else the caption just before it). */
  label: string;
  ariaLabel: string;
  placeholder: string;
  name: string;
  id: string;
  /** The heading of its form or dialog. */
  heading: string;
}

/** A learned field as stored (`storage.local`, not secret) and as the popup lists it. */
export interface LearnedField {
  id: string;
  console: ConsoleName;
  description: FieldDescription;
  at: number;
}

export interface PopupState {
  keys: HeldKeySummary[];
  selectedKeyId: string | null;
  remember: boolean;
  outcomes: Record<string, TestOutcome>;
  /** The active tab's page status, when the content script reported one. */
  activePage: PageStatus | null;
  /**
   * The console the active tab shows when its content script never reported (the tab was open
   * before the extension was installed or updated): reloading it is the way on.
   */
  unreportedConsole: ConsoleName | null;
  /** The key a capture in a console tab made the selected one, until the person chooses. */
  switchedTo: string | null;
  /** Whether a Blackfire PagerDuty-channel form is known to be open in some tab. */
  formAvailable: boolean;
  lastFill: FillRecord | null;
  /** Fields learned by picking, newest first. */
  learned: LearnedField[];
}

/** A service as the popup's REST service picker offers it. */
export interface RestServiceChoice {
  id: string;
  name: string;
  /** The name of the service's own Blackfire integration, which would be used instead of creating one. */
  blackfireIntegration: string | null;
}

/** The REST API connection as the popup sees it: never the API key itself. */
export interface RestState {
  connected: boolean;
  region: Region | null;
  /** The last listing of services (the one Connect made, or the last search). */
  services: RestServiceChoice[];
  query: string;
  /** Whether PagerDuty had more services than listed. */
  more: boolean;
}

export type Failure = { ok: false; message: string };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

/** Request payloads (without `type`) and responses, by message type. */
export interface MessageMap {
  // content script → background
  'page/status': { request: { status: PageStatus }; response: Result };
  /** The page is going away (pagehide): its report no longer holds. */
  'page/leaving': { request: Record<never, never>; response: Result };
  'pagerduty/capture-key': {
    request: { key: string; origin: KeyOrigin };
    response: Result<{ id: string }>;
  };
  /** The person clicked our in-page Fill on Blackfire: which keys could they pick (selected first)? */
  'blackfire/held-keys': { request: Record<never, never>; response: Result<{ keys: KeyChoice[] }> };
  /** The person clicked our in-page Fill on Blackfire (a trusted click). */
  'blackfire/key-for-fill': {
    request: { keyId?: string };
    response: Result<{ key: string; channelName: string }>;
  };
  'blackfire/fill-report': { request: { report: FillReport }; response: Result };
  /** The sender's console's learned field descriptions (asked once as the page starts). */
  'learn/descriptions': { request: Record<never, never>; response: Result<{ descriptions: FieldDescription[] }> };
  /** After a trusted pick: remember the picked field for the sender's console. */
  'learn/remember': { request: { description: FieldDescription }; response: Result };
  // extension page (popup) → background
  'popup/get-state': { request: { activeTabId?: number }; response: PopupState };
  'popup/add-key': { request: { input: string }; response: Result<{ id: string; note?: string }> };
  'popup/forget-key': { request: { id: string }; response: Result };
  'popup/select-key': { request: { id: string }; response: Result };
  'popup/reveal-key': { request: { id: string }; response: Result<{ key: string }> };
  'popup/set-remember': { request: { remember: boolean }; response: Result };
  'popup/fill': { request: { id: string; activeTabId?: number }; response: FillReport };
  /** Starts pick mode in the active tab, or (the popup opened as a tab) in the most recently active console tab. */
  'popup/start-pick': { request: { activeTabId?: number }; response: Result<{ console: ConsoleName }> };
  'popup/forget-learned': { request: { id: string }; response: Result };
  'popup/send-test': {
    request: { id: string; severity: TestSeverity };
    response: Result<{ outcome: TestOutcome }>;
  };
  // extension page (popup) → background: the REST API path
  'popup/rest-state': { request: Record<never, never>; response: RestState };
  'popup/rest-connect': { request: { apiKey: string }; response: Result<{ state: RestState }> };
  'popup/rest-disconnect': { request: Record<never, never>; response: Result };
  'popup/rest-search': { request: { query: string }; response: Result<{ state: RestState }> };
  /** Takes the service's Blackfire integration's key, creating the integration when it has none. */
  'popup/rest-blackfire-key': {
    request: { serviceId: string };
    response: Result<{ id: string; message: string }>;
  };
  // background → content script
  'content/fill': { request: { key: string; channelName: string }; response: FillReport };
  /** The popup's Pick button: the page shows the pick hint and waits for the person's click. */
  'content/start-pick': { request: Record<never, never>; response: Result };
  /** The console's learned fields changed (learned in another tab, or forgotten in the popup): recognise by these from now on. */
  'content/learned': { request: { descriptions: FieldDescription[] }; response: Result };
  /** Is this page still the console that reported? Asked where the browser hides the tab's URL. */
  'content/ping': { request: Record<never, never>; response: { console: ConsoleName } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = { type: T } & MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];
