import { ENGLISH, type Localizer } from '../base/localize.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PayBand, Role } from '../format/types.js';
import { formatMoney } from '../model/pay.js';
import type { GridFocusController } from './grid-focus.js';
import type { CellBand, CompareCell, CompareLayout, CompareRow } from './ladder-compare-layout.js';
import type { DiffItem } from './ladder-diff.js';

/** How much pay the element shows, for pay-transparency policies. */
export type PayVisibility = 'full' | 'range' | 'hidden';

/** What the cell templates need from the element. */
export interface CellContext {
  layout: CompareLayout;
  pay: PayVisibility;
  locale: string | undefined;
  /** The UI strings (English when unset). */
  l10n?: Localizer;
  /** Ids of the level rows whose expectations are shown. */
  expanded: ReadonlySet<string>;
  grid: GridFocusController;
  selectRole: (roleId: string) => void;
  /** Levels can be picked for a diff (one framework with competencies). */
  canDiff: boolean;
}

const money = (amount: number, band: PayBand, context: CellContext) => formatMoney(amount, band.currency, context.locale);

const percent = (value: number, context: CellContext) =>
  new Intl.NumberFormat(context.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Notes above the grid: input that could not be honoured, and how to read the pay bars. */
export function notices(context: CellContext): TemplateResult | typeof nothing {
  const { layout } = context;
  const notes: Array<string | TemplateResult> = [...layout.problems];
  if (context.pay !== 'hidden') {
    if (layout.region === undefined) notes.push('This framework has no pay bands.');
    else if (!layout.regionHasBands) notes.push(`There are no pay bands for the ${layout.region} region.`);
    else {
      for (const scale of layout.scales) {
        notes.push(`Pay bars: ${layout.region} base pay in ${scale.currency}, on one scale from ${formatMoney(scale.domain[0], scale.currency, context.locale)} to ${formatMoney(scale.domain[1], scale.currency, context.locale)}.`);
      }
      if (layout.scales.length > 1) {
        notes.push(`Bands in ${layout.scales.map((s) => s.currency).join(' and ')} are drawn on separate scales: compare bar lengths only within one currency.`);
      }
    }
  }
  if (notes.length === 0) return nothing;
  return html`<ul part="notice" class="notices">${notes.map((note) => html`<li>${note}</li>`)}</ul>`;
}

function payBar(entry: CellBand, cell: CompareCell, context: CellContext): TemplateResult {
  const { band, bar } = entry;
  const width = Math.max(bar.max - bar.min, 0.5);
  const full = context.pay === 'full';
  const named = cell.bands.length > 1 || cell.unbanded.length > 0;
  return html`<div class="pay" data-band=${entry.key} data-band-family=${band.family ?? '*'}>
    ${named ? html`<div class="pay-roles">${entry.roles.map((r) => r.title).join(', ')}</div>` : nothing}
    <svg part="pay-bar" class="bar" aria-hidden="true" width="100%" height="14">
      <rect class="track" x="0" y="5" width="100%" height="4" rx="2"></rect>
      <rect class="range" x="${bar.min}%" y="2" width="${width}%" height="10" rx="3"></rect>
      ${full ? svg`<line class="mid" x1="${bar.mid}%" x2="${bar.mid}%" y1="0" y2="14"></line>` : nothing}
    </svg>
    <div class="pay-text">
      ${money(band.base.min, band, context)} – ${money(band.base.max, band, context)}
      ${full ? html`<span class="muted">· mid ${money(band.base.mid ?? (band.base.min + band.base.max) / 2, band, context)}</span>` : nothing}
    </div>
    ${full && band.bonusTargetPercent !== undefined ? html`<div class="pay-extra">Bonus target ${percent(band.bonusTargetPercent, context)}</div>` : nothing}
    ${full && band.equity && (band.equity.min !== undefined || band.equity.max !== undefined)
      ? html`<div class="pay-extra" title=${band.equity.note ?? nothing}>Equity ${money(band.equity.min ?? 0, band, context)} – ${money(band.equity.max ?? band.equity.min ?? 0, band, context)} a year</div>`
      : nothing}
    <span class="visually-hidden">${context.layout.region} band</span>
  </div>`;
}

function pay(cell: CompareCell, context: CellContext): TemplateResult | typeof nothing {
  const { layout } = context;
  if (context.pay === 'hidden' || !layout.regionHasBands || cell.roles.length === 0) return nothing;
  const titles = (roles: readonly Role[]) => roles.map((r) => r.title).join(', ');
  return html`${cell.bands.map((entry) => payBar(entry, cell, context))}
    ${cell.unbanded.length > 0
      ? html`<p class="no-band">no ${layout.region} band${cell.bands.length > 0 ? ` for ${titles(cell.unbanded)}` : ''}</p>`
      : nothing}`;
}

/**
 * The highlight tags of a behaviour, milestone or competency (`parent`: tags already shown on its
 * heading). Short visible words; the full wording is in the text for screen readers and tests.
 */
function tags(item: Pick<DiffItem, 'isNew' | 'differs' | 'change'>, layout: CompareLayout, parent?: Pick<DiffItem, 'isNew' | 'differs'>): TemplateResult {
  return html`${item.isNew && !parent?.isNew ? html` <span class="tag new" title="new at this level">new<span class="visually-hidden"> at this level</span></span>` : nothing}${item.change === 'changed'
    ? html` <span class="tag changed" title="reworded from the level below">changed<span class="visually-hidden"> from the level below</span></span>`
    : nothing}${item.differs && !parent?.differs
    ? html` <span class="tag differs" title="differs from ${layout.contrast}">differs<span class="visually-hidden"> from ${layout.contrast}</span></span>`
    : nothing}`;
}

function expectations(cell: CompareCell, layout: CompareLayout): TemplateResult {
  if (cell.roles.length === 0) return html``;
  return html`<div class="expectations">
    <p class="muted">
      ${cell.hasLevelBelow ? html`<span class="tag new">new</span> at this level · ` : html`First level of this ${cell.column.track ? 'track' : 'column'}: nothing below to compare with. `}
      ${layout.columns.length > 1 ? html`<span class="tag differs">differs</span> from ${layout.contrast}` : nothing}
    </p>
    ${cell.expectations.map(
      (group) => html`<h4>${group.label}${tags(group, layout)}</h4>
        <ul>${group.items.map((item) => html`<li data-change=${item.change ?? nothing}>${item.text}${tags(item, layout, group)}</li>`)}</ul>`,
    )}
    ${cell.milestones.map(
      (entry) => html`<h4>Milestones${cell.roles.length > 1 ? html`: ${entry.role.title}` : nothing}</h4>
        <ul>${entry.items.map((item) => html`<li>${item.text}${tags(item, layout)}</li>`)}</ul>`,
    )}
    ${cell.expectations.length === 0 && cell.milestones.length === 0 ? html`<p class="muted">No expectations or milestones recorded.</p>` : nothing}
  </div>`;
}

/** One cell of the grid: its roles, pay and (when its row is expanded) expectations. */
export function cellTemplate(cell: CompareCell, row: CompareRow, r: number, c: number, context: CellContext): TemplateResult {
  const tab = context.grid.tabIndex(r, c);
  return html`<td part="cell" class="cell" data-cell="${r}:${c}" data-column-id=${cell.column.id} tabindex=${tab}>
    ${cell.trackLevelLabels.length > 0 ? html`<div class="track-level">${cell.trackLevelLabels.join(', ')}</div>` : nothing}
    ${cell.levels.length === 0
      ? html`<p class="empty">No equivalent level</p>`
      : cell.roles.length === 0
        ? html`<p class="empty">${(context.l10n ?? ENGLISH).t('noRoleAtLevel')}</p>`
        : html`<ul class="roles">
            ${cell.roles.map(
              ({ role, isSelected }) => html`<li class=${isSelected ? 'selected' : ''}>
                <button part="role" class="role" data-role-id=${role.id} tabindex=${tab} @click=${() => context.selectRole(role.id)}>${role.title}</button>
                ${isSelected ? html`<span class="here">${(context.l10n ?? ENGLISH).t('hereTag')}</span>` : nothing}
                ${role.focusAreas?.length
                  ? html`<ul class="focus" aria-label="Focus areas">${role.focusAreas.map((area) => html`<li>${area.label}</li>`)}</ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    ${pay(cell, context)}
    ${context.expanded.has(row.id) ? expectations(cell, context.layout) : nothing}
  </td>`;
}
