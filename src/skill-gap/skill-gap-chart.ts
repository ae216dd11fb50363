import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../base/localize.js';
import type { Importance, RatingSource } from '../format/types.js';
import { IMPORTANCES, RATING_SOURCES, wordsOf } from '../format/vocabulary.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { rowSentence, type GapRowView } from './gap-view.js';
import { stepUnderPointer, type LevelSliderController } from './level-slider.js';
import type { GapModel } from './skill-gap-model.js';
import { levelLabel } from './gap-view.js';
import { barGeometry, importanceMarker, trackAxis, type BarGeometry, type LevelAxis } from './skill-gap-layout.js';

/** A muted aside after a value: " (self-rated)". */
export function aside(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html` <span class="muted">(${text})</span>` : nothing;
}

/** An importance ("core") in the element's language. */
export const importanceWord = (l10n: Localizer, importance: Importance) => l10n.t(IMPORTANCES[importance].label);

/** Where a rating comes from ("self-rated") in the element's language. */
export const sourceWord = (l10n: Localizer, source: RatingSource | undefined) => source && l10n.t(RATING_SOURCES[source].label);

/** "self (Working) and manager (Expert) differ by 3 steps". */
function conflictText(context: ChartContext, row: GapRowView): string {
  const { self, manager, steps } = row.conflict!;
  const label = (value: number) => levelLabel(context.index, value, context.l10n.t('None'));
  return context.l10n.t('self ({self}) and manager ({manager}) differ by {count} steps', { self: label(self), manager: label(manager), count: steps });
}

/** What the chart templates need from the element. */
export interface ChartContext {
  index: FrameworkIndex;
  view: 'bars' | 'radar';
  /** The width the radar has, in px (the bars need none: they are drawn in percent of their track). */
  width: number;
  slider: LevelSliderController<number>;
  l10n: Localizer;
  /** Right to left (dir="rtl", set or inherited): the radar is mirrored, as the bars are by CSS. Read for the radar only. */
  rtl: boolean;
  /** The radar, with `view="radar"` once it has loaded (skill-gap-radar.part.ts). */
  radar?: typeof import('./skill-gap-radar.part.js');
}

/** The skills chart: bars, or the radar when asked for and possible (else bars with the reason). */
export function skillChart(model: GapModel, context: ChartContext): TemplateResult {
  if (model.view.rows.length === 0) {
    return html`<div part="chart" class="note">${context.l10n.t('{target} lists no skill requirements.', { target: model.targetLabel })}</div>`;
  }
  let fallback: string | undefined;
  if (context.view === 'radar') {
    if (!context.radar) return html`<div part="chart" class="note" role="status">${context.l10n.t('Loading…')}</div>`;
    const radar = context.radar.radarChart(model, context);
    if (radar.kind === 'radar') return radar.chart;
    fallback = context.l10n.t(radar.reason, radar);
  }
  return html`<div part="chart" class="bars-wrap">
    ${fallback ? html`<p class="note" role="note">${fallback}</p>` : nothing} ${legend(context.l10n)} ${bars(model, context)}
  </div>`;
}

export function legend(l10n: Localizer): TemplateResult {
  const marker = (imp: Importance) =>
    html`<span><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path class="marker ${imp}" d=${importanceMarker(imp, 60)}></path></svg> ${l10n.t('required, {importance}', { importance: importanceWord(l10n, imp) })}</span>`;
  return html`<div class="legend" aria-hidden="true">
    ${wordsOf(IMPORTANCES).map(marker)}
    <span><svg width="18" height="10" aria-hidden="true"><rect class="current-bar" width="18" height="10"></rect></svg> ${l10n.t('current')}</span>
    <span><svg width="18" height="10" aria-hidden="true"><rect class="gap-bar" x="0.5" y="0.5" width="17" height="9"></rect></svg> ${l10n.t('gap')}</span>
  </div>`;
}

function bars(model: GapModel, context: ChartContext): TemplateResult {
  const axis = trackAxis(model.steps);
  return html`<div class="bars">
    <div class="axis" aria-hidden="true">
      <span></span>
      <div class="ticks">${model.steps.map((step) => html`<span dir="auto">${step.label}</span>`)}</div>
      <span></span>
    </div>
    ${repeat(
      model.view.groups,
      (group) => group.category,
      (group) => html`<div class="group" role="group" aria-label=${group.category}>
        <h3 class="category" dir="auto">${group.category}</h3>
        ${repeat(group.rows, (row) => row.skill, (row) => barRow(model, context, row, axis))}
      </div>`,
    )}
  </div>`;
}

