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

/**
 * Our host's own rules. `all: initial !important` already sets every property the page could use
 * to hide or move it (visibility, opacity, position, transform, clip-path, pointer-events…) to its
 * initial value, and beats the page's `!important` rules on the host; the rest is what differs
 * from the initial values. Colours follow the person's light or dark scheme (`light-dark()`).
 */
const HOST = ':host{all:initial!important;display:inline-block!important;margin:2px 0 2px 6px!important;vertical-align:middle!important;font:12px/1.5 system-ui,sans-serif!important;color-scheme:light dark}';
const TEXT = 'color:light-dark(#1f2328,#e6edf3)';
/** An inline host's controls: buttons, and boxes (`.box`) that wrap them. */
const CONTROLS = `.box{display:inline-flex;flex-wrap:wrap;gap:4px;align-items:center}button{font:inherit;${TEXT};background:light-dark(#f6f8fa,#21262d);border:1px solid light-dark(#8c959f,#6e7681);border-radius:6px;padding:2px 10px;cursor:pointer}button:hover{background:light-dark(#eaeef2,#30363d)}button:focus-visible{outline:2px solid light-dark(#0969da,#4493f8);outline-offset:2px}`;
/** A status line next to our controls (`.status`), hidden while it says nothing. */
export const STATUS_STYLE = `.status{${TEXT}}.status:empty{display:none}`;
const NOTICE = ':host{position:fixed!important;right:16px!important;bottom:16px!important;z-index:2147483647!important;margin:0!important;max-width:360px!important}.box{display:block;padding:10px 14px;font-size:13px;color:light-dark(#fff,#e6edf3);background:light-dark(#24292f,#2d333b);border:1px solid light-dark(#24292f,#545d68);border-radius:8px;box-shadow:0 4px 12px #0005}';

/** A host element with its own shadow root and our styles (the host's, then `style`); `box` is where our content goes. */
function ourHost(kind: 'inline' | 'notice' | 'hint', style: string): { host: HTMLElement; box: HTMLElement } {
  const host = document.createElement('span');
  host.setAttribute(OUR_UI, '');
  host.dataset.kind = kind;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = document.createElement('style');
  sheet.textContent = HOST + style;
  const box = document.createElement('span');
  box.className = 'box';
  root.append(sheet, box);
  return { host, box };
}

/** The next-step hint (`hint.ts`): a fixed host at the viewport's corner, its box moved beside the control it names. */
const HINT = `${CONTROLS}:host{position:fixed!important;left:0!important;top:0!important;z-index:2147483647!important;margin:0!important}.box{position:absolute;display:flex;gap:8px;align-items:center;width:max-content;max-width:300px;padding:6px 6px 6px 12px;font-size:13px;color:light-dark(#fff,#e6edf3);background:light-dark(#24292f,#2d333b);border:1px solid light-dark(#24292f,#545d68);border-radius:8px;box-shadow:0 4px 12px #0005}`;

export const ourHint = (): { host: HTMLElement; box: HTMLElement } => ourHost('hint', HINT);

/**
 * An inline host that `placeNextTo` puts after a block-level box takes a line of its own, right
 * under that box (see `Placement.ownLine`), its left edge in line with it.
 */
const OWN_LINE = ':host([data-own-line]){display:block!important;margin:4px 0 10px!important}';

/** An inline host for our controls; `extraStyle` styles whatever else the caller puts in `box`. */
export const ourElement = (extraStyle = ''): { host: HTMLElement; box: HTMLElement } => ourHost('inline', OWN_LINE + CONTROLS + extraStyle);

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
const STRUCTURAL = 'tr, tbody, thead, tfoot, table, ul, ol, dl, [role=row], [role=rowgroup], [role=list], [role=table], [role=grid]';
/** Boxes that hold content of their own, where an appended element of ours stays inside its cell or item. */
const OWN_BOX = 'td, th, li, dt, dd, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader], [role=listitem]';
/** How far up we leave row layouts: past that, our element stays next to what it is about. */
const CLIMB_MAX = 4;

