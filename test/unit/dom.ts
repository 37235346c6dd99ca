/** Lays out a test page from markup (parsed by DOMParser, not through an HTML sink). */
export function showPage(markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}
