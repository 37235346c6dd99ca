/**
 * Pick mode, for when recognition misses: a hint on the page, an outline over what the pointer is
 * on, and the person's click on the field (or key) shows it to the extension. It starts only on
 * `content/start-pick`, which only our background sends (for the popup's Pick button); only a
 * trusted click picks, and that click does not reach the page. Escape, Cancel or a minute ends it.
 */
import { exactShape } from '../shared/shape';
import type { Result } from '../shared/messages';
import { OUR_UI, ourNotice, trustedButton } from './page-ui';
import { onBackgroundMessage } from './runtime';

const PICK_MS = 60_000;
const OUTLINE =
  'position:fixed;pointer-events:none;box-sizing:border-box;border:2px solid #0969da;border-radius:3px;box-shadow:0 0 0 2px #fff8;z-index:2147483647';

let current: AbortController | undefined;

/**
 * Shows the hint and waits for a trusted click on an element `pickable` accepts (it gives the
 * element to pick, or null); other clicks go to the page as usual, so the person can still open
 * a dialog or an accordion to reach the field.
 */
export function pickMode<T extends Element>(hint: string, pickable: (target: Element) => T | null, onPick: (picked: T) => void): void {
  current?.abort();
  const mode = new AbortController();
  current = mode;
  const listen = { capture: true, signal: mode.signal };
  const { host, box } = ourNotice();
  box.setAttribute('role', 'status');
  box.append(hint, ' ', trustedButton('Cancel', () => mode.abort(), mode.signal));
  const outline = document.createElement('span');
  outline.style.cssText = OUTLINE;
  outline.hidden = true;
  host.shadowRoot?.append(outline);
  document.documentElement.append(host);

  const candidate = (target: EventTarget | null) =>
    target instanceof Element && !target.closest(`[${OUR_UI}]`) ? pickable(target) : null;
  let hovered: T | null = null;
  const place = () => {
    outline.hidden = !hovered;
    if (!hovered) return;
    const { left, top, width, height } = hovered.getBoundingClientRect();
    Object.assign(outline.style, { left: `${left - 3}px`, top: `${top - 3}px`, width: `${width + 6}px`, height: `${height + 6}px` });
  };
  addEventListener('mouseover', (event) => ((hovered = candidate(event.target)), place()), listen);
  addEventListener('scroll', place, listen);
  addEventListener(
    'click',
    (event) => {
      const picked = candidate(event.target);
      // A page script's click() or dispatched event is not the person's: it picks nothing.
      if (!event.isTrusted || !picked) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      mode.abort();
      onPick(picked);
    },
    listen,
  );
  addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      // Only ours: the console's dialog must not close with it.
      event.preventDefault();
      event.stopImmediatePropagation();
      mode.abort();
    },
    listen,
  );
  const timer = setTimeout(() => mode.abort(), PICK_MS);
  mode.signal.addEventListener('abort', () => (clearTimeout(timer), host.remove()));
}

const isStartPick = exactShape({ type: (value) => value === 'content/start-pick' });

/** Answers the background's `content/start-pick` with `start`, which starts pick mode or says why not. */
export function answerStartPick(start: () => Result): void {
  onBackgroundMessage((message) => (isStartPick(message) ? Promise.resolve(start()) : undefined));
}