/** The accessible name of a skill's slider (a bar row or a radar spoke). */
export function sliderLabel(context: ChartContext, row: GapRowView): string {
  const { l10n } = context;
  return [
    rowSentence(row, l10n),
    l10n.t('{importance} skill', { importance: importanceWord(l10n, row.importance) }),
    sourceWord(l10n, row.source),
    row.conflict ? conflictText(context, row) : undefined,
    row.was ? l10n.t('what-if, was {level}', { level: row.was.label }) : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

/** A position on a track (`trackAxis`): percent of the track's width. */
const percent = (at: number) => `${at}%`;

/**
 * A level track (skill or competency rows): the rail and its ticks, the gap outline, the current
 * bar and the required marker; a click or drag on it sets the level (`pointer`). `geometry` and
 * `axis` are in percent of the track's width (`trackAxis`); the marker sits in an `<svg>` of its
 * own placed at its percentage, as a `transform` takes no percentage.
 */
export function levelTrack(geometry: BarGeometry, axis: LevelAxis, importance: Importance, pointer: (event: PointerEvent) => void): TemplateResult {
  return html`<svg class="track" height="26" @pointerdown=${pointer} @pointermove=${pointer} @pointerup=${pointer} @pointercancel=${pointer}>
    <line class="rail" x1=${percent(geometry.origin)} x2=${percent(axis.ticks[axis.ticks.length - 1].at)} y1="13" y2="13"></line>
    ${axis.ticks.map((tick) => svg`<circle class="tick" cx=${percent(tick.at)} cy="13" r="2"></circle>`)}
    ${geometry.met ? nothing : svg`<rect class="gap-bar" x=${percent(geometry.current)} y="7.5" width=${percent(Math.max(0, geometry.required - geometry.current))} height="11"></rect>`}
    <rect class="current-bar" x=${percent(geometry.origin)} y="8" width=${percent(Math.max(0, geometry.current - geometry.origin))} height="10" rx="2"></rect>
    <svg x=${percent(geometry.required)} y="13" overflow="visible"><path class="marker ${importance}" d=${importanceMarker(importance)}></path></svg>
  </svg>`;
}

function barRow(model: GapModel, context: ChartContext, row: GapRowView, axis: LevelAxis): TemplateResult {
  const geometry = barGeometry(row, axis);
  const values = model.steps.map((s) => s.value);
  const valueAt = stepUnderPointer(model.steps);
  const pointer = (event: PointerEvent) => context.slider.pointer(event, row.skill, valueAt);
  return html`<div
    part="skill"
    class="row ${row.conflict ? 'conflict' : ''}"
    data-skill-id=${row.skill}
    role="slider"
    tabindex="0"
    aria-label=${sliderLabel(context, row)}
    aria-valuemin="0"
    aria-valuemax=${values[values.length - 1]}
    aria-valuenow=${row.current}
    aria-valuetext=${context.l10n.t('{current}, gap {gap}', { current: row.currentLabel, gap: row.gap })}
    @keydown=${(event: KeyboardEvent) => context.slider.keydown(event, row.skill, values, row.current)}
  >
    <span class="name"><bdi>${row.label}</bdi><span class="tag ${row.importance}">${importanceWord(context.l10n, row.importance)}</span></span>
    ${levelTrack(geometry, axis, row.importance, pointer)}
    <span class="values">${rowValues(context, row)}</span>
  </div>`;
}

export function rowValues(context: ChartContext, row: GapRowView): TemplateResult {
  const { l10n } = context;
  return html`<bdi>${row.currentLabel}</bdi>${aside(sourceWord(l10n, row.source))} ${l10n.t('→')}
    <bdi>${row.requiredLabel}</bdi> ·
    <span class="gap-text ${row.gap === 0 ? 'met' : ''}">${row.gap === 0 ? l10n.t('met') : l10n.t('gap {count}', { count: row.gap })}</span>
    ${row.conflict ? html`<br /><span class="flag">⚠ ${conflictText(context, row)}</span>` : nothing}
    ${row.was ? html`<br /><span class="what-if">${l10n.t('what-if, was {level}', { level: row.was.label })}${row.was.source ? ` (${sourceWord(l10n, row.was.source)})` : ''}</span>` : nothing}`;
}
