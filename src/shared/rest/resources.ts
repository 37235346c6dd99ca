/**
 * The few fields the extension reads from PagerDuty's REST answers, read defensively: an answer
 * that lacks them is "not understood", never half-used. Field names are PagerDuty's (see
 * reference/pagerduty/rest-api.md); the readers return null for anything else.
 */
import { isPlainObject } from '../shape';

export interface PdIntegration {
  id: string;
  name: string;
  type: string;
  /** The vendor reference's `summary`, i.e. the vendor's name ("Blackfire.io"), when it has one. */
  vendorName: string | null;
  /** Present in full integration objects; missing from the published schema (see rest-api.md). */
  key: string | null;
}

export interface PdService {
  id: string;
  name: string;
  /** active | warning | critical | maintenance | disabled */
  status: string;
  /** The service's page on the account's own host, e.g. https://acme.pagerduty.com/service-directory/P…. */
  htmlUrl: string;
  /** Only with `include[]=integrations`; references (no key) otherwise. */
  integrations: PdIntegration[];
}

export interface PdVendor {
  id: string;
  name: string;
}

export interface PdIncident {
  id: string;
  number: number;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  serviceName: string;
}

/** One page of a list answer (`{<items>: [...], more}`). */
export interface ListPage<T> {
  items: T[];
  more: boolean;
}

type Fields = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readIntegration(value: unknown): PdIntegration | null {
  if (!isPlainObject(value)) return null;
  const id = text(value.id);
  if (id === null) return null;
  const vendor = isPlainObject(value.vendor) ? value.vendor : {};
  return {
    id,
    // A reference carries only `summary`, a full object `name` as well.
    name: text(value.name) ?? text(value.summary) ?? '',
    type: text(value.type) ?? '',
    vendorName: text(vendor.summary) ?? text(vendor.name),
    key: text(value.integration_key),
  };
}

function readService(value: unknown): PdService | null {
  if (!isPlainObject(value)) return null;
  const id = text(value.id);
  const name = text(value.name) ?? text(value.summary);
  if (id === null || name === null) return null;
  const integrations = Array.isArray(value.integrations) ? value.integrations.map(readIntegration) : [];
  return {
    id,
    name,
    status: text(value.status) ?? 'active',
    htmlUrl: text(value.html_url) ?? '',
    integrations: integrations.filter((integration) => integration !== null),
  };
}

function readVendor(value: unknown): PdVendor | null {
  if (!isPlainObject(value)) return null;
  const id = text(value.id);
  const name = text(value.name) ?? text(value.summary);
  return id === null || name === null ? null : { id, name };
}

function readIncident(value: unknown): PdIncident | null {
  if (!isPlainObject(value)) return null;
  const { id, incident_number: number, status, urgency } = value;
  if (typeof id !== 'string' || typeof number !== 'number') return null;
  if (status !== 'triggered' && status !== 'acknowledged' && status !== 'resolved') return null;
  if (urgency !== 'high' && urgency !== 'low') return null;
  const service = isPlainObject(value.service) ? value.service : {};
  return { id, number, status, urgency, serviceName: text(service.summary) ?? text(service.name) ?? '' };
}

function readList<T>(body: unknown, field: string, readItem: (value: unknown) => T | null): ListPage<T> | null {
  if (!isPlainObject(body) || !Array.isArray(body[field])) return null;
  const items = (body[field] as unknown[]).map(readItem);
  if (items.some((item) => item === null)) return null;
  return { items: items as T[], more: body.more === true };
}

function readOne<T>(body: unknown, field: string, readItem: (value: unknown) => T | null): T | null {
  return isPlainObject(body) ? readItem((body as Fields)[field]) : null;
}

export const readServicePage = (body: unknown) => readList(body, 'services', readService);
export const readVendorPage = (body: unknown) => readList(body, 'vendors', readVendor);
export const readIncidentPage = (body: unknown) => readList(body, 'incidents', readIncident);
export const readServiceAnswer = (body: unknown) => readOne(body, 'service', readService);
export const readIntegrationAnswer = (body: unknown) => readOne(body, 'integration', readIntegration);
