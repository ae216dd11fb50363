import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { careerContext, type CareerContextValue, type CareerSelection } from '../context.js';
import { CareerMoveSelectEvent, CareerRoleSelectEvent } from '../events.js';
import { supportedLocale } from '../format/locale.js';
import type { Framework, Problem } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { ViewStateElement } from './view-state-element.js';
import type { ExportOptions } from './export.js';
import { EXPORT_STRINGS, exportMenu, exportMenuStyles, type ExportFormat } from './export-menu.js';
import { DEFAULT_TIMEOUT, FrameworkLoader, type LoadStatus } from './framework-loader.js';
import { forcedColorsStyles } from './forced-colors.styles.js';
import { hostResetStyles } from './host-reset.styles.js';
import { statusView } from './status-view.js';
import { themeStyles } from './theme.styles.js';

/**
 * The base of every visual element of the kit. It takes the framework from the `framework`
 * property, the `src` attribute, an inline `<script type="application/json">` child, or — when it
 * has none of these — the nearest `<career-framework>` provider, whose selection it then shares.
 *
 * @fires career-load - A valid framework was loaded from the element's own input. `detail: { framework, warnings }`.
 * @fires career-error - The element's own framework input is invalid or failed to load. `detail: { errors }`.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading and empty states.
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

  /** The locale for numbers and money; defaults to the framework's `locale`, then the page's. */
  @property() locale?: string;

  /** Shows an Export button that downloads the current view as SVG or PNG (`toSVG()`, `toPNG()`). */
  @property({ type: Boolean, reflect: true }) export = false;

  protected readonly loader = new FrameworkLoader(this);

  /** The provider's shared state, when inside a `<career-framework>`. */
  protected linked?: CareerContextValue;

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
   * The locale to format with: the `locale` attribute, the framework's, then the document's — the
   * first one `Intl` accepts (`en_US` or `""` are skipped), else the browser's default.
   */
  protected get effectiveLocale(): string | undefined {
    return supportedLocale(this.locale) ?? supportedLocale(this.index?.framework.locale) ?? supportedLocale(document.documentElement.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.timeout = this.timeout;
    if (changed.has('framework') || changed.has('src') || !this.hasUpdated) {
      this.loader.setInputs(this.framework, this.src);
    }
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
  protected renderStatus(emptyText = 'No career framework: set the framework property, the src attribute, or place the element inside <career-framework>.'): TemplateResult | typeof nothing {
    return statusView(this.status, this.errors, emptyText);
  }
}