type LayoutStyle = Pick<CSSStyleDeclaration, 'display' | 'flexDirection' | 'gridAutoFlow' | 'gridTemplateColumns'>;

/**
 * Whether a box with this computed style lays its children out side by side, so that one more
 * child would shift the others: a flex row, or a grid of more than one column (or flowing by
 * column). A one-column grid only stacks its children, as many apps use it.
 */
export function placesSideBySide({ display, flexDirection, gridAutoFlow, gridTemplateColumns }: LayoutStyle): boolean {
  if (display.includes('flex')) return !flexDirection.startsWith('column');
  if (!display.includes('grid')) return false;
  const tracks = gridTemplateColumns.replace(/\[[^\]]*\]/g, ' ').trim().split(/\s+/).filter((track) => track !== 'none');
  return gridAutoFlow.includes('column') || tracks.length > 1;
}

export const laysOutInRow = (element: Element): boolean => placesSideBySide(getComputedStyle(element));

export interface Placement {
  /** Our element goes right after `target`, or at the end inside it. */
  position: 'after' | 'append';
  target: Element;
  /**
   * Our element takes a line of its own. It does after a block-level `target`: an inline element
   * there starts the line that whatever inline content follows also fills, such as a form's own
   * Save and Cancel buttons, and would sit in that row rather than with what it is about.
   */
  ownLine: boolean;
}

/** The outer display types (first keyword of the computed `display`) that start and end lines of their own. */
const BLOCK_LEVEL = new Set(['block', 'flex', 'grid', 'table', 'list-item', 'flow-root']);

const isBlockLevel = ({ display }: Pick<CSSStyleDeclaration, 'display'>): boolean => BLOCK_LEVEL.has(display.split(' ')[0] ?? '');

/**
 * Where an inline element of ours goes next to `anchor` without breaking the page's structure or
 * layout: never a child of a table row, a list or a `<dl>`, nor an item of a side-by-side flex or
 * grid row. It climbs out of such parents to the first ancestor that sits in ordinary flow, and
 * goes inside a table cell or list item rather than next to it. After a block-level box (a field's
 * group, say) it takes a line of its own, so it never joins the row of the page's buttons below.
 */
export function placementFor(anchor: Element): Placement {
  let node = anchor;
  for (let depth = 0; depth < CLIMB_MAX; depth++) {
    if (node.matches(OWN_BOX)) return { position: 'append', target: node, ownLine: false };
    const parent = node.parentElement;
    if (!parent || parent === node.ownerDocument.body || !(parent.matches(STRUCTURAL) || laysOutInRow(parent))) break;
    node = parent;
  }
  return { position: 'after', target: node, ownLine: isBlockLevel(getComputedStyle(node)) };
}

/** Puts `host` where `placementFor(anchor)` says, on a line of its own where it says so. */
export function placeNextTo(anchor: Element, host: Element): void {
  const { position, target, ownLine } = placementFor(anchor);
  host.toggleAttribute('data-own-line', ownLine);
  if (position === 'append') target.append(host);
  else target.after(host);
}

/** A trusted-click button in its own host, placed next to `anchor`; remove the host to remove it. */
export function addButton(anchor: Element, label: string, onClick: (button: HTMLButtonElement) => void): HTMLElement {
  const { host, box } = ourElement();
  box.append(trustedButton(label, onClick));
  placeNextTo(anchor, host);
  return host;
}

/**
 * A fixed note in the corner of the viewport, for text and our buttons (pick mode's Cancel): the
 * notice's rules come after the controls' so that its box stays one block around both.
 */
export const ourNotice = (): { host: HTMLElement; box: HTMLElement } => ourHost('notice', CONTROLS + NOTICE);

let notice: HTMLElement | undefined;

/** A short, polite confirmation in the corner of the page; it goes away by itself. */
export function showNotice(message: string): void {
  notice?.remove();
  const { host, box } = ourNotice();
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
