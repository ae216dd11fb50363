import { ContextConsumer } from '@lit/context';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { careerContext, type CareerContextValue, type CareerSelection } from '../context.js';
import { CareerMoveSelectEvent, CareerRoleSelectEvent } from '../events.js';
import type { Framework, Problem } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { CurrentRoleElement } from './current-role.js';
import { DEFAULT_TIMEOUT, FrameworkLoader, type LoadStatus } from './framework-loader.js';
import { forcedColorsStyles } from './forced-colors.styles.js';
import { hostResetStyles } from './host-reset.styles.js';
import { statusView } from './status-view.js';
import { LocalizeController } from './controllers/localize-controller.js';
import type { Localizer, Strings } from './localize.js';
import { ThemeController, type ThemeName } from './theme-controller.js';
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
 * @cssprop [--career-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - The typeface of all text (the map measures its titles in it).
 * @cssprop [--career-font-size=14px] - The base text size; other sizes are relative to it.
 * @cssprop [--career-font-size-small=0.85em] - Secondary text: legends, tags, captions.
 * @cssprop [--career-font-size-large=1.2em] - Headings inside the elements.
 * @cssprop [--career-color-text=#1f2933 (dark #e6edf3)] - Body text.
 * @cssprop [--career-color-muted=#52606d (dark #a8b3bf)] - Secondary text (at least 4.5:1 on both surfaces).
 * @cssprop [--career-color-surface=#ffffff (dark #161b22)] - Cards, map area, panels.
 * @cssprop [--career-color-surface-alt=#f5f7fa (dark #1f2630)] - Level bands, hovered rows, notices.
 * @cssprop [--career-color-border=#d2d9e0 (dark #3d4855)] - Borders and rules.
 * @cssprop [--career-background=transparent (dark and any chosen theme: the surface)] - The element's own background.
 * @cssprop [--career-color-accent=#2563eb (dark #7cb1ff)] - Links, selection, the focused role, pay bars.
 * @cssprop [--career-color-accent-text=#ffffff (dark #0d1117)] - Text on the accent colour.
 * @cssprop [--career-color-focus=the accent] - The keyboard focus ring's colour.
 * @cssprop [--career-focus-ring=2px solid the focus colour] - The whole focus outline.
 * @cssprop [--career-color-promotion=#15803d (dark #56d68a)] - Promotion moves (lines, badges, met gaps).
 * @cssprop [--career-color-promotion-text=#ffffff (dark #0d1117)] - Text on a promotion badge.
 * @cssprop [--career-color-lateral=#7c3aed (dark #c4a5ff)] - Lateral moves and family flows.
 * @cssprop [--career-color-lateral-text=#ffffff (dark #0d1117)] - Text on a lateral badge.
 * @cssprop [--career-color-step-back=#b45309 (dark #f2a65a)] - Step-back moves, gaps, warnings.
 * @cssprop [--career-color-step-back-text=#ffffff (dark #0d1117)] - Text on a step-back badge.
 * @cssprop [--career-color-ic=#2563eb (dark #7cb1ff)] - The individual-contributor track.
 * @cssprop [--career-color-management=#c2410c (dark #ff9c66)] - The management track.
 * @cssprop [--career-color-danger=#b91c1c (dark #ff8a8a)] - Errors and source conflicts.
 * @cssprop [--career-color-danger-surface=#fef2f2 (dark #2c1517)] - Background of the error panel.
 * @cssprop [--career-color-highlight=#eaf1ff (dark #1c2a44)] - Background of a highlighted row.
 * @cssprop [--career-shadow-color=rgb(0 0 0 / 0.12)] - Shadows of popups and tooltips.
 * @cssprop [--career-series-1=#2563eb (dark #7cb1ff)] - Family palette, first colour (families in order; 1–8 repeat).
 * @cssprop [--career-series-2=#c2410c (dark #ff9c66)] - Family palette, second colour.
 * @cssprop [--career-series-3=#15803d (dark #56d68a)] - Family palette, third colour.
 * @cssprop [--career-series-4=#7c3aed (dark #c4a5ff)] - Family palette, fourth colour.
 * @cssprop [--career-series-5=#0e7490 (dark #4fd1e8)] - Family palette, fifth colour.
 * @cssprop [--career-series-6=#be185d (dark #f48fc4)] - Family palette, sixth colour.
 * @cssprop [--career-series-7=#a16207 (dark #e8c15a)] - Family palette, seventh colour.
 * @cssprop [--career-series-8=#4b5563 (dark #c2cad3)] - Family palette, eighth colour.
 * @cssprop [--career-radius=6px] - Corner radius of boxes, buttons, role boxes on the map.
 * @cssprop [--career-space=8px] - The spacing unit (gaps and paddings are multiples of it).
 */
export class CareerElement extends CurrentRoleElement {
  static override styles = [hostResetStyles, themeStyles, forcedColorsStyles];

  /** The framework object (career-framework/1). Takes precedence over `src` and inline JSON. Never mutated. */
  @property({ attribute: false }) framework?: Framework | unknown;

  /** A URL to fetch the framework from (JSON). A newer `src` always wins over a slower older response. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error` (default 30 s). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /**
   * `light` or `dark`; unset, the element follows the closest ancestor's `theme` (a
   * `<career-framework theme="dark">`), else the page's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: ThemeName;

  /**
   * Replaces any UI string of the element (keys and English defaults: src/base/strings/en.ts),
   * e.g. `{ youAreHere: 'Your role' }`; a plural string is an object of `Intl.PluralRules` forms.
   * The language itself comes from `lang` on the element or inherited (English, German and Arabic
   * are shipped).
   */
  @property({ attribute: false }) strings?: Strings;

  /** The language of the UI strings (HTML's `lang`, observed): unset, the closest ancestor's or the page's. */
  @property({ reflect: true }) override lang!: string;

  /** The text direction (HTML's `dir`, observed): unset, inherited; `rtl` mirrors the layouts. */
  @property({ reflect: true }) override dir!: string;

  /** The locale for numbers and money; defaults to the language (`lang`), then the framework's `locale`. */
  @property() locale?: string;

  protected readonly loader = new FrameworkLoader(this);
  protected readonly themes = new ThemeController(this);
  protected readonly localize = new LocalizeController(this, () => this.index?.framework.locale);

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

  /** Announces a user's role selection (a provider, if any, updates the shared selection). */
  protected announceRoleSelect(roleId: string): void {
    this.dispatchEvent(new CareerRoleSelectEvent(roleId));
  }

  /** Announces a user's move selection. */
  protected announceMoveSelect(from: string, to: string): void {
    this.dispatchEvent(new CareerMoveSelectEvent(from, to));
  }

  /** The loading / empty / error state, or `nothing` when the framework is ready. */
  protected renderStatus(emptyText = this.l10n.t('empty')): TemplateResult | typeof nothing {
    return statusView(this.status, this.errors, emptyText, this.l10n);
  }
}
