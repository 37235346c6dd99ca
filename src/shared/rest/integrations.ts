/**
 * Which integration of a service to use for Blackfire, and how to create one. Pure: the REST
 * client feeds it PagerDuty's answers.
 */
import { conventionalIntegrationName, followsConvention } from '../integration-name';
import type { PdIntegration, PdVendor } from './resources';

/** PagerDuty's vendor (integration type) for Blackfire Monitoring; its id is not published. */
export const BLACKFIRE_VENDOR_NAME = 'Blackfire.io';
/** Email integrations have no Integration Key; everything else PagerDuty lists here takes events. */
const KEYLESS_TYPES = new Set(['generic_email_inbound_integration', 'generic_email_inbound_integration_reference']);

/**
 * Exactly this name, ignoring case and surrounding spaces. PagerDuty's `query` matches loosely
 * ("Blackfire.io" also finds look-alikes), so the match is made here.
 */
export const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const isBlackfireVendor = (vendor: PdVendor) => sameName(vendor.name, BLACKFIRE_VENDOR_NAME);

/**
 * The service's own integration for Blackfire, if it has one: a Blackfire.io integration first,
 * else one named by the convention. Either way nothing needs to be created.
 */
export function reusableIntegration(integrations: readonly PdIntegration[]): PdIntegration | undefined {
  const usable = integrations.filter((integration) => !KEYLESS_TYPES.has(integration.type));
  return (
    usable.find((integration) => integration.vendorName !== null && sameName(integration.vendorName, BLACKFIRE_VENDOR_NAME)) ??
    usable.find((integration) => followsConvention(integration.name))
  );
}

/**
 * The body of `POST /services/{id}/integrations`: a vendor integration names its vendor and no
 * type (PagerDuty derives it); without the vendor, a generic Events API v2 integration.
 */
export function newIntegrationBody(serviceId: string, serviceName: string, vendor: PdVendor | undefined) {
  const service = { id: serviceId, type: 'service_reference' };
  const name = conventionalIntegrationName(serviceName);
  return {
    integration: vendor
      ? { name, service, vendor: { id: vendor.id, type: 'vendor_reference' } }
      : { type: 'events_api_v2_inbound_integration', name, service },
  };
}
