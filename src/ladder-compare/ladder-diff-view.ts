import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../base/localize.js';
import type { BehaviourChange, BehaviourDiff, TextPart } from '../model/level-diff.js';
import type { DiffLayout } from './ladder-diff-layout.js';

/** What the diff view needs from the element. */
export interface DiffContext {
  onlyChanges: boolean;
  setOnlyChanges: (on: boolean) => void;
  close: () => void;
  l10n: Localizer;
}

/** Words for screen readers and print after each behaviour (the colour and mark say it to the eye). */
const CHANGE_TEXT: Readonly<Record<BehaviourChange, string>> = Object.freeze({
  added: 'new',
  changed: 'changed',
  same: 'already expected',
  dropped: 'no longer listed',
});

/** A text in parts, the changed words inside `<mark>` (destination) or `<del>` (origin). */
function marked(parts: readonly TextPart[], side: 'from' | 'to'): TemplateResult {
  return html`${parts.map((part) =>
    !part.changed ? part.text : side === 'to' ? html`<mark class="words">${part.text}</mark>` : html`<del class="words">${part.text}</del>`,
  )}`;
}

function behaviour(item: BehaviourDiff, side: 'from' | 'to', l10n: Localizer): TemplateResult {
  const parts = item.change === 'changed' ? (side === 'to' ? item.parts : item.fromParts) : undefined;
  const text = side === 'from' ? (item.from ?? item.text) : item.text;
  return html`<li class="behaviour" data-change=${item.change}>
    ${side === 'to' ? html`<span class="box" aria-hidden="true"></span>` : nothing}<span class="text">${parts ? marked(parts, side) : text}</span>
    <span class="change">${l10n.t(CHANGE_TEXT[item.change])}</span>
  </li>`;
}


/** The diff of two levels: competencies as rows, the two levels side by side. */
export function diffView(layout: DiffLayout, context: DiffContext): TemplateResult {
  const { l10n } = context;
  const title = l10n.t('From {from} to {to}', { from: layout.from.label, to: layout.to.label });
  const nothingAt = (end: { label: string }) => html`<p class="muted">${l10n.t('Nothing stated at {level}.', { level: end.label })}</p>`;
  return html`<section part="diff" class="diff" aria-labelledby="diff-title">
    <div class="diff-head">
      <h2 id="diff-title">${title}</h2>
      <p class="summary">${l10n.t('{added} new, {changed} changed, {dropped} no longer listed, {same} already expected.', { ...layout.diff.counts })}</p>
      <div class="diff-controls">
        <label class="filter"
          ><input type="checkbox" part="diff-filter" .checked=${context.onlyChanges} @change=${(e: Event) => context.setOnlyChanges((e.target as HTMLInputElement).checked)} />
          ${l10n.t('Only what changes')}</label
        >
        <button type="button" part="diff-close" @click=${context.close}>${l10n.t('Back to the ladder')}</button>
      </div>
      ${layout.notes.length ? html`<ul part="notice" class="notices">${layout.notes.map((note) => html`<li>${l10n.t(note.text, note.words)}</li>`)}</ul>` : nothing}
    </div>
    ${layout.rows.length === 0
      ? html`<p class="muted">${l10n.t(layout.hiddenRows > 0 ? 'No competency changes between these two levels.' : 'Neither level states competency expectations here.')}</p>`
      : html`<table class="diff-table">
          <caption class="visually-hidden">${l10n.t('{title}, competency by competency', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">${l10n.t('Competency')}</th>
              <th scope="col" class="from-col" dir="auto">${layout.from.label}</th>
              <th scope="col" dir="auto">${layout.to.label}</th>
            </tr>
          </thead>
          <tbody>
            ${layout.rows.map(
              (row) => html`<tr part="competency" data-competency-id=${row.competency} class=${row.changes ? 'changes' : 'unchanged'}>
                <th scope="row" dir="auto">${row.label}</th>
                <td class="from-col">
                  ${row.from.length ? html`<ul>${row.from.map((b) => behaviour(b, 'from', l10n))}</ul>` : nothingAt(layout.from)}
                </td>
                <td>${row.to.length ? html`<ul>${row.to.map((b) => behaviour(b, 'to', l10n))}</ul>` : nothingAt(layout.to)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`}
    ${layout.hiddenRows > 0 ? html`<p class="muted hidden-rows">${l10n.t({ one: '{count} competency does not change (hidden).', other: '{count} competencies do not change (hidden).' }, { count: layout.hiddenRows })}</p>` : nothing}
  </section>`;
}
