import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CareerElement } from '../base/career-element.js';
import { errorPanel } from '../base/status-view.js';
import type { Framework, PayBand, Role } from '../format/types.js';
import { formatMoney } from '../model/pay.js';
import type { CompareSource, LevelMapRow } from './ladder-align.js';
import { compareLayout, type CellBand, type ColumnSpec, type CompareCell, type CompareLayout, type CompareMode, type CompareRow } from './ladder-compare-layout.js';
import { loadSources, singleSource, type LoadedSources } from './ladder-compare-sources.js';
import type { DiffItem } from './ladder-diff.js';
import { ladderCompareStyles } from './ladder-compare.styles.js';

/** How much pay the element shows, for pay-transparency policies. */
export type PayVisibility = 'full' | 'range' | 'hidden';

const KEY_MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Career ladders side by side: the tracks of one family (IC and management), the families of one
 * track, any list of columns, or two or more frameworks aligned by level. Each row is a level;
 * each cell shows its roles, their focus areas and pay band on one shared scale, and on expand the
 * competency expectations and milestones, with what is new at the level and what differs from the
 * other columns highlighted. Reads as a grid: arrow keys move between cells.
 *
 * @tag ladder-compare
 * @summary Dual career ladders with levels and pay bands, side by side.
 * @fires career-role-select - The user clicked a role. `detail: { roleId }`.
 * @fires career-load - A valid framework was loaded from the element's own input.
 * @fires career-error - The element's own framework input is invalid.
 * @csspart column - A column header (one track, family or custom column).
 * @csspart level - A level row (`<tr>`); its header cell is part `level-header`.
 * @csspart level-header - The header cell of a level row, with the expand button.
 * @csspart cell - A cell: one column at one level.
 * @csspart role - A role button.
 * @csspart pay-bar - A pay band's range bar (an `<svg>`).
 * @csspart expand - The button that shows a level's expectations.
 * @csspart notice - Notes about pay scales, regions and input that could not be honoured.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading and empty states.
 * @cssproperty --career-ladder-compare-column-width - Minimum width of a column (default 12em).
 * @cssproperty --career-ladder-compare-bar-color - The pay range bar (default the accent colour).
 * @cssproperty --career-ladder-compare-highlight - Background of the hovered or focused level row.
 * @cssproperty --career-ladder-compare-new - Colour of the "new at this level" tag.
 * @cssproperty --career-ladder-compare-differs - Colour of the "differs from the other track" tag.
 */
export class LadderCompare extends CareerElement {
  static override styles = [...CareerElement.styles, ladderCompareStyles];

  /** `tracks` (default): the tracks of one `family`; `families`: the families of one `track`. Ignored when `columns` is set. */
  @property() compare: CompareMode = 'tracks';

  /** The family whose tracks are compared; defaults to the selected role's family, then the first. */
  @property() family?: string;

  /** The track whose families are compared; defaults to the selected role's track, then the first. */
  @property() track?: string;

  /** Any list of columns, each `{ family?, track?, label?, framework? }`. Overrides `compare`. */
  @property({ attribute: false }) columns?: ColumnSpec[];

  /**
   * Two or more frameworks to compare (e.g. two revisions of one). Takes precedence over the
   * single framework. Levels align by rank unless `levelMap` is set.
   */
  @property({ attribute: false }) frameworks?: Framework[] | unknown;

  /**
   * Explicit level equivalences between `frameworks`: rows of `{ [frameworkKey]: levelIds[] }`,
   * e.g. `[{ "acme": ["L3"], "globex": ["E4", "E5"] }]`. A framework's key is its `id`, or
   * `id@revision` when two share an id. Unnamed levels get rows of their own.
   */
  @property({ attribute: false }) levelMap?: LevelMapRow[];

  /** The pay region whose bands are shown; defaults to the first region with bands. */
  @property() region?: string;

  /** `full` (default): range, midpoint, bonus and equity; `range`: bar and min–max only; `hidden`: no pay at all. */
  @property() pay: PayVisibility = 'full';

  /** Ids of the level rows whose expectations are shown. */
  @state() private expanded = new Set<string>();
  /** The level row under the pointer or holding focus. */
  @state() private highlighted?: string;
  /** The cell that takes focus in the grid: [row, column], column 0 being the level header. */
  @state() private active: [number, number] = [0, 1];

