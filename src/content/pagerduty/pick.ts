/**
 * Pick mode on PagerDuty: the person clicks the key that recognition missed. It is captured for
 * the page's service, and the element's description is learned.
 */
import type { Result } from '../../shared/messages';
import { pagerDutyPageOf } from '../../shared/pagerduty-pages';
import { rememberPicked } from '../learned';
import { pickMode } from '../pick';
import { captureKey, type ServicePage } from './capture';
import { isField, sightingWith } from './collect';
import { anyKeyInField, anyKeyInText, keyCandidates } from './learned';

/**
 * The key an element's value or whole text holds; the page itself is not an element to pick. Our
 * own elements never show a key, so the plain text is enough (and cheap on every pointer move).
 */
function keyShownBy(element: Element) {
  if (element === document.body || element === document.documentElement) return null;
  return isField(element) ? anyKeyInField(element) : anyKeyInText(element, element.textContent ?? '');
}

function learn(element: Element): void {
  const candidates = keyCandidates(document.body);
  rememberPicked(candidates, candidates.findIndex((candidate) => candidate.element === element));
}

async function capturePicked(element: Element, page: ServicePage): Promise<void> {
  const found = keyShownBy(element);
  if (found && (await captureKey(page, sightingWith(element, found)))) learn(element);
}

export function pickKey(): Result {
  const page = pagerDutyPageOf(location.href);
  const serviceId = page?.serviceId;
  if (!page || !serviceId) return { ok: false, message: 'Open a PagerDuty service page to pick its key.' };
  pickMode('Click the Integration Key (Esc to cancel).', (target) => (keyShownBy(target) ? target : null), (element) => {
    void capturePicked(element, { ...page, serviceId });
  });
  return { ok: true };
}
