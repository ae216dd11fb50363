import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CareerElement } from '../base/career-element.js';
import { errorPanel, isSafeUrl } from '../base/status-view.js';
import { CareerProfileChangeEvent } from '../events.js';
import type { Importance, Move, Profile, ProficiencyStep, Problem, RatingSource } from '../format/types.js';
import { validateProfile } from '../format/validate.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { IMPORTANCE_WEIGHT, profileFromRole } from '../model/skill-gap.js';
import { gapView, levelLabel, levelSteps, rowSentence, withRating, type GapRowView, type GapView } from './gap-view.js';
import { learningPlan, type LearningPlan } from './learning-plan.js';
import { barGeometry, importanceMarker, levelAxis, radarLayout, type LevelAxis } from './skill-gap-layout.js';
import { skillGapStyles } from './skill-gap.styles.js';

type Problemed = { kind: 'message'; title: string; problems: Problem[] } | { kind: 'empty'; text: string };

interface Ready {
  kind: 'ready';
  view: GapView;
  plan: LearningPlan;
  steps: ProficiencyStep[];
  fromLabel: string;
  targetLabel: string;
  focusLabel?: string;
  move?: Move;
  unknownSkills: Problem[];
  whatIf: boolean;
}

/** A what-if session: the user's changed profile, the input it started from, and the row order. */
interface WhatIf {
  basis: Profile | string;
  baseline: Profile;
  profile: Profile;
  order: string[];
  target: string;
  focus?: string;
}

const SOURCE_TEXT: Record<RatingSource, string> = {
  self: 'self-rated',
  manager: 'manager-rated',
  certified: 'certified',
  inferred: 'from role',
};

const IMPORTANCES: Importance[] = ['core', 'optional', 'emerging'];

const profileChecks = new WeakMap<object, WeakMap<object, ReturnType<typeof validateProfile>>>();
/** validateProfile, remembered per (profile, framework) object pair. */
function checkProfile(profile: unknown, index: FrameworkIndex): ReturnType<typeof validateProfile> {
  if (typeof profile !== 'object' || profile === null) return validateProfile(profile, index.framework);
  let byFramework = profileChecks.get(profile);
  if (!byFramework) profileChecks.set(profile, (byFramework = new WeakMap()));
  let result = byFramework.get(index.framework);
  if (!result) byFramework.set(index.framework, (result = validateProfile(profile, index.framework)));
  return result;
}

