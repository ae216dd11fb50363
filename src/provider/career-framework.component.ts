import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ViewStateElement } from '../base/view-state-element.js';
import { isText, propertyField, type ViewStateFields } from '../base/view-state.js';
import { DEFAULT_TIMEOUT, FrameworkLoader } from '../base/framework-loader.js';
import { forcedColorsStyles } from '../base/forced-colors.styles.js';
import { hostResetStyles } from '../base/host-reset.styles.js';
import { statusView } from '../base/status-view.js';
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
 */
export class CareerFramework extends ViewStateElement {
  static override styles = [hostResetStyles, themeStyles, forcedColorsStyles];

  /** The framework object (career-framework/1). Takes precedence over `src` and inline JSON. Never mutated. */
  @property({ attribute: false }) framework?: Framework | unknown;

  /** A URL to fetch the framework from. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error` (default 30 s). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The selected target role id. */
  @property() target?: string;

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
