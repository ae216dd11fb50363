import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PrintController } from '../base/controllers/print-controller.js';
import { property, state } from 'lit/decorators.js';
import { CareerElement } from '../base/career-element.js';
import { isText, oneOf, propertyField, type ViewStateFields } from '../base/view-state.js';
import { ResizeController } from '../base/controllers/resize-controller.js';
import { errorPanel } from '../base/status-view.js';
import { CareerProfileChangeEvent } from '../events.js';
import type { Profile } from '../format/types.js';
import { LevelSliderController } from './level-slider.js';
import { skillChart } from './skill-gap-chart.js';
import { competencySection, competencyStyles, levelAtStep } from './skill-gap-competencies.js';
import { planSection, readinessSection, strengthsSection, unknownSection } from './skill-gap-lists.js';
import { gapModel, whatIfWithCompetency, whatIfWithLevel, type GapInputs, type GapMessage, type GapModel, type WhatIf } from './skill-gap-model.js';
import { skillGapStyles } from './skill-gap.styles.js';

/** The radar's width before its first measurement, in px. */
const DEFAULT_WIDTH = 320;

/**
 * Where a person stands against a target role, skill by skill, and what would close the gap.
 *
 * The person is a `profile` (career-profile/1, ratings with sources) or, without one, the
 * `current-role`'s own requirements. Inside `<career-framework>` the element follows the shared selection:
 * `currentRole`, `target` and `profile` are its own when set, else the provider's selection (so inside
 * `<career-framework>`, leave `target` unset to follow the role the user picks in another element). Rows can be changed (what-if) by click, drag or arrow keys.
 *
 * View state (`getViewState()`, `setViewState()`, `url-state`): `currentRole`, `target`, `focus`
 * and `view`. Never the profile or the what-if levels: they are personal data.
 *
 * @tag skill-gap
 * @summary Skill gap to a target role: chart, readiness, transferable strengths and a learning plan.
 * @fires career-profile-change - The user changed a current level (what-if) or reset it. `detail: { profile }`, a new object.
 * @fires career-load - A valid framework was loaded from the element's own input. `detail: { framework, warnings }`.
 * @fires career-error - The element's own framework input is invalid or failed to load. `detail: { errors }`.
 * @csspart chart - The chart: bars, or the radar with `view="radar"`.
 * @csspart skill - One skill row (bars) or spoke (radar); carries `data-skill-id`.
 * @csspart readiness - The readiness score and its breakdown.
 * @csspart strengths - The transferable strengths.
 * @csspart unknown - Profile skills that are not in the framework.
 * @csspart competencies - The competencies section: readiness in competency terms and one row per competency.
 * @csspart competency - One competency row (`data-competency-id`): a slider from the current to the target level, and the target's behaviours as a checklist (`li[data-change]`).
 * @csspart plan - The learning plan (and the declared move's requirements and mentors).
 * @csspart error - The error panel (invalid framework or profile, unknown role, target or focus).
 * @csspart status - The loading and empty states.
 * @cssproperty --career-skill-gap-current - Colour of the current level (bars, radar). Defaults to the accent.
 * @cssproperty --career-skill-gap-required - Colour of the required-level markers. Defaults to the text colour.
 * @cssproperty --career-skill-gap-gap - Colour of the gap outline. Defaults to the step-back colour.
 * @cssproperty --career-skill-gap-conflict - Colour of source-conflict flags. Defaults to the danger colour.
 * @cssproperty --career-skill-gap-label-width - Width of the skill-name column (default 14em).
 * @cssproperty --career-skill-gap-value-width - Width of the values column (default 19em).
 */
export class SkillGap extends CareerElement {
  static override styles = [...CareerElement.styles, skillGapStyles, competencyStyles];
  protected static override exportSkip = `${CareerElement.exportSkip}, .heading button`;

  /** The target role id. */
  @property() target?: string;

  /**
   * One of the target's focus areas (attribute `focus`), whose skills are added to the target's.
   * The property is `focusArea` because `focus` is HTMLElement's focus() method.
   */
  @property({ attribute: 'focus' }) focusArea?: string;

  /** The person's ratings (career-profile/1). Never mutated: what-if changes fire a new object. */
  @property({ attribute: false }) profile?: Profile;

  /** `bars` (default) or `radar` (up to 16 skills; more fall back to bars with a note). */
  @property({ reflect: true }) view: 'bars' | 'radar' = 'bars';

  /** The radar, loaded when `view="radar"` is first shown. */
  private readonly radar = this.loadOnFirstUse(() => import('./skill-gap-radar.part.js'));

  /** The user's what-if levels, while they apply to the inputs. */
  @state() private whatIf?: WhatIf;

  /** The width of the radar's area, in px. The bars need none: they are drawn in percent of their track. */
  @state() private radarWidth = DEFAULT_WIDTH;

  /**
   * Follows the radar's width. Applied in the next frame: the new width changes the radar, and
   * re-rendering inside the observer's delivery would loop.
   */
  constructor() {
    super();
    new ResizeController(this, {
      target: () => this.renderRoot.querySelector('.radar'),
      onResize: ({ width }) => {
        const rounded = Math.round(width);
        if (rounded > 0 && Math.abs(rounded - this.radarWidth) > 1) requestAnimationFrame(() => (this.radarWidth = rounded));
      },
    });
  }

  /** On paper every competency's checklist is open. */
  private readonly print = new PrintController(this);

