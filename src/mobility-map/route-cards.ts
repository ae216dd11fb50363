/**
 * Alternative routes and suggested (inferred) moves on the map: the route cards under the map and
 * the suggested-moves section of the panel. Templates are functions of their input, with no state
 * of their own. Part of the map's route planner, loaded on first use (route-planner.part.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InferredMove } from '../model/inferred-move.js';
import type { RouteTotals } from '../model/route-totals.js';
import type { RouteSearch } from '../model/routes.js';
import { moveTags } from './mobility-map-model.js';
import { moveCard, payChangeText, type PanelContext } from './mobility-map-panel.js';

export interface RouteCardsInput {
  ctx: PanelContext;
  from: string;
  target: string;
  search: RouteSearch;
  totals: readonly RouteTotals[];
  chosen: number;
  /** Whether suggested moves are switched on (to say so when there is no route). */
  inferring: boolean;
  onChoose: (index: number) => void;
  onKey: (event: KeyboardEvent, index: number) => void;
}

const title = (ctx: PanelContext, id: string) => ctx.index.role(id)?.title ?? id;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why there is no route, in words. */
function noRoute(input: RouteCardsInput): TemplateResult {
  const { ctx, search, from, target } = input;
  const between = `${title(ctx, from)} to ${title(ctx, target)}`;
  if (search.reason === 'switched-off' && search.blocked) {
    const off = search.blocked.switchedOff.map((move) => `${title(ctx, move.from)} → ${title(ctx, move.to)} (${moveTags(move).join(', ').toLowerCase()})`);
    return html`<p class="notice" role="status">Routes from ${between} exist only through moves the current filters switch off: ${off.join('; ')}.</p>`;
  }
  return html`<p class="notice" role="status">No sequence of moves leads from ${between}${input.inferring ? '' : ', even through moves the framework does not declare: switch on suggested moves (infer-moves) to look further'}.</p>`;
}

/** The alternative routes to the target, side by side, each with its totals and its whole skill gap and learning plan. */
export function routeCards(input: RouteCardsInput): TemplateResult {
  const { ctx, search, totals, chosen, target } = input;
  if (search.reason === 'unknown-role') return html``;
  return html`<section class="routes" aria-label=${`Routes to ${title(ctx, target)}`}>
    <h3 class="section-title">Routes to ${title(ctx, target)}${search.routes.length > 1 ? ` — ${search.routes.length} alternatives, best first` : ''}</h3>
    ${search.routes.length === 0
      ? noRoute(input)
      : html`<ol class="route-cards">${search.routes.map((route, i) => routeCard(input, route.roles, totals[i], i, i === chosen))}</ol>`}
  </section>`;
}

function routeCard(input: RouteCardsInput, roles: readonly string[], totals: RouteTotals, index: number, chosen: boolean): TemplateResult {
  const { ctx } = input;
  const name = index === 0 ? 'Best route' : `Route ${index + 1}`;
  const months = totals.months > 0 ? `${totals.months} months` : totals.monthsUnknown > 0 ? 'not stated' : '—';
  const pay = totals.pay ? payChangeText(ctx, roles[0], roles[roles.length - 1]) : undefined;
  const behaviours = totals.competencies.reduce((sum, c) => sum + c.added.length + c.changed.length, 0);
  return html`<li part="route" class=${`route-card ${chosen ? 'chosen' : ''}`} data-route-index=${index}>
    <h4>
      <button type="button" class="route-choose" aria-pressed=${chosen ? 'true' : 'false'} tabindex=${chosen ? '0' : '-1'}
        @click=${() => input.onChoose(index)} @keydown=${(event: KeyboardEvent) => input.onKey(event, index)}>
        ${name}: ${plural(totals.moves, 'move')}
      </button>
    </h4>
    <p class="route-path">${roles.map((id, i) => html`${i > 0 ? html`<span aria-hidden="true"> → </span><span class="visually-hidden"> then </span>` : nothing}<span>${title(ctx, id)}</span>`)}</p>
    <dl class="facts compact">
      <div><dt>Typical time</dt><dd>${months}${totals.months > 0 && totals.monthsUnknown > 0 ? ` + ${plural(totals.monthsUnknown, 'move')} not stated` : ''}</dd></div>
      <div><dt>Pay change${totals.region ? ` (${totals.region})` : ''}</dt><dd>${pay ?? 'no bands to compare'}${totals.payCuts > 0 ? html` <span class="muted">(${plural(totals.payCuts, 'pay cut')} on the way)</span>` : nothing}</dd></div>
      <div><dt>Skills to build</dt><dd>${plural(totals.skills.length, 'skill')}, ${plural(totals.skillSteps, 'level')}</dd></div>
      <div><dt>Learning</dt><dd>${totals.learning.steps.length > 0 ? `${Math.round(totals.learning.totalHours)} h` : 'none listed'}</dd></div>
      <div><dt>Requirements</dt><dd>${totals.requirements.length}${totals.certifications > 0 ? `, ${plural(totals.certifications, 'certification')}` : ''}</dd></div>
      ${ctx.index.framework.competencies?.length ? html`<div><dt>Competency changes</dt><dd>${plural(behaviours, 'behaviour')} in ${plural(totals.competencies.length, 'competency', 'competencies')}</dd></div>` : nothing}
      ${totals.inferredMoves > 0 ? html`<div><dt>Suggested moves</dt><dd>${totals.inferredMoves} (not in the framework)</dd></div>` : nothing}
    </dl>
    <details class="route-plan">
      <summary>Skill gap and learning plan</summary>
      ${routePlan(ctx, totals)}
    </details>
  </li>`;
}

/** The whole route's skill gap and learning plan (requirements and competency changes are counted on the card and listed per step in the panel). */
function routePlan(ctx: PanelContext, totals: RouteTotals): TemplateResult {
  const { index } = ctx;
  const skill = (id: string) => index.skill(id)?.label ?? id;
  const level = (value: number) => (value > 0 ? index.proficiencyLabel(value) : 'none');
  return html`${totals.skills.length > 0
      ? html`<div class="detail"><h5>Skills to build</h5><ul>${totals.skills.map((s) => html`<li>${skill(s.skill)}: ${level(s.current)} → ${level(s.required)} <span class="muted">(for ${title(ctx, s.at)})</span></li>`)}</ul></div>`
      : html`<p class="muted">No skill gap along this route.</p>`}
    ${totals.learning.steps.length > 0
      ? html`<div class="detail"><h5>Learning plan (${Math.round(totals.learning.totalHours)} h)</h5><ol>${totals.learning.steps.map((step) => html`<li>${step.resource.title} <span class="muted">(${step.estimated ? `about ${step.hours}` : step.hours} h: ${step.covers.map((c) => skill(c.skill)).join(', ')})</span></li>`)}</ol></div>`
      : nothing}
    ${totals.learning.uncovered.length > 0 ? html`<p class="muted">No listed learning for ${totals.learning.uncovered.map((g) => skill(g.skill)).join(', ')}.</p>` : nothing}`;
}

/** The panel's section of suggested moves from the focused role: apart from the declared ones, each explained. */
export function suggestedSection(ctx: PanelContext, moves: readonly InferredMove[], threshold: number): TemplateResult {
  return html`<section class="suggested">
    <h4 class="section-title">Suggested moves (${moves.length})</h4>
    <p class="muted">Not in the framework: roles whose skill requirements overlap this role's by at least ${Math.round(threshold * 100)} %.</p>
    ${moves.length > 0 ? html`<ul class="cards">${moves.map((move) => moveCard(ctx, move))}</ul>` : html`<p class="muted">None at this threshold.</p>`}
  </section>`;
}
