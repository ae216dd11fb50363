import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { careerContext, type CareerContextValue, type CareerSelection } from '../context.js';
import { CareerMoveSelectEvent, CareerRoleSelectEvent } from '../events.js';
import type { Framework, Problem } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { ViewStateElement } from './view-state-element.js';
import type { ExportOptions } from './export.js';
import { EXPORT_STRINGS, exportMenu, exportMenuStyles, type ExportFormat } from './export-menu.js';
import { DEFAULT_TIMEOUT, FrameworkLoader, updatedAfterLoad, type LoadStatus } from './framework-loader.js';
import { forcedColorsStyles } from './forced-colors.styles.js';
import { hostResetStyles } from './host-reset.styles.js';
import { statusView } from './status-view.js';
import { LazyModule } from './controllers/lazy-module.js';
import { LocalizeController } from './controllers/localize-controller.js';
import type { Localizer, Strings } from './localize.js';
import { themeStyles, type ThemeName } from './theme.styles.js';

/**
 * The base of every visual element of the kit. It takes the framework from the `framework`
 * property, the `src` attribute, an inline `<script type="application/json">` child, or — when it
 * has none of these — the nearest `<career-framework>` provider, whose selection it then shares.
 *
 * @fires career-load - A valid framework was loaded from the element's own input. `detail: { framework, warnings }`.
 * @fires career-error - The element's own framework input is invalid or failed to load. `detail: { errors }`.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading and empty states.
 * @cssprop [--career-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - The typeface of all text (the map measures its titles in it).
 * @cssprop [--career-font-size=14px] - The base text size; other sizes are relative to it.
 * @cssprop [--career-color-text=#1f2933] - Body text. Dark theme: #e6edf3.
 * @cssprop [--career-color-muted=#52606d] - Secondary text (at least 4.5:1 on both surfaces). Dark theme: #a8b3bf.
 * @cssprop [--career-color-surface=#ffffff] - Cards, map area, panels. Dark theme: #161b22.
 * @cssprop [--career-color-surface-alt=#f5f7fa] - Level bands, hovered rows, notices. Dark theme: #1f2630.
 * @cssprop [--career-color-border=#d2d9e0] - Borders and rules. Dark theme: #3d4855.
 * @cssprop [--career-background=transparent] - The element's own background. In dark, or with any chosen theme: the surface colour.
 * @cssprop [--career-color-accent=#2563eb] - Links, selection, the focused role, pay bars. Dark theme: #7cb1ff.
 * @cssprop [--career-color-accent-text=#ffffff] - Text on the accent colour. Dark theme: #0d1117.
 * @cssprop [--career-color-focus=the accent] - The keyboard focus ring's colour.
 * @cssprop [--career-focus-ring=2px solid the focus colour] - The whole focus outline.
 * @cssprop [--career-color-promotion=#15803d] - Promotion moves (lines, badges, met gaps). Dark theme: #56d68a.
 * @cssprop [--career-color-promotion-text=#ffffff] - Text on a promotion badge. Dark theme: #0d1117.
 * @cssprop [--career-color-lateral=#7c3aed] - Lateral moves and family flows. Dark theme: #c4a5ff.
 * @cssprop [--career-color-lateral-text=#ffffff] - Text on a lateral badge. Dark theme: #0d1117.
 * @cssprop [--career-color-step-back=#b45309] - Step-back moves, gaps, warnings. Dark theme: #f2a65a.
 * @cssprop [--career-color-step-back-text=#ffffff] - Text on a step-back badge. Dark theme: #0d1117.
 * @cssprop [--career-color-ic=#2563eb] - The individual-contributor track. Dark theme: #7cb1ff.
 * @cssprop [--career-color-management=#c2410c] - The management track. Dark theme: #ff9c66.
 * @cssprop [--career-color-danger=#b91c1c] - Errors and source conflicts. Dark theme: #ff8a8a.
 * @cssprop [--career-color-danger-surface=#fef2f2] - Background of the error panel. Dark theme: #2c1517.
 * @cssprop [--career-color-highlight=#eaf1ff] - Background of a highlighted row. Dark theme: #1c2a44.
 * @cssprop [--career-shadow-color=rgb(0 0 0 / 0.12)] - Shadows of popups and tooltips.
 * @cssprop [--career-radius=6px] - Corner radius of boxes, buttons, role boxes on the map.
 * @cssprop [--career-space=8px] - The spacing unit (gaps and paddings are multiples of it).
 * @csspart export - The export button and its menu (with the `export` attribute).
 */
