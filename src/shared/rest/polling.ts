/**
 * Following a test alert through PagerDuty: a 202 from the Events API means queued, not that an
 * incident exists, so the incident is looked for with backoff. Pure apart from the injected sleep.
 */

/** Waits before each look for the incident: quick at first, then every 5 s; 30 s in all. */
export const INCIDENT_WAITS_MS: readonly number[] = [1_000, 2_000, 3_000, 4_000, 5_000, 5_000, 5_000, 5_000];
/** Waits before each look for the resolved incident: 10 s in all. */
export const RESOLVE_WAITS_MS: readonly number[] = [1_000, 2_000, 3_000, 4_000];

export const totalSeconds = (waits: readonly number[]) => waits.reduce((sum, ms) => sum + ms, 0) / 1000;

/**
 * Sleeps each wait in turn and then asks `look`, until it finds something (not undefined) or the
 * waits run out. A thrown error ends the polling and reaches the caller.
 */
export async function pollUntilFound<T>(
  look: () => Promise<T | undefined>,
  waits: readonly number[],
  sleep: (ms: number) => Promise<void>,
): Promise<T | undefined> {
  for (const wait of waits) {
    await sleep(wait);
    const found = await look();
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The query of `GET /incidents` for one test alert. Never without an `incident_key`: an empty one
 * makes PagerDuty list every open incident of the account.
 */
export function incidentQuery(dedupKey: string, serviceId: string): [string, string][] {
  if (dedupKey.trim() === '') throw new Error('An incident is looked up by its dedup key, never without one');
  if (serviceId.trim() === '') throw new Error('An incident is looked up on its service, never on all of them');
  return [
    ['incident_key', dedupKey],
    ['service_ids[]', serviceId],
    ['date_range', 'all'],
  ];
}
