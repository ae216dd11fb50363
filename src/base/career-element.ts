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
  protected renderStatus(emptyText = this.l10n.t('No career framework: set the framework property, the src attribute, or place the element inside <career-framework>.')): TemplateResult | typeof nothing {
    return statusView(this.status, this.errors, emptyText, this.l10n);
  }
}
