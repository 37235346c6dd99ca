/**
 * Handing a key seen on a PagerDuty service page to the background, with its service and
 * integration (never the page's say-so about the account: the background checks it), and telling
 * the person with a short notice.
 */
import { NAME_MAX } from '../../shared/limits';
import type { PagerDutyPage } from '../../shared/pagerduty-pages';
import { pageText } from '../captions';
import { showNotice } from '../page-ui';
import { send } from '../runtime';
import type { KeySighting } from './collect';
import { integrationLabel } from './qualify';

export type ServicePage = PagerDutyPage & { serviceId: string };

/** The page's service name, cut to what the background accepts (an `<h1>` has no limit). */
export function serviceNameOf(page: ServicePage): string {
  const heading = pageText(document.querySelector('h1'));
  const name = heading || document.title.split(/ [-|·] /)[0]?.trim() || page.serviceId;
  return name.slice(0, NAME_MAX);
}

/** Whether the background now holds the key; no notice once `signal` says the person left the service. */
export async function captureKey(page: ServicePage, sighting: KeySighting, signal?: AbortSignal): Promise<boolean> {
  const integrationName = integrationLabel(sighting).slice(0, NAME_MAX);
  const answer = await send({
    type: 'pagerduty/capture-key',
    key: sighting.key,
    origin: { serviceId: page.serviceId, serviceName: serviceNameOf(page), integrationName, subdomain: page.subdomain, region: page.region },
  });
  if (signal?.aborted) return false;
  showNotice(
    answer?.ok
      ? `Blackfire helper: the Integration Key of “${integrationName}” is held. Open the extension to fill it into Blackfire.`
      : `Blackfire helper: ${answer?.message ?? 'the extension could not be reached; reload the page and try again.'}`,
  );
  return answer?.ok === true;
}
