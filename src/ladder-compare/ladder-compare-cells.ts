import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Localizer } from '../base/localize.js';
import type { PayBand, Role } from '../format/types.js';
import type { GridFocusController } from './grid-focus.js';
import type { CellBand, CompareCell, CompareLayout, CompareRow } from './ladder-compare-layout.js';
import type { DiffItem } from './ladder-diff.js';

/** How much pay the element shows, for pay-transparency policies. */
export type PayVisibility = 'full' | 'range' | 'hidden';

/** What the cell templates need from the element. */
export interface CellContext {
  layout: CompareLayout;
  pay: PayVisibility;
  /** The UI strings and number formats of the element's language. */
  l10n: Localizer;
  /** Ids of the level rows whose expectations are shown. */
  expanded: ReadonlySet<string>;
  grid: GridFocusController;
  selectRole: (roleId: string) => void;
  /** Levels can be picked for a diff (one framework with competencies). */
  canDiff: boolean;
}

const money = (amount: number, band: PayBand, context: CellContext) => context.l10n.money(amount, band.currency);

/** Notes above the grid: input that could not be honoured, and how to read the pay bars. */
export function notices(context: CellContext): TemplateResult | typeof nothing {
  const { layout, l10n } = context;
  const notes: Array<string | TemplateResult> = [...layout.problems];
  const region = layout.region ?? '';
  if (context.pay !== 'hidden') {
    if (layout.region === undefined) notes.push(l10n.t('This framework has no pay bands.'));
    else if (!layout.regionHasBands) notes.push(l10n.t('There are no pay bands for the {region} region.', { region }));
    else {
      for (const { currency, domain } of layout.scales) {
        notes.push(l10n.t('Pay bars: {region} base pay in {currency}, on one scale from {min} to {max}.', { region, currency, min: l10n.money(domain[0], currency), max: l10n.money(domain[1], currency) }));
      }
      if (layout.scales.length > 1) {
        notes.push(l10n.t('Bands in {currencies} are drawn on separate scales: compare bar lengths only within one currency.', { currencies: l10n.list(layout.scales.map((s) => s.currency)) }));
      }
    }
  }
  if (notes.length === 0) return nothing;
  return html`<ul part="notice" class="notices">${notes.map((note) => html`<li>${note}</li>`)}</ul>`;
}

function payBar(entry: CellBand, cell: CompareCell, context: CellContext): TemplateResult {
  const { band, bar } = entry;
  const { l10n } = context;
  const width = Math.max(bar.max - bar.min, 0.5);
  const full = context.pay === 'full';
  const named = cell.bands.length > 1 || cell.unbanded.length > 0;
  return html`<div class="pay" data-band=${entry.key} data-band-family=${band.family ?? '*'}>
    ${named ? html`<div class="pay-roles">${l10n.list(entry.roles.map((r) => r.title), 'unit')}</div>` : nothing}
    <svg part="pay-bar" class="bar" aria-hidden="true" width="100%" height="14">
      <rect class="track" x="0" y="5" width="100%" height="4" rx="2"></rect>
      <rect class="range" x="${bar.min}%" y="2" width="${width}%" height="10" rx="3"></rect>
      ${full ? svg`<line class="mid" x1="${bar.mid}%" x2="${bar.mid}%" y1="0" y2="14"></line>` : nothing}
    </svg>
    <div class="pay-text">
      ${money(band.base.min, band, context)} – ${money(band.base.max, band, context)}
      ${full ? html`<span class="muted">· ${l10n.t('mid {amount}', { amount: money(band.base.mid ?? (band.base.min + band.base.max) / 2, band, context) })}</span>` : nothing}
    </div>
    ${full && band.bonusTargetPercent !== undefined
      ? html`<div class="pay-extra">${l10n.t('Bonus target {percent}', { percent: l10n.percent(band.bonusTargetPercent / 100, { maximumFractionDigits: 1 }) })}</div>`
      : nothing}
    ${full && band.equity && (band.equity.min !== undefined || band.equity.max !== undefined)
      ? html`<div class="pay-extra" title=${band.equity.note ?? nothing}>
          ${l10n.t('Equity {min} – {max} a year', { min: money(band.equity.min ?? 0, band, context), max: money(band.equity.max ?? band.equity.min ?? 0, band, context) })}
        </div>`
      : nothing}
    <span class="visually-hidden">${l10n.t('{region} band', { region: context.layout.region ?? '' })}</span>
  </div>`;
}

