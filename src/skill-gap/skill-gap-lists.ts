import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../base/status-view.js';
import type { Move } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { IMPORTANCE_WEIGHT } from '../model/skill-gap.js';
import { IMPORTANCES, RATING_SOURCES, wordsOf } from '../format/vocabulary.js';
import { aside } from './skill-gap-chart.js';
import type { GapModel } from './skill-gap-model.js';

/** The readiness score, its meter and its breakdown per importance. */
export function readinessSection(model: GapModel): TemplateResult {
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
        ${wordsOf(IMPORTANCES).filter((imp) => breakdown[imp].required > 0).map(
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

/** Skills the person has that the target does not ask for. */
export function strengthsSection(model: GapModel): TemplateResult {
  const strengths = model.view.strengths;
  return html`<section part="strengths" aria-labelledby="strengths-title">
    <h3 id="strengths-title">Transferable strengths</h3>
    ${strengths.length === 0
      ? html`<p class="note">No skills beyond what ${model.targetLabel} asks for.</p>`
      : html`<p class="note">Skills you have that ${model.targetLabel} does not ask for.</p>
          <ul class="plain">
            ${strengths.map((s) => html`<li>${s.label}: ${s.currentLabel}${aside(s.source && RATING_SOURCES[s.source].label)}</li>`)}
          </ul>`}
  </section>`;
}

/** Profile skills the framework does not know (left out of the gap). */
export function unknownSection(model: GapModel): TemplateResult | typeof nothing {
  if (model.unknownSkills.length === 0) return nothing;
  return html`<section part="unknown" class="warning" aria-labelledby="unknown-title">
    <h3 id="unknown-title">Not in this framework</h3>
    <p class="note">These profile skills are not in the framework, so they are left out of the gap:</p>
    <ul class="plain">
      ${model.unknownSkills.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
    </ul>
  </section>`;
}

/** The learning plan, then the declared move's requirements, mentors and typical time. */
export function planSection(model: GapModel, index: FrameworkIndex): TemplateResult | typeof nothing {
  const { plan, move } = model;
  // No skill rows: a skills learning plan has nothing to say; keep what the declared move asks.
  if (model.view.rows.length === 0) return move ? html`<section part="plan" class="plan" aria-label="This move">${moveDetails(move, model)}</section>` : nothing;
  const label = (skill: string) => index.skill(skill)?.label ?? skill;
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
    ${move ? moveDetails(move, model) : nothing}
  </section>`;
}

function moveDetails(move: Move, model: GapModel): TemplateResult {
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
