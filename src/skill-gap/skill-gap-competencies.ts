import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Level, ProficiencyStep } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import type { CompetencyGapResult, CompetencyGapRow } from '../model/competency-gap.js';
import type { Localizer } from '../base/localize.js';
import { stepUnderPointer, type LevelSliderController } from './level-slider.js';
import { levelTrack, sourceWord } from './skill-gap-chart.js';
import { barGeometry, trackAxis, type LevelAxis } from './skill-gap-layout.js';

/** The label of "no level on record" for a competency. */
const NONE = 'None';

/**
 * The steps of a competency slider: "None" (0), then the framework's levels by rank (1…n). The
 * slider works on these positions; `levelAtStep` turns one back into a level.
 */
export function competencySteps(index: FrameworkIndex, none = NONE): ProficiencyStep[] {
  return [{ value: 0, label: none }, ...index.levels.map((level, i) => ({ value: i + 1, label: level.label }))];
}

export function levelAtStep(index: FrameworkIndex, step: number): Level | undefined {
  return step > 0 ? index.levels[step - 1] : undefined;
}

const stepOf = (index: FrameworkIndex, level: Level | undefined) => (level ? index.levels.indexOf(level) + 1 : 0);

export interface CompetencyContext {
  index: FrameworkIndex;
  slider: LevelSliderController<number>;
  targetLabel: string;
  l10n: Localizer;
  /** The label of "no level". */
  noLevel: string;
  /** The page is being printed: every checklist open. */
  printing?: boolean;
}

function competencyRow(row: CompetencyGapRow, axis: LevelAxis, steps: readonly ProficiencyStep[], context: CompetencyContext): TemplateResult {
  const current = stepOf(context.index, row.current);
  const required = stepOf(context.index, row.required);
  const geometry = barGeometry({ current, required }, axis);
  const values = steps.map((s) => s.value);
  const valueAt = stepUnderPointer(steps);
  const pointer = (event: PointerEvent) => context.slider.pointer(event, row.competency, valueAt);
  const done = row.checklist.filter((item) => item.change === 'same').length;
  const { l10n } = context;
  const words = { competency: row.label, current: row.current?.label ?? context.noLevel, required: row.required.label };
  const status = row.met ? l10n.t('met') : l10n.t({ one: '{count} level to go', other: '{count} levels to go' }, { count: row.gap });
  const source = sourceWord(l10n, row.source);
  return html`<div part="competency" class="competency" data-competency-id=${row.competency}>
    <div
      class="row"
      role="slider"
      tabindex="0"
      aria-label=${`${l10n.t('{competency}: current {current}, target {required}, {status}', { ...words, status })}${source ? `; ${source}` : ''}`}
      aria-valuemin="0"
      aria-valuemax=${values[values.length - 1]}
      aria-valuenow=${current}
      aria-valuetext=${l10n.t('{current}, target {required}', words)}
      @keydown=${(event: KeyboardEvent) => context.slider.keydown(event, row.competency, values, current)}
    >
      <span class="name">${row.label}</span>
      ${levelTrack(geometry, axis, 'core', pointer)}
      <span class="values"
        ><bdi>${words.current}</bdi>${source ? html` <span class="muted">(${source})</span>` : nothing} ${l10n.t('→')} <bdi>${row.required.label}</bdi> ·
        <span class="gap-text ${row.met ? 'met' : ''}">${status}</span></span
      >
    </div>
    <details class="checklist-wrap" ?open=${!row.met || !!context.printing}>
      <summary>${l10n.t({ one: '{count} behaviour at {level}', other: '{count} behaviours at {level}' }, { count: row.checklist.length, level: row.required.label })}${done ? `, ${l10n.t('{count} already expected at your level', { count: done })}` : ''}</summary>
      <ul class="checklist">
        ${row.checklist.map(
          (item) => html`<li data-change=${item.change}>
            <span class="box" aria-hidden="true">${item.change === 'same' ? '✓' : ''}</span><span class="text" dir="auto">${item.text}</span>
            ${item.change === 'same'
              ? html`<span class="visually-hidden"> (${l10n.t('already expected at your level')})</span>`
              : html` <span class="tag ${item.change === 'changed' ? 'changed' : 'new'}">${l10n.t(item.change === 'changed' ? 'changed' : 'new')}</span>`}
          </li>`,
        )}
      </ul>
    </details>
  </div>`;
}

/** The competencies section: readiness in competency terms, one slider row per competency, each with its checklist. */
export function competencySection(result: CompetencyGapResult, context: CompetencyContext): TemplateResult {
  const { l10n } = context;
  const steps = competencySteps(context.index, context.noLevel);
  const axis = trackAxis(steps);
  return html`<section part="competencies" class="competencies" aria-labelledby="competencies-title">
    <h3 id="competencies-title">${l10n.t('Competencies')}</h3>
    <p class="competency-readiness">
      <strong>${l10n.t('{percent} ready', { percent: l10n.percent(result.readiness) })}</strong>:
      ${l10n.t('{met} of {count} competencies at or above the level {target} expects.', { met: result.met, count: result.rows.length, target: context.targetLabel })}
      <span class="muted">${l10n.t('Readiness = competencies at or above the target level ÷ competencies the target expects.')}</span>
    </p>
    ${result.rows.length === 0
      ? html`<p class="note">${l10n.t('{target} states no competency expectations.', { target: context.targetLabel })}</p>`
      : html`<div class="bars">
          <div class="axis" aria-hidden="true">
            <span></span>
            <div class="ticks">${steps.map((step) => html`<span dir="auto">${step.label}</span>`)}</div>
            <span></span>
          </div>
          ${repeat(result.rows, (row) => row.competency, (row) => competencyRow(row, axis, steps, context))}
        </div>`}
  </section>`;
}

export const competencyStyles = css`
  .competencies {
    margin-top: 1em;
  }
  .competency {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    border-top: 1px solid var(--_border);
    padding-top: 0.25em;
  }
  .checklist-wrap {
    grid-column: 1 / -1;
    margin: 0 0 0.543em 0.435em;
    font-size: 0.92em;
  }
  .checklist-wrap summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .checklist {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    columns: 2 22em;
    column-gap: 1.5em;
  }
  .checklist li {
    break-inside: avoid;
    margin: 0 0 0.3em;
    white-space: pre-line;
  }
  .checklist li[data-change='same'] {
    color: var(--_muted);
  }
  .checklist .box {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.4em;
    border: 1px solid currentColor;
    border-radius: 2px;
    font-size: 0.85em;
    line-height: 0.9em;
    text-align: center;
    vertical-align: -0.1em;
  }
  .tag.new {
    color: var(--_promotion);
  }
  .tag.changed {
    color: var(--_step-back);
  }
  .competency-readiness {
    margin: 0.25em 0 0.5em;
  }
`;