export class CareerElement extends ViewStateElement {
  static override styles = [hostResetStyles, themeStyles, forcedColorsStyles, exportMenuStyles];

  /** What the export leaves out of the picture: the element's controls (each element adds its own). */
  protected static exportSkip = '.export-bar, .export-menu, .visually-hidden';

  /** The framework object (career-framework/1). Takes precedence over `src` and inline JSON. Never mutated. */
  @property({ attribute: false }) framework?: Framework | unknown;

  /** A URL to fetch the framework from (JSON). A newer `src` always wins over a slower older response. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error` (default 30 s). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /**
   * `light` or `dark`; unset, the element follows its `<career-framework theme>`, else the page's
   * `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: ThemeName;

  /**
   * Replaces any UI message of the element, by its English (its id; every id is in
   * src/base/strings/de.ts), e.g. `{ 'You are here': 'Your role' }`; a plural message is an object
   * of `Intl.PluralRules` forms, by its English `other` form. The language itself comes from `lang`
   * on the element or inherited (German and Arabic ship as tables a page registers:
   * `registerStrings`).
   */
  @property({ attribute: false }) strings?: Strings;

  /** The language of the UI strings (HTML's `lang`, observed): unset, the closest ancestor's or the page's. */
  @property({ reflect: true }) override lang!: string;

  /** The text direction (HTML's `dir`, observed): unset, inherited; `rtl` mirrors the layouts. */
  @property({ reflect: true }) override dir!: string;

  /** The locale for numbers and money; defaults to the language (`lang`), then the framework's `locale`. */
  @property() locale?: string;

  /** Shows an Export button that downloads the current view as SVG or PNG (`toSVG()`, `toPNG()`). */
  @property({ type: Boolean, reflect: true }) export = false;

  protected readonly loader = new FrameworkLoader(this);
  protected readonly localize = new LocalizeController(this, () => this.index?.framework.locale);

  /** The provider's shared state, when inside a `<career-framework>`. */
  protected linked?: CareerContextValue;

  /** The parts of the element loaded on first use; `updateComplete` waits for them. */
  readonly #lazyParts: LazyModule<unknown>[] = [];

  constructor() {
    super();
    new ContextConsumer(this, {
      context: careerContext,
      subscribe: true,
      callback: (value) => {
        this.linked = value;
        this.requestUpdate();
      },
    });
  }

  /** True when the element follows a provider's framework and selection. */
  protected get isLinked(): boolean {
    return !this.loader.hasOwnInput && this.linked !== undefined;
  }

  protected get status(): LoadStatus {
    return this.isLinked ? this.linked!.status : this.loader.status;
  }

  /** The indexed framework, when one is ready. */
  protected get index(): FrameworkIndex | undefined {
    return this.isLinked ? this.linked!.index : this.loader.index;
  }

  protected get errors(): readonly Problem[] {
    return this.isLinked ? this.linked!.errors : this.loader.errors;
  }

  /** The provider's selection when linked; an empty selection otherwise. */
  protected get selection(): CareerSelection {
    return this.isLinked ? this.linked!.selection : {};
  }

  /**
   * The locale numbers, money and durations are formatted for: the `locale` attribute, else the
   * language (`lang` on the element, an ancestor or the page), else the framework's `locale`.
   * Never an invalid tag.
   */
  protected get effectiveLocale(): string | undefined {
    return this.l10n.locale;
  }

  /** The UI strings and formats of the element's language (`lang`, inherited), with `strings` applied. */
  protected get l10n(): Localizer {
    return this.localize.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.timeout = this.timeout;
    if (changed.has('framework') || changed.has('src') || !this.hasUpdated) {
      this.loader.setInputs(this.framework, this.src);
    }
  }

