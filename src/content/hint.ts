/**
 * The next-step hint: a small note that names the control the person should use next and sits
 * right next to it. It only points: nothing here clicks. It lives outside the page's flow (fixed,
 * in its own shadow root; inside the control's `<dialog>` when there is one, so a modal dialog
 * neither covers it nor makes it inert), so it moves no table column, list item or flex row; it
 * goes below the control, or above when there is no room below, so it never covers it. One hint
 * per page. A person's click on its × hides hints for the rest of this page's life: a module
 * variable, since sessionStorage is the page's to read and write.
 */
import { pageText } from './captions';
import { ourHint, trustedButton } from './page-ui';

export interface NextStep {
  anchor: Element;
  text: string;
}

/** What a next step can point at. */
export const CONTROLS = 'button, a[href], [role="button"], [role="tab"]';
/** Space between the control and the hint, in CSS pixels. */
const GAP = 6;

/**
 * The step at the first visible control whose text (or, without text, its aria-label) matches
 * `name`, with what `say` makes of that text; `null` when the page shows no such control.
 */
export function stepAt(root: ParentNode, name: RegExp, say: (name: string) => string): NextStep | null {
  for (const anchor of root.querySelectorAll(CONTROLS)) {
    const text = (pageText(anchor) || anchor.getAttribute('aria-label') || '').replace(/\s+/g, ' ');
    if (name.test(text) && anchor.checkVisibility({ visibilityProperty: true })) return { anchor, text: say(text) };
  }
  return null;
}

let dismissed = false;
let shown: (NextStep & { host: HTMLElement; box: HTMLElement; stop: AbortController }) | undefined;

/** Below the control, or above it when only there it fits; kept inside the viewport's width. */
function place(): void {
  if (!shown) return;
  const { anchor, host, box } = shown;
  const at = anchor.getBoundingClientRect();
  const { width, height } = box.getBoundingClientRect();
  // The host sits at its containing block's corner: the viewport, or a transformed ancestor.
  const origin = host.getBoundingClientRect();
  const above = at.bottom + GAP + height > innerHeight && at.top >= GAP + height;
  const left = Math.max(0, Math.min(at.left, innerWidth - width));
  box.style.translate = `${left - origin.left}px ${(above ? at.top - GAP - height : at.bottom + GAP) - origin.top}px`;
}

/**
 * Shows `step`'s hint next to its control (moving it when the step changed), or removes the hint
 * when there is no next step. The hint also goes when `signal` aborts (the page is left).
 */
export function showHint(step: NextStep | null, signal: AbortSignal): void {
  if (shown && (shown.anchor !== step?.anchor || shown.text !== step.text)) shown.stop.abort();
  if (!shown && step && !dismissed && !signal.aborted) {
    const { host, box } = ourHint();
    const stop = new AbortController();
    const gone = AbortSignal.any([stop.signal, signal]);
    const dismiss = trustedButton('×', () => ((dismissed = true), stop.abort()), gone);
    dismiss.setAttribute('aria-label', 'Dismiss hint');
    box.setAttribute('role', 'note');
    box.append(step.text, dismiss);
    (step.anchor.closest('dialog') ?? document.body).append(host);
    shown = { ...step, host, box, stop };
    // The control moves without a DOM change when something scrolls, resizes or animates.
    for (const type of ['scroll', 'resize', 'transitionend', 'animationend']) {
      addEventListener(type, place, { capture: true, passive: true, signal: gone });
    }
    // Only the hint shown can go: a new one is shown only after the last one went.
    gone.onabort = () => {
      host.remove();
      shown = undefined;
    };
  }
  place();
}
