import { html, nothing, type TemplateResult } from 'lit';
import { PrintController } from '../base/controllers/print-controller.js';
import { property, state } from 'lit/decorators.js';
import { CareerElement } from '../base/career-element.js';
import { isFlag, isText, isTextList, oneOf, propertyField, type ViewStateFields } from '../base/view-state.js';
import { errorPanel } from '../base/status-view.js';
import type { Framework } from '../format/types.js';
import { GridFocusController } from './grid-focus.js';
import type { CompareSource, LevelMapRow } from './ladder-align.js';
import { cellTemplate, notices, type CellContext, type PayVisibility } from './ladder-compare-cells.js';
import { compareLayout, parseDiff, type ColumnSpec, type CompareLayout, type CompareMode, type CompareRow } from './ladder-compare-layout.js';
import { loadSources, singleSource, type LoadedSources } from './ladder-compare-sources.js';
import { diffStyles } from './ladder-diff.styles.js';
import { ladderCompareStyles } from './ladder-compare.styles.js';

export type { PayVisibility };

/**
 * Career ladders side by side: the tracks of one family (IC and management), the families of one
 * track, any list of columns, or two or more frameworks aligned by level. Each row is a level;
 * each cell shows its roles, their focus areas and pay band on one shared scale, and on expand the
 * competency expectations and milestones, with what is new at the level and what differs from the
 * other columns highlighted. Reads as a grid: arrow keys move between cells.
 *
 * View state (`getViewState()`, `setViewState()`, `url-state`): `currentRole`, `compare`, `family`,
 * `track`, `region`, the `diff` levels, `onlyChanges` (the diff's filter) and the `expanded`
 * level rows. Not `pay`, `columns` or `frameworks`: those are the page's to set.
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
 * @csspart pick - A level header's "Pick to diff" button (`aria-pressed`); picking two levels opens their diff.
 * @csspart diff - The diff of two levels (with `diff`).
 * @csspart competency - A competency row of the diff (`tr[data-competency-id]`); its behaviours carry `data-change`.
 * @csspart diff-filter - The diff's "Only what changes" checkbox.
 * @csspart diff-close - The diff's "Back to the ladder" button.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading and empty states.
 * @cssproperty --career-ladder-compare-column-width - Minimum width of a column (default 12em).
 * @cssproperty --career-ladder-compare-bar-color - The pay range bar (default the accent colour).
 * @cssproperty --career-ladder-compare-highlight - Background of the hovered or focused level row. Default: `--career-color-highlight`.
 * @cssproperty --career-ladder-compare-new - Colour of the "new at this level" tag. Default: the promotion colour.
 * @cssproperty --career-ladder-compare-differs - Colour of the "differs from the other track" tag. Default: the lateral colour.
 * @cssproperty --career-ladder-compare-changed - Colour of "changed" tags and changed behaviours in the diff.
 * @cssproperty --career-ladder-compare-changed-words - Background of the changed words in the diff.
 */
export class LadderCompare extends CareerElement {
  static override styles = [...CareerElement.styles, ladderCompareStyles, diffStyles];
  protected static override exportSkip = `${CareerElement.exportSkip}, .expand, .pick, .diff-controls`;

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

  /**
   * Two levels to diff, `"FROM TO"` (attribute `diff`): level ids, read in `family` and `track`
   * (defaults: the current role's, else the first), or two role ids (each read in its own family
   * and track). Shows, competency by competency, what the second level adds, changes, repeats
   * and drops. Picking two levels in the ladder sets it; "Back to the ladder" clears it.
   */
  @property({ reflect: true }) diff?: string;

  /** Ids of the level rows whose expectations are shown. */
  @state() private expanded = new Set<string>();

  /** On paper every level shows its expectations (details expanded; the buttons are hidden). */
  private readonly print = new PrintController(this);
  /** The level row under the pointer or holding focus. */
  @state() private highlighted?: string;

  /** The diff shows only the competencies and behaviours that change. */
  @state() private onlyChanges = false;
  /** The first level picked for a diff in the ladder view. */
  @state() private picked?: string;

  /** The diff of two levels, loaded when a diff is first opened. */
  private readonly diffPart = this.loadOnFirstUse(() => import('./ladder-diff.part.js'));

  /** Arrow keys move between cells; column 0 is the level header. */
  private readonly grid = new GridFocusController(this, [0, 1]);