function pay(cell: CompareCell, context: CellContext): TemplateResult | typeof nothing {
  const { layout, l10n } = context;
  if (context.pay === 'hidden' || !layout.regionHasBands || cell.roles.length === 0) return nothing;
  const titles = (roles: readonly Role[]) => l10n.list(roles.map((r) => r.title));
  const region = layout.region ?? '';
  return html`${cell.bands.map((entry) => payBar(entry, cell, context))}
    ${cell.unbanded.length > 0
      ? html`<p class="no-band">${cell.bands.length > 0 ? l10n.t('no {region} band for {roles}', { region, roles: titles(cell.unbanded) }) : l10n.t('no {region} band', { region })}</p>`
      : nothing}`;
}

/**
 * The highlight tags of a behaviour, milestone or competency (`parent`: tags already shown on its
 * heading). Short visible words; the full wording is in the text for screen readers and tests.
 */
function tags(item: Pick<DiffItem, 'isNew' | 'differs' | 'change'>, context: CellContext, parent?: Pick<DiffItem, 'isNew' | 'differs'>): TemplateResult {
  const { l10n } = context;
  // A short word to the eye, the whole phrase to screen readers (and as the tooltip).
  const tag = (kind: string, word: string, full: string) =>
    html` <span class="tag ${kind}" title=${full}><span aria-hidden="true">${word}</span><span class="visually-hidden">${full}</span></span>`;
  return html`${item.isNew && !parent?.isNew ? tag('new', l10n.t('new'), l10n.t('new at this level')) : nothing}${item.change === 'changed'
    ? tag('changed', l10n.t('changed'), l10n.t('changed from the level below'))
    : nothing}${item.differs && !parent?.differs ? tag('differs', l10n.t('differs'), differsFrom(context)) : nothing}`;
}

const differsFrom = ({ l10n, layout }: CellContext) => l10n.t(layout.contrast, { count: layout.columns.length - 1 });

function expectations(cell: CompareCell, context: CellContext): TemplateResult {
  const { layout, l10n } = context;
  if (cell.roles.length === 0) return html``;
  return html`<div class="expectations">
    <p class="muted">
      ${cell.hasLevelBelow
        ? html`<span class="tag new">${l10n.t('new')}</span> ${l10n.t('new at this level')} · `
        : html`${l10n.t(cell.column.track ? 'First level of this track: nothing below to compare with.' : 'First level of this column: nothing below to compare with.')} `}
      ${layout.columns.length > 1 ? html`<span class="tag differs">${l10n.t('differs')}</span> ${differsFrom(context)}` : nothing}
    </p>
    ${cell.expectations.map(
      (group) => html`<h4><bdi>${group.label}</bdi>${tags(group, context)}</h4>
        <ul>${group.items.map((item) => html`<li data-change=${item.change ?? nothing}><bdi>${item.text}</bdi>${tags(item, context, group)}</li>`)}</ul>`,
    )}
    ${cell.milestones.map(
      (entry) => html`<h4>${l10n.t('Milestones')}${cell.roles.length > 1 ? html`: <bdi>${entry.role.title}</bdi>` : nothing}</h4>
        <ul>${entry.items.map((item) => html`<li><bdi>${item.text}</bdi>${tags(item, context)}</li>`)}</ul>`,
    )}
    ${cell.expectations.length === 0 && cell.milestones.length === 0 ? html`<p class="muted">${l10n.t('No expectations or milestones recorded.')}</p>` : nothing}
  </div>`;
}

/** One cell of the grid: its roles, pay and (when its row is expanded) expectations. */
export function cellTemplate(cell: CompareCell, row: CompareRow, r: number, c: number, context: CellContext): TemplateResult {
  const tab = context.grid.tabIndex(r, c);
  const { l10n } = context;
  return html`<td part="cell" class="cell" data-cell="${r}:${c}" data-column-id=${cell.column.id} tabindex=${tab}>
    ${cell.trackLevelLabels.length > 0 ? html`<div class="track-level">${l10n.list(cell.trackLevelLabels, 'unit')}</div>` : nothing}
    ${cell.levels.length === 0
      ? html`<p class="empty">${l10n.t('No equivalent level')}</p>`
      : cell.roles.length === 0
        ? html`<p class="empty">${l10n.t('No role at this level')}</p>`
        : html`<ul class="roles">
            ${cell.roles.map(
              ({ role, isSelected }) => html`<li class=${isSelected ? 'selected' : ''}>
                <button part="role" class="role" data-role-id=${role.id} tabindex=${tab} @click=${() => context.selectRole(role.id)} dir="auto">${role.title}</button>
                ${isSelected ? html`<span class="here">${l10n.t('you are here')}</span>` : nothing}
                ${role.focusAreas?.length
                  ? html`<ul class="focus" aria-label=${l10n.t('Focus areas')}>${role.focusAreas.map((area) => html`<li dir="auto">${area.label}</li>`)}</ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    ${pay(cell, context)}
    ${context.expanded.has(row.id) ? expectations(cell, context) : nothing}
  </td>`;
}
