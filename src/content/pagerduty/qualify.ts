/** What to do with an Integration Key seen on a PagerDuty page: pure decisions over plain data. */

/** What the page says about the integration a key belongs to (empty when it does not say). */
export interface IntegrationFacts {
  integrationName: string;
  integrationType: string;
}

const BLACKFIRE = /blackfire/i;

/**
 * `capture` right away for the Blackfire integration (its name or type says so); for any other
 * integration only `offer` a button: the person decides.
 */
export function actionFor({ integrationName, integrationType }: IntegrationFacts): 'capture' | 'offer' {
  return BLACKFIRE.test(integrationName) || BLACKFIRE.test(integrationType) ? 'capture' : 'offer';
}

/**
 * The name the key is held under. Keys are held per integration name, so an unnamed one falls
 * back to its type, then to its last four characters, rather than replacing another unnamed key.
 */
export function integrationLabel({ integrationName, integrationType }: IntegrationFacts, key: string): string {
  return integrationName || integrationType || `Integration …${key.slice(-4)}`;
}

/** Blackfire's documented convention `<monitoring-tool>-<service-name>`: `blackfire-Shopping-Cart`. */
export function conventionalIntegrationName(serviceName: string): string {
  return `blackfire-${serviceName.trim().replace(/\s+/g, '-')}`;
}