  private loaded?: { input: unknown; result: LoadedSources };
  private layoutCache?: { deps: unknown[]; layout: CompareLayout };

  private get selectedRole(): string | undefined {
    return this.currentRole ?? this.selection.currentRole ?? undefined;
  }

  private sources(): LoadedSources | undefined {
    if (this.frameworks === undefined) return this.index ? { sources: singleSource(this.index), errors: [] } : undefined;
    if (this.loaded?.input !== this.frameworks) this.loaded = { input: this.frameworks, result: loadSources(this.frameworks) };
    return this.loaded.result;
  }

  /** The layout, computed again only when one of its inputs changed. */
  private layoutOf(sources: CompareSource[]): CompareLayout {
    const deps = [...sources.map((s) => s.index), this.compare, this.family, this.track, this.columns, this.levelMap, this.region, this.selectedRole, this.l10n];
    const cached = this.layoutCache;
    if (!cached || cached.deps.length !== deps.length || cached.deps.some((d, i) => d !== deps[i])) {
      const layout = compareLayout(sources, {
        compare: this.compare === 'families' ? 'families' : 'tracks',
        family: this.family,
        track: this.track,
        columns: this.columns,
        levelMap: this.levelMap,
        region: this.region,
        selectedRole: this.selectedRole,
        allRoles: this.l10n.t('All roles'),
      });
      this.layoutCache = { deps, layout };
    }
    return this.layoutCache!.layout;
  }

  protected override viewStateFields(): ViewStateFields {
    const text = (name: 'family' | 'track' | 'region' | 'diff') => propertyField(this, name, isText);
    return {
      ...super.viewStateFields(),
      compare: propertyField(this, 'compare', oneOf('tracks', 'families'), 'tracks'),
      family: text('family'),
      track: text('track'),
      region: text('region'),
      diff: text('diff'),
      onlyChanges: { get: () => this.onlyChanges || undefined, set: (on) => (this.onlyChanges = !!on), valid: isFlag },
      expanded: { get: () => [...this.expanded], set: (rows) => (this.expanded = new Set(rows)), valid: isTextList },
    };
  }

