import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ViewStateElement } from '../base/view-state-element.js';
import { isText, propertyField, type ViewStateFields } from '../base/view-state.js';
import { DEFAULT_TIMEOUT, FrameworkLoader, updatedAfterLoad } from '../base/framework-loader.js';
import { forcedColorsStyles } from '../base/forced-colors.styles.js';
import { hostResetStyles } from '../base/host-reset.styles.js';
import { statusView } from '../base/status-view.js';
import { themeStyles, type ThemeName } from '../base/theme.styles.js';
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
 * View state (`getViewState()`, `setViewState()`, `url-state`): `currentRole` and `target` — never
 * the profile, which is personal data.
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
export class CareerFramework extends ViewStateElement {
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

  protected override viewStateFields(): ViewStateFields {
    return { ...super.viewStateFields(), target: propertyField(this, 'target', isText) };
  }

  readonly #provider = new ContextProvider(this, { context: careerContext });

  constructor() {
    super();
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

  /** Also waits for a large framework validated in a task of its own, and the update that shares it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updatedAfterLoad(this.#loader, () => super.getUpdateComplete());
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
