/**
 * The radar of `<skill-gap view="radar">`, loaded on first use (a file of its own beside the
 * bundle): pages that show bars never download it. Spokes are sliders like the bars' rows.
 */
import { html, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { legend, rowValues, sliderLabel, type ChartContext } from './skill-gap-chart.js';
import { importanceMarker } from './skill-gap-layout.js';
import type { GapModel } from './skill-gap-model.js';
import { radarLayout, type RadarLayout } from './radar-layout.js';

/** The radar's part of the chart: the drawn radar, or why it cannot be drawn (then the chart shows bars). */
export type RadarChart = { kind: 'radar'; chart: TemplateResult } | Extract<RadarLayout, { kind: 'fallback' }>;

/** The radar for the width the chart has, or the reason it falls back to bars. */
export function radarChart(model: GapModel, context: ChartContext): RadarChart {
  const size = Math.max(160, Math.min(context.width, 640));
  const radius = Math.max(60, Math.min(170, size / 2 - 130));
  const layout = radarLayout(model.view.rows, model.steps, radius, context.rtl);
  return layout.kind === 'radar' ? { kind: 'radar', chart: radar(model, context, layout, size) } : layout;
}

function radar(model: GapModel, context: ChartContext, layout: Extract<RadarLayout, { kind: 'radar' }>, size: number): TemplateResult {
  const height = 2 * layout.radius + 70;
  const rows = new Map(model.view.rows.map((row) => [row.skill, row]));
  const values = model.steps.map((s) => s.value);
  return html`<div part="chart" class="radar">
    ${legend(context.l10n)}
    <svg width=${size} height=${height} viewBox="${-size / 2} ${-height / 2} ${size} ${height}" role="group" aria-label=${context.l10n.t('Skill gap radar, {count} skills', { count: model.view.rows.length })}>
      <g aria-hidden="true">
        ${layout.rings.map((ring) => svg`<circle class="ring" r=${ring.at}></circle>`)}
        ${layout.ringLabels.map((ring) => svg`<text class="ring-label" x=${ring.x} y=${ring.y} text-anchor="end">${ring.label}</text>`)}
        <path class="required-area" d=${layout.requiredPath}></path>
        <path class="current-line" d=${layout.currentPath}></path>
      </g>
      ${repeat(
        layout.spokes,
        (spoke) => spoke.skill,
        (spoke) => {
          const row = rows.get(spoke.skill)!;
          const valueAt = (event: PointerEvent) => {
            const svgRect = (event.currentTarget as SVGGElement).ownerSVGElement!.getBoundingClientRect();
            const dx = event.clientX - (svgRect.left + svgRect.width / 2);
            const dy = event.clientY - (svgRect.top + svgRect.height / 2);
            return layout.valueAt(dx * Math.sin(spoke.angle) - dy * Math.cos(spoke.angle));
          };
          const pointer = (event: PointerEvent) => context.slider.pointer(event, row.skill, valueAt);
          return svg`<g part="skill" class="spoke ${row.conflict ? 'conflict' : ''}" data-skill-id=${row.skill}
            role="slider" tabindex="0" aria-label=${sliderLabel(context, row)}
            aria-valuemin="0" aria-valuemax=${values[values.length - 1]} aria-valuenow=${row.current} aria-valuetext=${context.l10n.t('{current}, gap {gap}', { current: row.currentLabel, gap: row.gap })}
            @keydown=${(event: KeyboardEvent) => context.slider.keydown(event, row.skill, values, row.current)}
            @pointerdown=${pointer} @pointermove=${pointer} @pointerup=${pointer} @pointercancel=${pointer}>
            <line class="spoke-hit" x2=${spoke.end.x} y2=${spoke.end.y}></line>
            <line class="spoke-line" x2=${spoke.end.x} y2=${spoke.end.y}></line>
            <path class="marker ${row.importance}" transform="translate(${spoke.required.x},${spoke.required.y})" d=${importanceMarker(row.importance, 70)}></path>
            <circle class="current-dot" cx=${spoke.current.x} cy=${spoke.current.y} r="4"></circle>
            <text class="spoke-label" x=${spoke.label.x} y=${spoke.label.y} text-anchor=${spoke.label.anchor}>${row.conflict ? '⚠ ' : ''}${row.label}${row.gap > 0 ? ` (−${row.gap})` : ''}</text>
          </g>`;
        },
      )}
    </svg>
    <ul class="radar-values" aria-hidden="true">
      ${model.view.rows.map((row) => html`<li><bdi>${row.label}</bdi>: ${rowValues(context, row)}</li>`)}
    </ul>
  </div>`;
}