  private toggle(rowId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(rowId)) next.add(rowId);
    this.expanded = next;
  }

  /** The user picked a level row for a diff: the second pick opens the diff, lower rank first. */
  private pick(rowId: string): void {
    if (this.picked === undefined || this.picked === rowId) {
      this.picked = this.picked === rowId ? undefined : rowId;
      return;
    }
    const rank = (id: string) => this.index?.level(id)?.rank ?? 0;
    const [from, to] = [this.picked, rowId].sort((a, b) => rank(a) - rank(b));
    this.picked = undefined;
    this.diff = `${from} ${to}`;
  }

  private renderDiff(ids: [string, string]): TemplateResult {
    const part = this.diffPart.get();
    if (!part) return html`<p part="status" class="status" role="status">${this.l10n.t('Loading the diff…')}</p>`;
    const { diffLayout, diffView } = part;
    const result = diffLayout(this.index!, ids, { family: this.family, track: this.track, selectedRole: this.selectedRole, onlyChanges: this.onlyChanges });
    if (result.kind === 'problem') {
      return html`<ul part="notice" class="notices">${result.problems.map((problem) => html`<li>${this.l10n.t('The diff "{diff}" could not be shown: {problem}.', { diff: this.diff ?? '', problem })}</li>`)}</ul>`;
    }
    return diffView(result.layout, {
      l10n: this.l10n,
      onlyChanges: this.onlyChanges,
      setOnlyChanges: (on) => (this.onlyChanges = on),
      close: () => (this.diff = undefined),
    });
  }

  private onKeydown(event: KeyboardEvent, layout: CompareLayout): void {
    const moved = this.grid.keydown(event);
    if (moved) this.highlighted = layout.rows[moved[0]]?.id;
  }

  private onFocusIn(event: FocusEvent): void {
    const cell = this.grid.focusin(event);
    if (cell) this.highlighted = cell.closest('tr')?.dataset.levelId;
  }

  private renderRow(row: CompareRow, r: number, context: CellContext): TemplateResult {
    const expanded = this.expanded.has(row.id);
    const tab = this.grid.tabIndex(r, 0);
    const name = this.l10n.list(row.header.map((h) => `${h.level.id} ${h.level.label}`), 'unit');
    return html`<tr part="level" data-level-id=${row.id} ?data-highlighted=${this.highlighted === row.id} @mouseenter=${() => (this.highlighted = row.id)}>
      <th part="level-header" scope="row" class="level" data-cell="${r}:0" tabindex=${tab}>
        ${row.header.map(
          (h) => html`<div class="level-name">
            ${h.source ? html`<span class="muted"><bdi>${h.source}</bdi>:</span> ` : nothing}<span class="level-id">${h.level.id}</span> <bdi>${h.level.label}</bdi>
          </div>`,
        )}
        <button part="expand" class="expand" aria-expanded=${expanded ? 'true' : 'false'} tabindex=${tab} @click=${() => this.toggle(row.id)}>
          ${this.l10n.t(expanded ? 'Hide expectations' : 'Show expectations')}<span class="visually-hidden"> ${this.l10n.t('for {level}', { level: name })}</span>
        </button>
        ${context.canDiff
          ? html`<button part="pick" class="pick" aria-pressed=${this.picked === row.id ? 'true' : 'false'} tabindex=${tab} @click=${() => this.pick(row.id)}>
              ${this.l10n.t(this.picked === row.id ? 'Picked: now pick another level' : this.picked ? 'Diff with this level' : 'Pick to diff')}<span class="visually-hidden"> ${name}</span>
            </button>`
          : nothing}
      </th>
      ${row.cells.map((cell, c) => cellTemplate(cell, row, r, c + 1, context))}
    </tr>`;
  }

  override render(): TemplateResult | typeof nothing {
    const loaded = this.sources();
    if (loaded && loaded.errors.length > 0) return errorPanel(loaded.errors, this.l10n.t('These career frameworks could not be compared'), this.l10n);
    if (!loaded || loaded.sources.length === 0) return this.renderStatus();
    const single = this.frameworks === undefined && this.index !== undefined && !this.columns;
    const ids = parseDiff(this.diff);
    if (ids && single) return html`${this.renderExportBar()}${this.renderDiff(ids)}`;
    const layout = this.layoutOf(loaded.sources);
    this.grid.resize(layout.rows.length, layout.columns.length + 1);
    const context: CellContext = {
      layout,
      pay: this.pay,
      l10n: this.l10n,
      expanded: this.print.printing ? new Set(layout.rows.map((row) => row.id)) : this.expanded,
      grid: this.grid,
      selectRole: (roleId) => this.announceRoleSelect(roleId),
      canDiff: single && (this.index!.framework.competencies?.length ?? 0) > 0,
    };
    const l10n = this.l10n;
    const label = layout.columns.length > 0 ? l10n.t('Levels compared across {columns}', { columns: l10n.list(layout.columns.map((c) => c.label)) }) : l10n.t('Levels');
    if (layout.columns.length === 0) return html`${notices(context)}<div part="status" class="status">${l10n.t('Nothing to compare.')}</div>`;
    const diffNotice =
      this.diff && !ids
        ? html`<p part="notice" class="notices">${l10n.t('The diff "{diff}" needs two ids, FROM and TO.', { diff: this.diff })}</p>`
        : this.diff && !single
          ? html`<p part="notice" class="notices">${l10n.t('A diff compares levels of one framework; it is not shown with several frameworks or custom columns.')}</p>`
          : nothing;
    return html`${this.renderExportBar()}${notices(context)}${diffNotice}
      <div class="scroll">
        <table role="grid" aria-label=${label} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, layout)} @focusin=${this.onFocusIn} @mouseleave=${() => (this.highlighted = undefined)}>
          <thead>
            ${layout.groups.length > 0
              ? html`<tr>
                  <td></td>
                  ${layout.groups.map((g) => html`<th scope="colgroup" colspan=${g.span} class="group" dir="auto">${g.label}</th>`)}
                </tr>`
              : nothing}
            <tr>
              <th scope="col" class="corner">${this.l10n.t('Level')}</th>
              ${layout.columns.map(
                (column) => html`<th part="column" scope="col" class="column ${column.track?.kind ?? ''}" data-column-id=${column.id} dir="auto">${column.label}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${layout.rows.map((row, r) => this.renderRow(row, r, context))}
          </tbody>
        </table>
      </div>`;
  }
}
