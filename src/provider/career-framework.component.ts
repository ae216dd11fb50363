import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CurrentRoleElement } from '../base/current-role.js';
import { DEFAULT_TIMEOUT, FrameworkLoader } from '../base/framework-loader.js';
import { forcedColorsStyles } from '../base/forced-colors.styles.js';
import { hostResetStyles } from '../base/host-reset.styles.js';
import { statusView } from '../base/status-view.js';
import { ThemeController, type ThemeName } from '../base/theme-controller.js';
import { themeStyles } from '../base/theme.styles.js';
import { careerContext, type CareerContextValue, type CareerSelection } from '../context.js';
import { CareerSelectionChangeEvent, type CareerMoveSelectEvent, type CareerProfileChangeEvent, type CareerRoleSelectEvent } from '../events.js';
import type { Framework, Profile } from '../format/types.js';

/**
 * Shares one career framework and one selection with every kit element inside it.
 *
 * The framework comes from the `framework` property, the `src` attribute (fetched), or an inline
 * `<script type="application/json">` child, in that order. Elements inside follow the provider
 * unless given a framework of their own.
 *
 * The selection links the elements: `currentRole` is the person's role ("you are here"), `target`
 * the role they are looking at, `profile` their skills. A user's `career-role-select` from any
 * element inside sets `target` (or `currentRole`, when none is selected yet); `career-move-select` sets
 * `target` to the move's destination; `career-profile-change` replaces `profile`.
 *
 * @tag career-framework
 * @summary Provides a framework and a shared selection to the career elements inside it.
 * @slot - The career elements (and any other content) to link.
 * @fires career-load - A valid framework was loaded. `detail: { framework, warnings }`.
 * @fires career-error - The framework is invalid or failed to load. `detail: { errors }`.
 * @fires career-selection-change - The shared selection changed. `detail: { selection }`.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading state.
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
export class CareerFramework extends CurrentRoleElement {
  // The provider shows only its loading and error states: it paints no background of its own.
  static override styles = [hostResetStyles, themeStyles, forcedColorsStyles, css`:host { background: none; }`];

  /** The framework object (career-framework/1). Takes precedence over `src` and inline JSON. Never mutated. */
  @property({ attribute: false }) framework?: Framework | unknown;

  /** A URL to fetch the framework from. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error` (default 30 s). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The selected target role id. */
  @property() target?: string;

  /** `light` or `dark` for every element inside that sets no theme of its own; unset, the page's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: ThemeName;

  /** The language of the elements inside (HTML's `lang`, observed, so they follow a change). */
  @property({ reflect: true }) override lang!: string;

  /** The text direction of the elements inside (HTML's `dir`, observed). */
  @property({ reflect: true }) override dir!: string;

  /** The person's profile (career-profile/1), shared with `<skill-gap>`. */
  @property({ attribute: false }) profile?: Profile;

  readonly #loader = new FrameworkLoader(this);
  readonly #provider = new ContextProvider(this, { context: careerContext });

  constructor() {
    super();
    new ThemeController(this);
    this.addEventListener('career-role-select', (event: CareerRoleSelectEvent) => {
      if (event.target === this) return;
      const id = event.detail.roleId;
      if (!this.currentRole) this.#select({ currentRole: id });
      else this.#select({ target: id === this.currentRole ? undefined : id });
    });
    this.addEventListener('career-move-select', (event: CareerMoveSelectEvent) => {
      this.#select({ target: event.detail.to });
    });
    this.addEventListener('career-profile-change', (event: CareerProfileChangeEvent) => {
      if (event.target === this) return;
      this.#select({ profile: event.detail.profile });
    });
  }

  /** The shared selection (`role` repeats `currentRole` for consumers written before the rename). */
  get selection(): CareerSelection {
    const currentRole = this.currentRole ?? undefined;
    return { currentRole, role: currentRole, target: this.target || undefined, profile: this.profile };
  }

  #select(patch: Pick<CareerSelection, 'currentRole' | 'target' | 'profile'>): void {
    if ('currentRole' in patch) this.currentRole = patch.currentRole ?? null;
    if ('target' in patch) this.target = patch.target;
    if ('profile' in patch) this.profile = patch.profile;
    this.dispatchEvent(new CareerSelectionChangeEvent(this.selection));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loader.timeout = this.timeout;
    if (changed.has('framework') || changed.has('src') || !this.hasUpdated) {
      this.#loader.setInputs(this.framework, this.src);
    }
    const value: CareerContextValue = {
      status: this.#loader.status,
      framework: this.#loader.framework,
      index: this.#loader.index,
      errors: this.#loader.errors,
      warnings: this.#loader.warnings,
      selection: this.selection,
    };
    this.#provider.setValue(value);
  }

  protected override render() {
    return html`${this.#loader.status === 'ready' || this.#loader.status === 'empty'
      ? ''
      : statusView(this.#loader.status, this.#loader.errors, '')}<slot></slot>`;
  }
}