  /** A part of the element loaded on first use, as a file of its own (see `LazyModule`). */
  protected loadOnFirstUse<T>(load: () => Promise<T>): LazyModule<T> {
    const part = new LazyModule(this, load);
    this.#lazyParts.push(part);
    return part;
  }

  /**
   * Also waits for a large framework validated in a task of its own, for the parts the render
   * asked for, and for the render once they arrived.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const rendered = () => updatedAfterLoad(this.loader, () => super.getUpdateComplete());
    let complete = await rendered();
    while (this.#lazyParts.some((part) => part.loading)) {
      await Promise.all(this.#lazyParts.map((part) => part.settled));
      complete = await rendered();
    }
    return complete;
  }

  /** Announces a user's role selection (a provider, if any, updates the shared selection). */
  protected announceRoleSelect(roleId: string): void {
    this.dispatchEvent(new CareerRoleSelectEvent(roleId));
  }

  /** Announces a user's move selection. */
  protected announceMoveSelect(from: string, to: string): void {
    this.dispatchEvent(new CareerMoveSelectEvent(from, to));
  }

  /**
   * The current view — its zoom, selection and theme — as a standalone SVG document: the element's
   * layout drawn as SVG with every style resolved (no `var()`), fonts named, and a caption line
   * with the framework's name (and revision) under it. Controls (search, zoom and export buttons)
   * are left out. Asynchronous because the export code is loaded on first use.
   */
  async toSVG(): Promise<string> {
    const { exportDocument } = await import('./export.js');
    await this.updateComplete;
    return exportDocument(this, this.#exportOptions()).svg;
  }

  /**
   * The current view as a PNG: the `toSVG()` document drawn on a canvas at `scale` (default 1), so
   * the image is the document's size × scale. Made in the page, offline. Rejects with a
   * `RangeError` when `scale` is not a positive number or the image would exceed 16,384 px a side.
   */
  async toPNG({ scale = 1 }: { scale?: number } = {}): Promise<Blob> {
    const { exportDocument, rasterize } = await import('./export.js');
    await this.updateComplete;
    return rasterize(exportDocument(this, this.#exportOptions()), scale);
  }

  #exportOptions(): ExportOptions {
    const framework = this.index?.framework;
    const name = framework && EXPORT_STRINGS.caption(framework.name, framework.revision);
    // The row of the Export button, above the view of elements without a toolbar, is not drawn.
    const bar = this.renderRoot.querySelector('.export-bar');
    const cropTop = bar ? bar.getBoundingClientRect().bottom + parseFloat(getComputedStyle(bar).marginBottom) - this.getBoundingClientRect().top : 0;
    return {
      title: [name, this.localName].filter(Boolean).join(' — '),
      caption: name,
      description: framework?.description,
      skip: (this.constructor as typeof CareerElement).exportSkip,
      cropTop,
    };
  }

  /** Downloads the current view as a file (what the Export menu does). */
  protected async downloadView(format: ExportFormat): Promise<void> {
    const { download, fileName } = await import('./export.js');
    const blob = format === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG({ scale: 2 });
    download(this.renderRoot, blob, `${fileName(this.index?.framework.id, this.localName)}.${format}`);
  }

  /** The Export button, when the `export` attribute is set and there is a view to export. */
  protected renderExportMenu(): TemplateResult | typeof nothing {
    return this.export && this.index ? exportMenu((format) => void this.downloadView(format)) : nothing;
  }

  /** The Export button in a row of its own, for elements without a toolbar. */
  protected renderExportBar(): TemplateResult | typeof nothing {
    return this.export && this.index ? html`<div class="export-bar">${this.renderExportMenu()}</div>` : nothing;
  }

  /** The loading / empty / error state, or `nothing` when the framework is ready. */
  protected renderStatus(emptyText = this.l10n.t('No career framework: set the framework property, the src attribute, or place the element inside <career-framework>.')): TemplateResult | typeof nothing {
    return statusView(this.status, this.errors, emptyText, this.l10n);
  }
}
