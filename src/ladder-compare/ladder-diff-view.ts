import { css, html, nothing, type TemplateResult } from 'lit';
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

export const diffStyles = css`
  .diff-head h2 {
    margin: 0 0 0.25em;
    font-size: 1.15em;
  }
  .diff-controls {
    display: flex;
    gap: 1em;
    align-items: center;
    flex-wrap: wrap;
    margin: 0.5em 0;
  }
  .diff-table {
    table-layout: fixed;
  }
  .diff-table thead th:first-child {
    width: 12em;
  }
  .diff-table th[scope='row'] {
    font-weight: 600;
  }
  .diff-table ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .behaviour {
    margin: 0 0 0.4em;
    padding: 0.2em 0.4em;
    border-inline-start: 3px solid transparent;
    white-space: pre-line;
  }
  .behaviour .change {
    display: inline-block;
    margin-inline-start: 0.25em;
    font-size: 0.75em;
    font-weight: 600;
    white-space: nowrap;
  }
  .behaviour[data-change='added'] {
    border-inline-start-color: var(--_new);
  }
  .behaviour[data-change='added'] .change {
    color: var(--_new);
  }
  .behaviour[data-change='changed'] {
    border-inline-start-color: var(--_changed);
  }
  .behaviour[data-change='changed'] .change {
    color: var(--_changed);
  }
  .behaviour[data-change='dropped'] {
    color: var(--_muted);
    border-inline-start-color: var(--_border);
  }
  .behaviour[data-change='dropped'] .change {
    color: var(--_muted);
  }
  .behaviour[data-change='same'] {
    color: var(--_muted);
  }
  .behaviour[data-change='same'] .change {
    font-weight: normal;
  }
  mark.words {
    background: var(--_changed-bg);
    color: inherit;
    border-radius: 2px;
  }
  del.words {
    text-decoration-color: var(--_muted);
  }
  .box {
    display: none;
  }
  @media (forced-colors: active) {
    /* The system's own pair for marked text (a forced CanvasText on Mark is unreadable in dark). */
    mark.words {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .diff-controls,
    .from-col,
    .scroll,
    .notices li:empty {
      display: none;
    }
    .diff-table thead th:first-child {
      width: 10em;
    }
    .diff-table tr {
      break-inside: avoid;
    }
    .behaviour {
      border-inline-start: none;
      padding-inline-start: 0;
      color: #000;
    }
    .behaviour .box {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-end: 0.4em;
      border: 1px solid #000;
      vertical-align: -0.1em;
    }
    .behaviour[data-change='same'] {
      color: #444;
    }
    mark.words {
      background: none;
      text-decoration: underline;
    }
  }
`;