/**
 * Where a person stands against a target role, skill by skill, and what would close the gap.
 *
 * The person is a `profile` (career-profile/1, ratings with sources) or, without one, the
 * `current-role`'s own requirements. Inside `<career-framework>` the element follows the shared selection:
 * `currentRole`, `target` and `profile` are its own when set, else the provider's selection (so inside
 * `<career-framework>`, leave `target` unset to follow the role the user picks in another element). Rows can be changed (what-if) by click, drag or arrow keys.
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
  static override styles = [...CareerElement.styles, skillGapStyles];

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

  @state() private whatIf?: WhatIf;
  @state() private trackWidth = 320;

  #model?: Ready | Problemed;
  #resizeObserver?: ResizeObserver;
  #observed?: Element;
  #dragging?: { skill: string; pointerId: number };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#observed = undefined;
  }

  /** The role, target and profile in effect (own values, or the provider's selection). */
  get #inputs(): { role?: string; target?: string; profile?: Profile } {
    const selection = this.selection;
    return {
      role: this.currentRole || selection.currentRole || undefined,
      target: this.target || selection.target || undefined,
      profile: this.profile ?? selection.profile,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#model = this.status === 'ready' && this.index ? this.#buildModel(this.index) : undefined;
  }

  #buildModel(index: FrameworkIndex): Ready | Problemed {
    const { role, target, profile } = this.#inputs;
    const problems: Problem[] = [];
    if (role && !index.role(role)) problems.push(unknownRole('current-role', role));
    if (!target) {
      if (problems.length) return { kind: 'message', title: 'The skill gap could not be shown', problems };
      return { kind: 'empty', text: 'Choose a target role to see the skill gap.' };
    }
    const targetRole = index.role(target);
    if (!targetRole) problems.push(unknownRole('target', target));
    const focus = this.focusArea || undefined;
    const area = focus ? targetRole?.focusAreas?.find((a) => a.id === focus) : undefined;
    if (targetRole && focus && !area) {
      const known = (targetRole.focusAreas ?? []).map((a) => `"${a.id}"`).join(', ');
      problems.push({ path: 'focus', code: 'unknown-focus', message: `focus area "${focus}" is not one of ${targetRole.title}'s${known ? ` (${known})` : ' (it has none)'}` });
    }
    const check = profile !== undefined ? checkProfile(profile, index) : undefined;
    if (check && !check.valid) {
      return { kind: 'message', title: 'This profile could not be used', problems: [...problems, ...check.errors] };
    }
    if (!profile && !role) problems.push({ path: 'current-role', code: 'no-person', message: 'set a current role or a profile to compare with the target' });
    if (problems.length) return { kind: 'message', title: 'The skill gap could not be shown', problems };

    const basis: Profile | string = profile ?? role!;
    const session = this.whatIf;
    const active = session && session.target === target && session.focus === focus && (session.basis === basis || session.profile === profile);
    if (session && !active) this.whatIf = undefined;
    const from = active ? session.profile : basis;
    const view = gapView(index, from, target, {
      focus,
      ...(active ? { baseline: session.baseline, order: session.order } : {}),
    });
    const fromRole = role ?? profile?.role;
    const move = fromRole ? index.move(fromRole, target)?.source : undefined;
    const plan = learningPlan(
      view.result.rows.map((row) => ({ skill: row.skill, steps: row.gap })),
      index.framework.learning ?? [],
    );
    return {
      kind: 'ready',
      view,
      plan,
      steps: levelSteps(index),
      fromLabel: profile ? (profile.name ?? (fromRole ? index.role(fromRole)?.title : undefined) ?? 'Your profile') : index.role(role!)!.title,
      targetLabel: targetRole!.title,
      ...(area ? { focusLabel: area.label } : {}),
      ...(move ? { move } : {}),
      unknownSkills: check?.warnings.filter((w) => w.code === 'unknown-skill') ?? [],
      whatIf: !!active,
    };
  }

  protected override updated(): void {
    const target = this.renderRoot.querySelector('.ticks, .radar');
    if (target === this.#observed) return;
    this.#resizeObserver?.disconnect();
    this.#observed = target ?? undefined;
    if (!target) return;
    // Applied in the next frame: re-rendering inside the observer callback would loop.
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && Math.abs(width - this.trackWidth) > 1) requestAnimationFrame(() => (this.trackWidth = width));
    });
    this.#resizeObserver.observe(target);
  }

  /** The user set a skill's current level: start or continue the what-if and announce the new profile. */
  #setLevel(skill: string, level: number): void {
    const model = this.#model;
    if (model?.kind !== 'ready' || !this.index) return;
    const row = model.view.rows.find((r) => r.skill === skill);
    if (!row || row.current === level) return;
    const { role, target, profile } = this.#inputs;
    const basis: Profile | string = profile ?? role!;
    const session: WhatIf = this.whatIf ?? {
      basis,
      baseline: profile ?? profileFromRole(this.index, role!),
      profile: profile ?? profileFromRole(this.index, role!),
      order: model.view.rows.map((r) => r.skill),
      target: target!,
      ...(this.focusArea ? { focus: this.focusArea } : {}),
    };
    const next = withRating(session.profile, skill, level);
    this.whatIf = { ...session, profile: next };
    this.dispatchEvent(new CareerProfileChangeEvent(next));
  }

  #resetWhatIf(): void {
    const session = this.whatIf;
    if (!session) return;
    this.whatIf = undefined;
    this.dispatchEvent(new CareerProfileChangeEvent({ ...session.baseline, skills: [...session.baseline.skills] }));
  }

  #onKeydown(event: KeyboardEvent, row: GapRowView, steps: readonly ProficiencyStep[]): void {
    const i = steps.findIndex((s) => s.value === row.current);
    const at = i >= 0 ? i : 0;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowUp: at + 1,
      PageUp: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at - 1,
      PageDown: at - 1,
      Home: 0,
      End: steps.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = steps[Math.max(0, Math.min(steps.length - 1, moves[event.key]))];
    this.#setLevel(row.skill, next.value);
  }

  #onPointer(event: PointerEvent, skill: string, valueAt: (event: PointerEvent) => number): void {
    if (event.type === 'pointerdown') {
      if (event.button !== 0) return;
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      this.#dragging = { skill, pointerId: event.pointerId };
    } else if (event.type === 'pointermove') {
      if (this.#dragging?.skill !== skill || this.#dragging.pointerId !== event.pointerId) return;
    } else {
      this.#dragging = undefined;
      return;
    }
    this.#setLevel(skill, valueAt(event));
  }

  protected override render() {
    const status = this.renderStatus();
    if (status !== nothing) return status;
    const model = this.#model;
    if (!model) return nothing;
    if (model.kind === 'empty') return html`<div part="status" class="status">${model.text}</div>`;
    if (model.kind === 'message') return errorPanel(model.problems, model.title);
    return html`<div class="body">
      ${this.#renderHeading(model)} ${this.#renderReadiness(model)} ${this.#renderChart(model)}
      <div class="lists">${this.#renderStrengths(model)} ${this.#renderUnknown(model)}</div>
      ${this.#renderPlan(model)}
    </div>`;
  }

  #renderHeading(model: Ready): TemplateResult {
    return html`<div class="heading">
      <h2>${model.fromLabel} → ${model.targetLabel}${model.focusLabel ? html` <span class="muted">(focus: ${model.focusLabel})</span>` : nothing}</h2>
      ${model.whatIf
        ? html`<span><span class="what-if">What-if: levels changed by you.</span> <button type="button" @click=${this.#resetWhatIf}>Reset what-if</button></span>`
        : html`<span class="muted">Change a current level by click, drag or arrow keys to try a what-if.</span>`}
    </div>`;
  }

  #renderReadiness(model: Ready): TemplateResult {
    const { readiness, breakdown, rows } = model.view.result;
    const percent = Math.round(readiness * 100);
    const stepsToGo = rows.reduce((sum, row) => sum + row.gap, 0);
    return html`<section part="readiness" class="readiness" aria-label="Readiness">
      <div>
        <div class="score">${percent}%</div>
        <div class="muted">ready</div>
      </div>
      <svg class="meter" width="120" height="10" role="img" aria-label=${`Readiness ${percent}%`}>
        <rect class="bg" width="120" height="10" rx="5"></rect>
        <rect class="fg" width=${120 * readiness} height="10" rx="5"></rect>
      </svg>
      <div>
        <ul class="breakdown">
          ${IMPORTANCES.filter((imp) => breakdown[imp].required > 0).map(
            (imp) => html`<li><strong>${breakdown[imp].met} of ${breakdown[imp].required}</strong> ${imp} skills met</li>`,
          )}
          <li>${stepsToGo === 0 ? 'No steps to go' : html`<strong>${stepsToGo}</strong> ${stepsToGo === 1 ? 'step' : 'steps'} to go`}</li>
        </ul>
        <div class="muted">
          Weighted share of required proficiency reached (core ×${IMPORTANCE_WEIGHT.core}, emerging ×${IMPORTANCE_WEIGHT.emerging}, optional
          ×${IMPORTANCE_WEIGHT.optional}).
        </div>
      </div>
    </section>`;
  }

  #renderLegend(): TemplateResult {
    const marker = (imp: Importance) =>
      html`<span><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path class="marker ${imp}" d=${importanceMarker(imp, 60)}></path></svg> required, ${imp}</span>`;
    return html`<div class="legend" aria-hidden="true">
      ${IMPORTANCES.map(marker)}
      <span><svg width="18" height="10" aria-hidden="true"><rect class="current-bar" width="18" height="10"></rect></svg> current</span>
      <span><svg width="18" height="10" aria-hidden="true"><rect class="gap-bar" x="0.5" y="0.5" width="17" height="9"></rect></svg> gap</span>
    </div>`;
  }

  #renderChart(model: Ready): TemplateResult {
    if (model.view.rows.length === 0) {
      return html`<div part="chart" class="note">${model.targetLabel} lists no skill requirements.</div>`;
    }
    let fallback: string | undefined;
    if (this.view === 'radar') {
      const size = Math.max(160, Math.min(this.trackWidth, 640));
      const radius = Math.max(60, Math.min(170, size / 2 - 130));
      const layout = radarLayout(model.view.rows, model.steps, radius);
      if (layout.kind === 'radar') return this.#renderRadar(model, layout, size, radius);
      fallback = layout.reason;
    }
    return html`<div part="chart" class="bars-wrap">
      ${fallback ? html`<p class="note" role="note">${fallback}</p>` : nothing} ${this.#renderLegend()} ${this.#renderBars(model)}
    </div>`;
  }

  #renderBars(model: Ready): TemplateResult {
    const axis = levelAxis(model.steps, this.trackWidth);
    return html`<div class="bars">
      <div class="axis" aria-hidden="true">
        <span></span>
        <div class="ticks">${model.steps.map((step) => html`<span>${step.label}</span>`)}</div>
        <span></span>
      </div>
      ${repeat(
        model.view.groups,
        (group) => group.category,
        (group) => html`<div class="group" role="group" aria-label=${group.category}>
          <h3 class="category">${group.category}</h3>
          ${repeat(group.rows, (row) => row.skill, (row) => this.#renderRow(model, row, axis))}
        </div>`,
      )}
    </div>`;
  }

  /** Attributes shared by a bar row and a radar spoke: one skill as a slider over the scale. */
  #sliderLabel(row: GapRowView): string {
    return [
      rowSentence(row),
      `${row.importance} skill`,
      row.source ? SOURCE_TEXT[row.source] : undefined,
      row.conflict ? conflictText(this.index!, row) : undefined,
      row.was ? `what-if, was ${row.was.label}` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
  }

  #renderRow(model: Ready, row: GapRowView, axis: LevelAxis): TemplateResult {
    const geometry = barGeometry(row, axis);
    const max = model.steps[model.steps.length - 1].value;
    const valueAt = (event: PointerEvent) => {
      // The track as drawn now (it may have been resized since the last layout).
      const rect = (event.currentTarget as Element).getBoundingClientRect();
      return levelAxis(model.steps, rect.width).valueAt(event.clientX - rect.left);
    };
    const pointer = (event: PointerEvent) => this.#onPointer(event, row.skill, valueAt);
    return html`<div
      part="skill"
      class="row ${row.conflict ? 'conflict' : ''}"
      data-skill-id=${row.skill}
      role="slider"
      tabindex="0"
      aria-label=${this.#sliderLabel(row)}
      aria-valuemin="0"
      aria-valuemax=${max}
      aria-valuenow=${row.current}
      aria-valuetext=${`${row.currentLabel}, gap ${row.gap}`}
      @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, row, model.steps)}
    >
      <span class="name">${row.label}<span class="tag ${row.importance}">${row.importance}</span></span>
      <svg class="track" height="26" @pointerdown=${pointer} @pointermove=${pointer} @pointerup=${pointer} @pointercancel=${pointer}>
        <line class="rail" x1=${geometry.origin} x2=${axis.ticks[axis.ticks.length - 1].at} y1="13" y2="13"></line>
        ${axis.ticks.map((tick) => svg`<circle class="tick" cx=${tick.at} cy="13" r="2"></circle>`)}
        ${geometry.met ? nothing : svg`<rect class="gap-bar" x=${geometry.current} y="7.5" width=${Math.max(0, geometry.required - geometry.current)} height="11"></rect>`}
        <rect class="current-bar" x=${geometry.origin} y="8" width=${Math.max(0, geometry.current - geometry.origin)} height="10" rx="2"></rect>
        <path class="marker ${row.importance}" transform="translate(${geometry.required},13)" d=${importanceMarker(row.importance)}></path>
      </svg>
      <span class="values">${this.#renderValues(row)}</span>
    </div>`;
  }

  #renderValues(row: GapRowView): TemplateResult {
    return html`${row.currentLabel}${aside(row.source && SOURCE_TEXT[row.source])} →
      ${row.requiredLabel} ·
      <span class="gap-text ${row.gap === 0 ? 'met' : ''}">${row.gap === 0 ? 'met' : `gap ${row.gap}`}</span>
      ${row.conflict ? html`<br /><span class="flag">⚠ ${conflictText(this.index!, row)}</span>` : nothing}
      ${row.was ? html`<br /><span class="what-if">what-if, was ${row.was.label}${row.was.source ? ` (${SOURCE_TEXT[row.was.source]})` : ''}</span>` : nothing}`;
  }

  #renderRadar(model: Ready, layout: Extract<ReturnType<typeof radarLayout>, { kind: 'radar' }>, size: number, radius: number): TemplateResult {
    const height = 2 * radius + 70;
    const rows = new Map(model.view.rows.map((row) => [row.skill, row]));
    const max = model.steps[model.steps.length - 1].value;
    return html`<div part="chart" class="radar">
      ${this.#renderLegend()}
      <svg width=${size} height=${height} viewBox="${-size / 2} ${-height / 2} ${size} ${height}" role="group" aria-label=${`Skill gap radar, ${model.view.rows.length} skills`}>
        <g aria-hidden="true">
          ${layout.rings.map((ring) => svg`<circle class="ring" r=${ring.at}></circle>`)}
          ${layout.ringLabels.map((ring) => svg`<text class="ring-label" x=${ring.x} y=${ring.y} text-anchor="end">${ring.label}</text>`)}
          <path class="required-area" d=${layout.requiredPath}></path>
          <path class="current-line" d=${layout.currentPath}></path>
        </g>
        ${repeat(
          layout.spokes,
          (spoke) => spoke.skill,
          (spoke) => {
            const row = rows.get(spoke.skill)!;
            const valueAt = (event: PointerEvent) => {
              const svgRect = (event.currentTarget as SVGGElement).ownerSVGElement!.getBoundingClientRect();
              const dx = event.clientX - (svgRect.left + svgRect.width / 2);
              const dy = event.clientY - (svgRect.top + svgRect.height / 2);
              return layout.valueAt(dx * Math.sin(spoke.angle) - dy * Math.cos(spoke.angle));
            };
            const pointer = (event: PointerEvent) => this.#onPointer(event, row.skill, valueAt);
            return svg`<g part="skill" class="spoke ${row.conflict ? 'conflict' : ''}" data-skill-id=${row.skill}
              role="slider" tabindex="0" aria-label=${this.#sliderLabel(row)}
              aria-valuemin="0" aria-valuemax=${max} aria-valuenow=${row.current} aria-valuetext=${`${row.currentLabel}, gap ${row.gap}`}
              @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, row, model.steps)}
              @pointerdown=${pointer} @pointermove=${pointer} @pointerup=${pointer} @pointercancel=${pointer}>
              <line class="spoke-hit" x2=${spoke.end.x} y2=${spoke.end.y}></line>
              <line class="spoke-line" x2=${spoke.end.x} y2=${spoke.end.y}></line>
              <path class="marker ${row.importance}" transform="translate(${spoke.required.x},${spoke.required.y})" d=${importanceMarker(row.importance, 70)}></path>
              <circle class="current-dot" cx=${spoke.current.x} cy=${spoke.current.y} r="4"></circle>
              <text class="spoke-label" x=${spoke.label.x} y=${spoke.label.y} text-anchor=${spoke.label.anchor}>${row.conflict ? '⚠ ' : ''}${row.label}${row.gap > 0 ? ` (−${row.gap})` : ''}</text>
            </g>`;
          },
        )}
      </svg>
      <ul class="radar-values" aria-hidden="true">
        ${model.view.rows.map((row) => html`<li>${row.label}: ${this.#renderValues(row)}</li>`)}
      </ul>
    </div>`;
  }

  #renderStrengths(model: Ready): TemplateResult {
    const strengths = model.view.strengths;
    return html`<section part="strengths" aria-labelledby="strengths-title">
      <h3 id="strengths-title">Transferable strengths</h3>
      ${strengths.length === 0
        ? html`<p class="note">No skills beyond what ${model.targetLabel} asks for.</p>`
        : html`<p class="note">Skills you have that ${model.targetLabel} does not ask for.</p>
            <ul class="plain">
              ${strengths.map((s) => html`<li>${s.label}: ${s.currentLabel}${aside(s.source && SOURCE_TEXT[s.source])}</li>`)}
            </ul>`}
    </section>`;
  }

  #renderUnknown(model: Ready): TemplateResult | typeof nothing {
    if (model.unknownSkills.length === 0) return nothing;
    return html`<section part="unknown" class="warning" aria-labelledby="unknown-title">
      <h3 id="unknown-title">Not in this framework</h3>
      <p class="note">These profile skills are not in the framework, so they are left out of the gap:</p>
      <ul class="plain">
        ${model.unknownSkills.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
      </ul>
    </section>`;
  }

  #renderPlan(model: Ready): TemplateResult {
    const { plan, move } = model;
    const label = (skill: string) => this.index!.skill(skill)?.label ?? skill;
    const moveLearning = new Set(move?.learning ?? []);
    return html`<section part="plan" class="plan" aria-labelledby="plan-title">
      <h3 id="plan-title">Learning plan</h3>
      ${plan.totalSteps === 0
        ? html`<p class="note">Nothing to close: every requirement of ${model.targetLabel} is met.</p>`
        : plan.steps.length === 0
          ? html`<p class="note">No learning resource in this framework covers these gaps.</p>`
          : html`<p class="note">
                ${plan.steps.length} ${plan.steps.length === 1 ? 'resource' : 'resources'}, ${plan.totalHours} hours, covering ${plan.coveredSteps} of
                ${plan.totalSteps} gap steps — chosen for the most gap per hour.
              </p>
              <ol class="steps">
                ${plan.steps.map(
                  (step) => html`<li>
                    ${isSafeUrl(step.resource.url)
                      ? html`<a href=${step.resource.url} rel="noopener" target="_blank">${step.resource.title}</a>`
                      : html`<span>${step.resource.title}</span>`}
                    <span class="muted">· ${step.resource.kind} · ${step.estimated ? `about ${step.hours} h (no hours given)` : `${step.hours} h`}</span>
                    ${moveLearning.has(step.resource.id) ? html`<span class="tag">suggested for this move</span>` : nothing}
                    <br />covers ${step.covers.map((c) => `${label(c.skill)} (${c.steps} ${c.steps === 1 ? 'step' : 'steps'})`).join(', ')}
                  </li>`,
                )}
              </ol>`}
      ${plan.uncovered.length > 0 && plan.steps.length > 0
        ? html`<p class="note">No resource covers: ${plan.uncovered.map((g) => label(g.skill)).join(', ')}.</p>`
        : nothing}
      ${move ? this.#renderMove(move, model) : nothing}
    </section>`;
  }

  #renderMove(move: Move, model: Ready): TemplateResult {
    const requirements = move.requirements ?? [];
    const mentors = move.mentors ?? [];
    return html`<div class="lists move">
      ${requirements.length
        ? html`<div>
            <h4>This move also asks for</h4>
            <ul class="plain">
              ${requirements.map((r) => html`<li>${r.label}${aside(r.kind)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${mentors.length
        ? html`<div>
            <h4>Mentors for this move</h4>
            <ul class="plain">
              ${mentors.map((m) => html`<li>${m}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${move.typicalMonths || move.note
        ? html`<p class="note">
            ${move.typicalMonths ? `${model.fromLabel} → ${model.targetLabel} typically takes ${move.typicalMonths} months. ` : ''}${move.note ?? ''}
          </p>`
        : nothing}
    </div>`;
  }
}

/** A muted aside after a value: " (self-rated)". */
function aside(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html` <span class="muted">(${text})</span>` : nothing;
}

function unknownRole(field: 'current-role' | 'target', id: string): Problem {
  const what = field === 'current-role' ? 'current role' : 'target role';
  return { path: field, code: `unknown-${field}`, message: `the ${what} "${id}" is not in this framework` };
}

function conflictText(index: FrameworkIndex, row: GapRowView): string {
  const c = row.conflict!;
  return `self (${levelLabel(index, c.self)}) and manager (${levelLabel(index, c.manager)}) differ by ${c.steps} steps`;
}
