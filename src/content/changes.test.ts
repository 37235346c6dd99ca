import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showPage } from '../../test/unit/dom';
import { watchChanges } from './changes';
import { addButton, showNotice } from './page-ui';

/** Lets the MutationObserver deliver the changes made so far (it does so in a microtask). */
const afterMutations = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('watchChanges', () => {
  let stop: AbortController;
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    document.body.replaceChildren();
  });

  function watch(): Element[][] {
    const scans: Element[][] = [];
    watchChanges(document.body, { childList: true, characterData: true, attributes: true }, (scopes) => void scans.push([...scopes]), stop.signal);
    return scans;
  }

  it('scans the whole root first, then the parent of added nodes, the holder of changed text, the element of a changed attribute', async () => {
    showPage('<ul id="list"><li id="one">1</li></ul><p id="text">a</p><p id="flag"></p>');
    const scans = watch();
    document.getElementById('list')?.append(document.createElement('li'));
    await afterMutations();
    (document.getElementById('text')?.firstChild as Text).data = 'b';
    await afterMutations();
    document.getElementById('flag')?.setAttribute('class', 'on');
    await afterMutations();
    expect(scans.map((scopes) => scopes.map((scope) => scope.id || scope.tagName))).toEqual([['BODY'], ['list'], ['text'], ['flag']]);
  });

  it('scans each changed element of a batch once, and none inside another', async () => {
    showPage('<section id="outer"><div id="inner"></div></section><aside id="other"></aside>');
    const scans = watch();
    document.getElementById('inner')?.append('x');
    document.getElementById('outer')?.append('y');
    document.getElementById('inner')?.append('z');
    document.getElementById('other')?.append('w');
    await afterMutations();
    expect(scans.slice(1).map((scopes) => scopes.map((scope) => scope.id))).toEqual([['outer', 'other']]);
  });

  it('does no work for our own elements coming and going, nor after the signal aborted', async () => {
    showPage('<p id="anchor">key</p>');
    const scans = watch();
    const host = addButton(document.getElementById('anchor')!, 'Use for Blackfire', () => {});
    showNotice('held');
    await afterMutations();
    host.remove();
    await afterMutations();
    expect(scans).toHaveLength(1);

    stop.abort();
    document.getElementById('anchor')?.append('!');
    await afterMutations();
    expect(scans).toHaveLength(1);
  });
});
