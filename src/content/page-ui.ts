/**
 * Our few in-page elements on both consoles, built with DOM APIs only (no HTML strings), marked
 * with `OUR_UI` so scans skip them. They live in the light DOM, where assistive technology (and
 * both browsers' automation) find them by role and name. Their actions run on trusted clicks
 * only: a page script's `element.click()` or dispatched event has `isTrusted === false`.
 */

/** Marks the elements we add, so page scans skip them. */
export const OUR_UI = 'data-blackfire-helper';

/** An element's text without our own elements': our labels must never read as the page's words. */
export function pageText(element: Element | null | undefined): string {
  if (!element) return '';
  if (!element.querySelector(`[${OUR_UI}]`)) return element.textContent?.trim() ?? '';
  const copy = element.cloneNode(true) as Element;
  for (const ours of copy.querySelectorAll(`[${OUR_UI}]`)) ours.remove();
  return copy.textContent?.trim() ?? '';
}

const BUTTON_STYLE =
  'margin:0 0 0 6px;padding:2px 8px;font:12px/1.6 system-ui,sans-serif;color:#1d1d1d;background:#fff;' +
  'border:1px solid #8a8a8a;border-radius:4px;cursor:pointer;vertical-align:middle';
const NOTICE_STYLE =
  'position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:360px;padding:10px 14px;' +
  'font:13px/1.4 system-ui,sans-serif;color:#fff;background:#1d1d1d;border-radius:6px;box-shadow:0 2px 8px #0006';

/** A small button (never a submit) whose `onClick` runs for the person's own clicks only. */
export function trustedButton(
  label: string,
  onClick: (button: HTMLButtonElement) => void,
  signal?: AbortSignal,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button'; // never submits the console's form
  button.textContent = label;
  button.style.cssText = BUTTON_STYLE;
  button.setAttribute(OUR_UI, '');
  button.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (event.isTrusted) onClick(button);
    },
    { signal },
  );
  return button;
}

/** A trusted-click button placed right after `anchor`. */
export function addButton(anchor: Element, label: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = trustedButton(label, onClick);
  anchor.after(button);
  return button;
}

let notice: HTMLElement | undefined;
/** A short, polite confirmation in the corner of the page; it goes away by itself. */
export function showNotice(message: string): void {
  notice?.remove();
  const element = document.createElement('div');
  element.setAttribute('role', 'status');
  element.setAttribute(OUR_UI, '');
  element.style.cssText = NOTICE_STYLE;
  element.textContent = message;
  document.body.append(element);
  notice = element;
  setTimeout(() => element.remove(), 6000);
}

/**
 * Sets a framework-controlled field the way typing does: the native value setter (the page's own
 * property overrides are invisible from this isolated world), then bubbling input and change.
 */
export function setFieldValue(field: HTMLInputElement, value: string): void {
  field.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
