import { describe, expect, it } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { mayAlterList } from './list-changes';

const PAGE = `<div id="live"><span id="counter">42</span><svg id="chart"><path d="M0 0"/></svg></div>
  <section id="settings"><h2 id="title">Notification Channels</h2>
    <table><tr id="row"><td id="cell">PagerDuty – Search</td></tr></table>
    <div id="toolbar"><button id="add">Add Notification Channel</button></div></section>
  <style id="theme">.hidden{display:none}</style>`;

describe('mayAlterList', () => {
  it.each([
    ['a live counter', '#counter', false],
    ['a chart redrawn', '#chart', false],
    ['the box of live widgets', '#live', false],
    ['a title', '#title', true],
    ['a row, or a cell inside it', '#cell', true],
    ['a control, or the box holding it', '#toolbar', true],
    ['the section holding the list (its class may hide it)', '#settings', true],
    ['a style sheet', '#theme', true],
    ['the whole page', 'body', true],
  ])('a change in %s (%s) may alter the list: %s', (_what, selector, expected) => {
    showPage(PAGE);
    const scope = document.querySelector(selector);
    expect(scope).not.toBeNull();
    expect(mayAlterList(scope!)).toBe(expected);
  });
});
