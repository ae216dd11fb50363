import { ContextConsumer } from '@lit/context';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { careerContext, type CareerContextValue, type CareerSelection } from '../context.js';
import { CareerMoveSelectEvent, CareerRoleSelectEvent } from '../events.js';
import { supportedLocale } from '../format/locale.js';
import type { Framework, Problem } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { CurrentRoleElement } from './current-role.js';
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
 */
export class CareerElement extends CurrentRoleElement {
  static override styles = [hostResetStyles, themeStyles, forcedColorsStyles];

  /** The framework object (career-framework/1). Takes precedence over `src` and inline JSON. Never mutated. */
  @property({ attribute: false }) framework?: Framework | unknown;

  /** A URL to fetch the framework from (JSON). A newer `src` always wins over a slower older response. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error` (default 30 s). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The locale for numbers and money; defaults to the framework's `locale`, then the page's. */
  @property() locale?: string;

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

  /** The loading / empty / error state, or `nothing` when the framework is ready. */
  protected renderStatus(emptyText = 'No career framework: set the framework property, the src attribute, or place the element inside <career-framework>.'): TemplateResult | typeof nothing {
    return statusView(this.status, this.errors, emptyText);
  }
}