  private readonly slider = new LevelSliderController<number>(this, (skill, level) => this.setLevel(skill, level));

  /** Competency rows: the value is a position on the levels (0 "None", then 1…n by rank). */
  private readonly competencySlider = new LevelSliderController<number>(this, (competency, step) =>
    this.setCompetencyLevel(competency, this.index ? levelAtStep(this.index, step)?.id : undefined),
  );

  private model?: GapModel | GapMessage;

  /** The role, target, profile and focus in effect (own values, or the provider's selection). */
  private get inputs(): GapInputs {
    const selection = this.selection;
    return {
      role: this.currentRole || selection.currentRole || undefined,
      target: this.target || selection.target || undefined,
      profile: this.profile ?? selection.profile,
      focus: this.focusArea || undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const l10n = this.l10n;
    const words = { none: l10n.t('None'), yourProfile: l10n.t('Your profile'), other: l10n.t('Other') };
    this.model = this.status === 'ready' && this.index ? gapModel(this.index, this.inputs, this.whatIf, words) : undefined;
    if (this.model?.kind === 'ready' && !this.model.whatIf) this.whatIf = undefined;
  }

  protected override viewStateFields(): ViewStateFields {
    return {
      ...super.viewStateFields(),
      target: propertyField(this, 'target', isText),
      focus: propertyField(this, 'focusArea', isText),
      view: propertyField(this, 'view', oneOf('bars', 'radar'), 'bars'),
    };
  }

  /** The user set a skill's current level: start or continue the what-if and announce the new profile. */
  private setLevel(skill: string, level: number): void {
    if (this.model?.kind !== 'ready' || !this.index) return;
    const next = whatIfWithLevel(this.index, this.model, this.inputs, this.whatIf, skill, level);
    if (!next) return;
    this.whatIf = next;
    this.dispatchEvent(new CareerProfileChangeEvent(next.profile));
  }

  /** The user set a competency's level: start or continue the what-if and announce the new profile. */
  private setCompetencyLevel(competency: string, level: string | undefined): void {
    if (this.model?.kind !== 'ready' || !this.index) return;
    const next = whatIfWithCompetency(this.index, this.model, this.inputs, this.whatIf, competency, level);
    if (!next) return;
    this.whatIf = next;
    this.dispatchEvent(new CareerProfileChangeEvent(next.profile));
  }

  private resetWhatIf(): void {
    const session = this.whatIf;
    if (!session) return;
    this.whatIf = undefined;
    const { baseline } = session;
    this.dispatchEvent(new CareerProfileChangeEvent({ ...baseline, skills: [...baseline.skills], ...(baseline.competencies ? { competencies: [...baseline.competencies] } : {}) }));
  }

  protected override render() {
    const status = this.renderStatus();
    if (status !== nothing) return status;
    const model = this.model;
    if (!model) return nothing;
    const l10n = this.l10n;
    if (model.kind === 'empty') return html`<div part="status" class="status">${l10n.t('Choose a target role to see the skill gap.')}</div>`;
    if (model.kind === 'message') return errorPanel(model.problems, l10n.t(model.title), l10n);
    const index = this.index!;
    const radar = this.view === 'radar' ? this.radar.get() : undefined;
    // Only the radar reads the direction (the bars are mirrored by CSS): a computed style read here,
    // while the page's styles are out of date (the element was just added), costs a style pass.
    const rtl = radar !== undefined && getComputedStyle(this).direction === 'rtl';
    const chart = { index, view: this.view, width: this.radarWidth, slider: this.slider, l10n, rtl, radar };
    const competencies = model.competencies?.rows.length
      ? competencySection(model.competencies, { index, slider: this.competencySlider, targetLabel: model.targetLabel, l10n, noLevel: model.steps[0].label, printing: this.print.printing })
      : nothing;
    if (model.undescribed) {
      return html`${this.renderExportBar()}<div class="body">
        ${this.renderHeading(model)}
        <p part="chart" class="note">${l10n.t('This framework describes neither skills nor competency expectations for {target}, so it does not say what this move takes.', { target: model.targetLabel })}</p>
        ${planSection(model, index, l10n)}
      </div>`;
    }
    if (!model.showSkills) {
      return html`${this.renderExportBar()}<div class="body">${this.renderHeading(model)} ${competencies} ${planSection(model, index, l10n)}</div>`;
    }
    return html`${this.renderExportBar()}<div class="body">
      ${this.renderHeading(model)} ${readinessSection(model, l10n)} ${skillChart(model, chart)} ${competencies}
      <div class="lists">${strengthsSection(model, l10n)} ${unknownSection(model, l10n)}</div>
      ${planSection(model, index, l10n)}
    </div>`;
  }

  private renderHeading(model: GapModel): TemplateResult {
    const l10n = this.l10n;
    return html`<div class="heading">
      <h2>${l10n.t('{from} → {to}', { from: model.fromLabel, to: model.targetLabel })}${model.focusLabel ? html` <span class="muted">${l10n.t('(focus: {focus})', { focus: model.focusLabel })}</span>` : nothing}</h2>
      ${model.whatIf
        ? html`<span><span class="what-if">${l10n.t('What-if: levels changed by you.')}</span> <button type="button" @click=${this.resetWhatIf}>${l10n.t('Reset what-if')}</button></span>`
        : html`<span class="muted">${l10n.t('Change a current level by click, drag or arrow keys to try a what-if.')}</span>`}
    </div>`;
  }
}
