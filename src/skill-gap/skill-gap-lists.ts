import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../base/status-view.js';
import type { Move } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { IMPORTANCE_WEIGHT } from '../model/skill-gap.js';
import { IMPORTANCES, REQUIREMENT_KINDS, wordsOf } from '../format/vocabulary.js';
import type { Localizer } from '../base/localize.js';
import { aside, importanceWord, sourceWord } from './skill-gap-chart.js';
import type { GapModel } from './skill-gap-model.js';

/** The readiness score, its meter and its breakdown per importance. */
export function readinessSection(model: GapModel, l10n: Localizer): TemplateResult {
  const { readiness, breakdown, rows } = model.view.result;
  const percent = l10n.percent(readiness);
  const stepsToGo = rows.reduce((sum, row) => sum + row.gap, 0);
  return html`<section part="readiness" class="readiness" aria-label=${l10n.t('Readiness')}>
    <div>
      <div class="score">${percent}</div>
      <div class="muted">${l10n.t('ready')}</div>
    </div>
    <svg class="meter" width="120" height="10" role="img" aria-label=${l10n.t('Readiness {percent}', { percent })}>
      <rect class="bg" width="120" height="10" rx="5"></rect>
      <rect class="fg" width=${120 * readiness} height="10" rx="5"></rect>
    </svg>
    <div>
      <ul class="breakdown">
        ${wordsOf(IMPORTANCES).filter((imp) => breakdown[imp].required > 0).map(
          (imp) => html`<li>${l10n.t('{met} of {count} {importance} skills met', { met: breakdown[imp].met, count: breakdown[imp].required, importance: importanceWord(l10n, imp) })}</li>`,
        )}
        <li>${l10n.t({ zero: 'No steps to go', one: '{count} step to go', other: '{count} steps to go' }, { count: stepsToGo })}</li>
      </ul>
      <div class="muted">${l10n.t('Weighted share of required proficiency reached (core ×{core}, emerging ×{emerging}, optional ×{optional}).', IMPORTANCE_WEIGHT)}</div>
    </div>
  </section>`;
}

/** Skills the person has that the target does not ask for. */
export function strengthsSection(model: GapModel, l10n: Localizer): TemplateResult {
  const strengths = model.view.strengths;
  const target = { target: model.targetLabel };
  return html`<section part="strengths" aria-labelledby="strengths-title">
    <h3 id="strengths-title">${l10n.t('Transferable strengths')}</h3>
    ${strengths.length === 0
      ? html`<p class="note">${l10n.t('No skills beyond what {target} asks for.', target)}</p>`
      : html`<p class="note">${l10n.t('Skills you have that {target} does not ask for.', target)}</p>
          <ul class="plain">
            ${strengths.map((s) => html`<li><bdi>${s.label}</bdi>: <bdi>${s.currentLabel}</bdi>${aside(sourceWord(l10n, s.source))}</li>`)}
          </ul>`}
  </section>`;
}

/** Profile skills the framework does not know (left out of the gap). */
export function unknownSection(model: GapModel, l10n: Localizer): TemplateResult | typeof nothing {
  if (model.unknownSkills.length === 0) return nothing;
  return html`<section part="unknown" class="warning" aria-labelledby="unknown-title">
    <h3 id="unknown-title">${l10n.t('Not in this framework')}</h3>
    <p class="note">${l10n.t('These profile skills are not in the framework, so they are left out of the gap:')}</p>
    <ul class="plain">
      ${model.unknownSkills.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
    </ul>
  </section>`;
}

/** The learning plan, then the declared move's requirements, mentors and typical time. */
export function planSection(model: GapModel, index: FrameworkIndex, l10n: Localizer): TemplateResult | typeof nothing {
  const { plan, move } = model;
  // No skill rows: a skills learning plan has nothing to say; keep what the declared move asks.
  if (model.view.rows.length === 0) return move ? html`<section part="plan" class="plan" aria-label=${l10n.t('This move')}>${moveDetails(move, model, l10n)}</section>` : nothing;
  const label = (skill: string) => index.skill(skill)?.label ?? skill;
  const moveLearning = new Set(move?.learning ?? []);
  return html`<section part="plan" class="plan" aria-labelledby="plan-title">
    <h3 id="plan-title">${l10n.t('Learning plan')}</h3>
    ${plan.totalSteps === 0
      ? html`<p class="note">${l10n.t('Nothing to close: every requirement of {target} is met.', { target: model.targetLabel })}</p>`
      : plan.steps.length === 0
        ? html`<p class="note">${l10n.t('No learning resource in this framework covers these gaps.')}</p>`
        : html`<p class="note">
              ${l10n.t({ one: '{count} resource, {hours}, covering {covered} of {total} gap steps — chosen for the most gap per hour.', other: '{count} resources, {hours}, covering {covered} of {total} gap steps — chosen for the most gap per hour.' }, { count: plan.steps.length, hours: l10n.hours(plan.totalHours), covered: plan.coveredSteps, total: plan.totalSteps })}
            </p>
            <ol class="steps">
              ${plan.steps.map(
                (step) => html`<li>
                  ${isSafeUrl(step.resource.url)
                    ? html`<a href=${step.resource.url} rel="noopener" target="_blank" dir="auto">${step.resource.title}</a>`
                    : html`<span dir="auto">${step.resource.title}</span>`}
                  <span class="muted">· ${l10n.t(step.resource.kind)} · ${step.estimated ? l10n.t('about {hours} (no hours given)', { hours: l10n.hours(step.hours) }) : l10n.hours(step.hours)}</span>
                  ${moveLearning.has(step.resource.id) ? html`<span class="tag">${l10n.t('suggested for this move')}</span>` : nothing}
                  <br />${l10n.t('covers {skills}', { skills: l10n.list(step.covers.map((c) => l10n.t({ one: '{skill} ({count} step)', other: '{skill} ({count} steps)' }, { skill: label(c.skill), count: c.steps }))) })}
                </li>`,
              )}
            </ol>`}
    ${plan.uncovered.length > 0 && plan.steps.length > 0
      ? html`<p class="note">${l10n.t('No resource covers: {skills}.', { skills: l10n.list(plan.uncovered.map((g) => label(g.skill))) })}</p>`
      : nothing}
    ${move ? moveDetails(move, model, l10n) : nothing}
  </section>`;
}

function moveDetails(move: Move, model: GapModel, l10n: Localizer): TemplateResult {
  const requirements = move.requirements ?? [];
  const mentors = move.mentors ?? [];
  return html`<div class="lists move">
    ${requirements.length
      ? html`<div>
          <h4>${l10n.t('This move also asks for')}</h4>
          <ul class="plain">
            ${requirements.map((r) => html`<li><bdi>${r.label}</bdi>${aside(r.kind && l10n.t(REQUIREMENT_KINDS[r.kind]?.label ?? r.kind))}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${mentors.length
      ? html`<div>
          <h4>${l10n.t('Mentors for this move')}</h4>
          <ul class="plain">
            ${mentors.map((m) => html`<li dir="auto">${m}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${move.typicalMonths || move.note
      ? html`<p class="note">
          ${move.typicalMonths ? `${l10n.t('{from} → {target} typically takes {duration}.', { from: model.fromLabel, target: model.targetLabel, duration: l10n.months(move.typicalMonths) })} ` : ''}${move.note ? html`<bdi>${move.note}</bdi>` : ''}
        </p>`
      : nothing}
  </div>`;
}
