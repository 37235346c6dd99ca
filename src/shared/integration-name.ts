/**
 * Blackfire's documented naming convention for the PagerDuty integration,
 * `<monitoring-tool>-<service-name>`: what the content script offers on PagerDuty's add form and
 * what the REST path creates and recognises. Its own module, so the content script's bundle
 * takes no REST code.
 */

/** `Shopping Cart` → `blackfire-Shopping-Cart`. */
export function conventionalIntegrationName(serviceName: string): string {
  return `blackfire-${serviceName.trim().replace(/\s+/g, '-')}`;
}

/** Named by the convention for some service, ignoring case (`Blackfire-Search`); the name for no service is the bare prefix. */
export const followsConvention = (name: string) => name.trim().toLowerCase().startsWith(conventionalIntegrationName(''));