  #loaded?: { input: unknown; result: LoadedSources };
  #layout?: { deps: unknown[]; layout: CompareLayout };
  #focusActive = false;
  /** `active` clamped to the rendered grid. */
  #current: [number, number] = [0, 1];

  get #selectedRole(): string | undefined {
    return this.currentRole ?? this.selection.currentRole ?? undefined;
  }

  #sources(): LoadedSources | undefined {
    if (this.frameworks === undefined) return this.index ? { sources: singleSource(this.index), errors: [] } : undefined;
    if (this.#loaded?.input !== this.frameworks) this.#loaded = { input: this.frameworks, result: loadSources(this.frameworks) };
    return this.#loaded.result;
  }

  #layoutOf(sources: CompareSource[]): CompareLayout {
    const deps = [...sources.map((s) => s.index), this.compare, this.family, this.track, this.columns, this.levelMap, this.region, this.#selectedRole];
    if (!this.#layout || this.#layout.deps.length !== deps.length || this.#layout.deps.some((d, i) => d !== deps[i])) {
      this.#layout = { deps, layout: compareLayout(sources, { compare: this.compare === 'families' ? 'families' : 'tracks', family: this.family, track: this.track, columns: this.columns, levelMap: this.levelMap, region: this.region, selectedRole: this.#selectedRole }) };
    }
    return this.#layout.layout;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusActive) return;
    this.#focusActive = false;
    this.renderRoot.querySelector<HTMLElement>(`[data-cell="${this.active[0]}:${this.active[1]}"]`)?.focus();
  }

  #toggle(rowId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(rowId)) next.add(rowId);
    this.expanded = next;
  }

  #onKeydown(event: KeyboardEvent, layout: CompareLayout): void {
    const move = KEY_MOVES[event.key];
    let [r, c] = this.#current;
    if (move) [r, c] = [r + move[0], c + move[1]];
    else if (event.key === 'Home') [r, c] = event.ctrlKey ? [0, 0] : [r, 0];
    else if (event.key === 'End') [r, c] = event.ctrlKey ? [Infinity, Infinity] : [r, Infinity];
    else return;
    event.preventDefault();
    this.active = this.#clamp([r, c], layout);
    this.highlighted = layout.rows[this.active[0]]?.id;
    this.#focusActive = true;
  }

  #clamp([r, c]: [number, number], layout: CompareLayout): [number, number] {
    return [Math.max(0, Math.min(layout.rows.length - 1, r)), Math.max(0, Math.min(layout.columns.length, c))];
  }

  #onFocusIn(event: FocusEvent): void {
    const cell = (event.composedPath() as Element[]).find((node) => node instanceof HTMLElement && node.dataset.cell !== undefined) as HTMLElement | undefined;
    if (!cell) return;
    const [r, c] = cell.dataset.cell!.split(':').map(Number);
    if (r !== this.active[0] || c !== this.active[1]) this.active = [r, c];
    this.highlighted = cell.closest('tr')?.dataset.levelId;
  }

  #money(amount: number, band: PayBand): string {
    return formatMoney(amount, band.currency, this.effectiveLocale);
  }

  #percent(value: number): string {
    return new Intl.NumberFormat(this.effectiveLocale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  }

  #renderNotices(layout: CompareLayout): TemplateResult | typeof nothing {
    const notes: Array<string | TemplateResult> = [...layout.problems];
    if (this.pay !== 'hidden') {
      if (layout.region === undefined) notes.push('This framework has no pay bands.');
      else if (!layout.regionHasBands) notes.push(`There are no pay bands for the ${layout.region} region.`);
      else {
        for (const scale of layout.scales) {
          notes.push(`Pay bars: ${layout.region} base pay in ${scale.currency}, on one scale from ${formatMoney(scale.domain[0], scale.currency, this.effectiveLocale)} to ${formatMoney(scale.domain[1], scale.currency, this.effectiveLocale)}.`);
        }
        if (layout.scales.length > 1) {
          notes.push(`Bands in ${layout.scales.map((s) => s.currency).join(' and ')} are drawn on separate scales: compare bar lengths only within one currency.`);
        }
      }
    }
    if (notes.length === 0) return nothing;
    return html`<ul part="notice" class="notices">${notes.map((note) => html`<li>${note}</li>`)}</ul>`;
  }

  #renderBar(entry: CellBand, cell: CompareCell, layout: CompareLayout): TemplateResult {
    const { band, bar } = entry;
    const width = Math.max(bar.max - bar.min, 0.5);
    const full = this.pay === 'full';
    const named = cell.bands.length > 1 || cell.unbanded.length > 0;
    return html`<div class="pay" data-band=${entry.key} data-band-family=${band.family ?? '*'}>
      ${named ? html`<div class="pay-roles">${entry.roles.map((r) => r.title).join(', ')}</div>` : nothing}
      <svg part="pay-bar" class="bar" aria-hidden="true" width="100%" height="14">
        <rect class="track" x="0" y="5" width="100%" height="4" rx="2"></rect>
        <rect class="range" x="${bar.min}%" y="2" width="${width}%" height="10" rx="3"></rect>
        ${full ? svg`<line class="mid" x1="${bar.mid}%" x2="${bar.mid}%" y1="0" y2="14"></line>` : nothing}
      </svg>
      <div class="pay-text">
        ${this.#money(band.base.min, band)} – ${this.#money(band.base.max, band)}
        ${full ? html`<span class="muted">· mid ${this.#money(band.base.mid ?? (band.base.min + band.base.max) / 2, band)}</span>` : nothing}
      </div>
      ${full && band.bonusTargetPercent !== undefined ? html`<div class="pay-extra">Bonus target ${this.#percent(band.bonusTargetPercent)}</div>` : nothing}
      ${full && band.equity && (band.equity.min !== undefined || band.equity.max !== undefined)
        ? html`<div class="pay-extra" title=${band.equity.note ?? nothing}>Equity ${this.#money(band.equity.min ?? 0, band)} – ${this.#money(band.equity.max ?? band.equity.min ?? 0, band)} a year</div>`
        : nothing}
      <span class="visually-hidden">${layout.region} band</span>
    </div>`;
  }

  #renderPay(cell: CompareCell, layout: CompareLayout): TemplateResult | typeof nothing {
    if (this.pay === 'hidden' || !layout.regionHasBands || cell.roles.length === 0) return nothing;
    const titles = (roles: readonly Role[]) => roles.map((r) => r.title).join(', ');
    return html`${cell.bands.map((entry) => this.#renderBar(entry, cell, layout))}
      ${cell.unbanded.length > 0
        ? html`<p class="no-band">no ${layout.region} band${cell.bands.length > 0 ? ` for ${titles(cell.unbanded)}` : ''}</p>`
        : nothing}`;
  }

  /**
   * The highlight tags of a behaviour, milestone or competency (`parent`: tags already shown on its
   * heading). Short visible words; the full wording is in the text for screen readers and tests.
   */
  #renderTags(item: Pick<DiffItem, 'isNew' | 'differs'>, layout: CompareLayout, parent?: Pick<DiffItem, 'isNew' | 'differs'>): TemplateResult {
    return html`${item.isNew && !parent?.isNew ? html` <span class="tag new" title="new at this level">new<span class="visually-hidden"> at this level</span></span>` : nothing}${item.differs && !parent?.differs
      ? html` <span class="tag differs" title="differs from ${layout.contrast}">differs<span class="visually-hidden"> from ${layout.contrast}</span></span>`
      : nothing}`;
  }

  #renderExpectations(cell: CompareCell, layout: CompareLayout): TemplateResult {
    if (cell.roles.length === 0) return html``;
    return html`<div class="expectations">
      <p class="muted">
        ${cell.hasLevelBelow ? html`<span class="tag new">new</span> at this level · ` : html`First level of this ${cell.column.track ? 'track' : 'column'}: nothing below to compare with. `}
        ${layout.columns.length > 1 ? html`<span class="tag differs">differs</span> from ${layout.contrast}` : nothing}
      </p>
      ${cell.expectations.map(
        (group) => html`<h4>${group.label}${this.#renderTags(group, layout)}</h4>
          <ul>${group.items.map((item) => html`<li>${item.text}${this.#renderTags(item, layout, group)}</li>`)}</ul>`,
      )}
      ${cell.milestones.map(
        (entry) => html`<h4>Milestones${cell.roles.length > 1 ? html`: ${entry.role.title}` : nothing}</h4>
          <ul>${entry.items.map((item) => html`<li>${item.text}${this.#renderTags(item, layout)}</li>`)}</ul>`,
      )}
      ${cell.expectations.length === 0 && cell.milestones.length === 0 ? html`<p class="muted">No expectations or milestones recorded.</p>` : nothing}
    </div>`;
  }

  #renderCell(cell: CompareCell, row: CompareRow, r: number, c: number, layout: CompareLayout): TemplateResult {
    const active = this.#current[0] === r && this.#current[1] === c;
    const tab = active ? 0 : -1;
    return html`<td part="cell" class="cell" data-cell="${r}:${c}" data-column-id=${cell.column.id} tabindex=${tab}>
      ${cell.trackLevelLabels.length > 0 ? html`<div class="track-level">${cell.trackLevelLabels.join(', ')}</div>` : nothing}
      ${cell.levels.length === 0
        ? html`<p class="empty">No equivalent level</p>`
        : cell.roles.length === 0
          ? html`<p class="empty">No role at this level</p>`
          : html`<ul class="roles">
              ${cell.roles.map(
                ({ role, isSelected }) => html`<li class=${isSelected ? 'selected' : ''}>
                  <button part="role" class="role" data-role-id=${role.id} tabindex=${tab} @click=${() => this.announceRoleSelect(role.id)}>${role.title}</button>
                  ${isSelected ? html`<span class="here">you are here</span>` : nothing}
                  ${role.focusAreas?.length
                    ? html`<ul class="focus" aria-label="Focus areas">${role.focusAreas.map((area) => html`<li>${area.label}</li>`)}</ul>`
                    : nothing}
                </li>`,
              )}
            </ul>`}
      ${this.#renderPay(cell, layout)}
      ${this.expanded.has(row.id) ? this.#renderExpectations(cell, layout) : nothing}
    </td>`;
  }

  #renderRow(row: CompareRow, r: number, layout: CompareLayout): TemplateResult {
    const expanded = this.expanded.has(row.id);
    const active = this.#current[0] === r && this.#current[1] === 0;
    const name = row.header.map((h) => `${h.level.id} ${h.level.label}`).join(', ');
    return html`<tr part="level" data-level-id=${row.id} ?data-highlighted=${this.highlighted === row.id} @mouseenter=${() => (this.highlighted = row.id)}>
      <th part="level-header" scope="row" class="level" data-cell="${r}:0" tabindex=${active ? 0 : -1}>
        ${row.header.map(
          (h) => html`<div class="level-name">
            ${h.source ? html`<span class="muted">${h.source}:</span> ` : nothing}<span class="level-id">${h.level.id}</span> ${h.level.label}
          </div>`,
        )}
        <button part="expand" class="expand" aria-expanded=${expanded ? 'true' : 'false'} tabindex=${active ? 0 : -1} @click=${() => this.#toggle(row.id)}>
          ${expanded ? 'Hide expectations' : 'Show expectations'}<span class="visually-hidden"> for ${name}</span>
        </button>
      </th>
      ${row.cells.map((cell, c) => this.#renderCell(cell, row, r, c + 1, layout))}
    </tr>`;
  }

  override render(): TemplateResult | typeof nothing {
    const loaded = this.#sources();
    if (loaded && loaded.errors.length > 0) return errorPanel(loaded.errors, 'These career frameworks could not be compared');
    if (!loaded || loaded.sources.length === 0) return this.renderStatus();
    const layout = this.#layoutOf(loaded.sources);
    this.#current = this.#clamp(this.active, layout);
    const label = layout.columns.length > 0 ? `Levels compared across ${layout.columns.map((c) => c.label).join(', ')}` : 'Levels';
    if (layout.columns.length === 0) return html`${this.#renderNotices(layout)}<div part="status" class="status">Nothing to compare.</div>`;
    return html`${this.#renderNotices(layout)}
      <div class="scroll">
        <table role="grid" aria-label=${label} @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, layout)} @focusin=${this.#onFocusIn} @mouseleave=${() => (this.highlighted = undefined)}>
          <thead>
            ${layout.groups.length > 0
              ? html`<tr>
                  <td></td>
                  ${layout.groups.map((g) => html`<th scope="colgroup" colspan=${g.span} class="group">${g.label}</th>`)}
                </tr>`
              : nothing}
            <tr>
              <th scope="col" class="corner">Level</th>
              ${layout.columns.map(
                (column) => html`<th part="column" scope="col" class="column ${column.track?.kind ?? ''}" data-column-id=${column.id}>${column.label}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${layout.rows.map((row, r) => this.#renderRow(row, r, layout))}
          </tbody>
        </table>
      </div>`;
  }
}
