/**
 * Our few in-page elements on both consoles, built with DOM APIs only (no HTML strings). Each
 * lives in a shadow root of its own host element, marked with `OUR_UI` so scans skip it: the
 * page's CSS cannot restyle what is inside, and the `!important` rules on `:host` win over the
 * page's own `!important` rules on the host, so a hostile page cannot hide, shrink or move our
 * button under the pointer with a stylesheet. The root is open so that assistive technology and
 * automation reach it like any light-DOM control. Actions run on trusted clicks only: a page
 * script's `element.click()` or dispatched event has `isTrusted === false`.
 */

/** Marks the host elements we add, so page scans skip them. */
export const OUR_UI = 'data-blackfire-helper';

const STYLE = `
:host { all: initial !important; display: inline-block !important; position: static !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
  clip-path: none !important; pointer-events: auto !important; margin: 2px 0 2px 6px !important; vertical-align: middle !important;
  font: 12px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif !important; color-scheme: light dark; }
:host([data-kind="notice"]) { position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; margin: 0 !important; max-width: 360px !important; }
:host([data-kind="hint"]) { position: fixed !important; left: 0 !important; top: 0 !important;
  z-index: 2147483647 !important; margin: 0 !important; }
:host([data-kind="hint"]) .notice { position: absolute; display: flex; gap: 8px; align-items: center;
  width: max-content; max-width: 300px; padding: 6px 6px 6px 12px; }
.box { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; }
button { font: inherit; color: #1f2328; background: #f6f8fa; border: 1px solid #8c959f; border-radius: 6px;
  padding: 2px 10px; cursor: pointer; }
button:hover { background: #eaeef2; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
[role="status"]:empty { display: none; }
.notice { display: block; padding: 10px 14px; font-size: 13px; color: #fff; background: #24292f; border-radius: 8px;
  box-shadow: 0 4px 12px #0005; }
.status { color: #1f2328; }
@media (prefers-color-scheme: dark) {
  button { color: #e6edf3; background: #21262d; border-color: #6e7681; }
  button:hover { background: #30363d; }
  button:focus-visible { outline-color: #4493f8; }
  .notice { color: #e6edf3; background: #2d333b; border: 1px solid #545d68; }
  .status { color: #e6edf3; }
}`;

/** A host element with its own shadow root and our styles; `box` is where our controls go. */
export function ourElement(kind: 'inline' | 'notice' | 'hint'): { host: HTMLElement; box: HTMLElement } {
  const host = document.createElement('span');
  host.setAttribute(OUR_UI, '');
  host.dataset.kind = kind;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('span');
  box.className = kind === 'inline' ? 'box' : 'notice';
  root.append(style, box);
  return { host, box };
}

/** A small button (never a submit) whose `onClick` runs for the person's own clicks only. */
export function trustedButton(
  label: string,
  onClick: (button: HTMLButtonElement) => void,
  signal?: AbortSignal,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button'; // never submits the console's form
  button.textContent = label;
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

/** Elements whose children the page lays out itself: a child of ours would be an extra cell, item or term. */
const STRUCTURAL = 'tr, tbody, thead, tfoot, table, ul, ol, dl, [role="row"], [role="rowgroup"], [role="list"], [role="table"], [role="grid"]';
/** Boxes that hold content of their own, where an appended element of ours stays inside its cell or item. */
const OWN_BOX = 'td, th, li, dt, dd, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"], [role="listitem"]';
/** How far up we leave row layouts: past that, our element stays next to what it is about. */
const CLIMB_MAX = 4;

/** Whether `element` lays its children out side by side: one more child would shift the others. */
export function laysOutInRow(element: Element): boolean {
  const { display, flexDirection } = getComputedStyle(element);
  return display.includes('grid') || (display.includes('flex') && !flexDirection.startsWith('column'));
}

export interface Placement {
  /** Our element goes right after `target`, or at the end inside it. */
  position: 'after' | 'append';
  target: Element;
}

/**
 * Where an inline element of ours goes next to `anchor` without breaking the page's structure or
 * layout: never a child of a table row, a list or a `<dl>`, nor an item of a side-by-side flex or
 * grid row. It climbs out of such parents to the first ancestor that sits in ordinary flow, and
 * goes inside a table cell or list item rather than next to it.
 */
export function placementFor(anchor: Element, inRow: (element: Element) => boolean = laysOutInRow): Placement {
  let node = anchor;
  for (let depth = 0; depth < CLIMB_MAX; depth++) {
    if (node.matches(OWN_BOX)) return { position: 'append', target: node };
    const parent = node.parentElement;
    if (!parent || parent === node.ownerDocument.body || !(parent.matches(STRUCTURAL) || inRow(parent))) break;
    node = parent;
  }
  return { position: 'after', target: node };
}

/** Puts `host` where `placementFor(anchor)` says. */
export function placeNextTo(anchor: Element, host: Element): void {
  const { position, target } = placementFor(anchor);
  if (position === 'append') target.append(host);
  else target.after(host);
}

/** A trusted-click button in its own host, placed next to `anchor`; remove the host to remove it. */
export function addButton(anchor: Element, label: string, onClick: (button: HTMLButtonElement) => void): HTMLElement {
  const { host, box } = ourElement('inline');
  box.append(trustedButton(label, onClick));
  placeNextTo(anchor, host);
  return host;
}

let notice: HTMLElement | undefined;

/** A short, polite confirmation in the corner of the page; it goes away by itself. */
export function showNotice(message: string): void {
  notice?.remove();
  const { host, box } = ourElement('notice');
  box.setAttribute('role', 'status');
  box.textContent = message;
  document.body.append(host);
  notice = host;
  setTimeout(() => host.remove(), 6000);
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
