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
import { l10nOf, moveCard, payChangeText, type PanelContext } from './mobility-map-panel.js';

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

/** Why there is no route, in words. */
function noRoute(input: RouteCardsInput): TemplateResult {
  const { ctx, search, from, target } = input;
  const l10n = l10nOf(ctx);
  const between = { from: title(ctx, from), target: title(ctx, target) };
  if (search.reason === 'switched-off' && search.blocked) {
    const off = search.blocked.switchedOff.map((move) => `${l10n.isolate(title(ctx, move.from))} ${l10n.t('→')} ${l10n.isolate(title(ctx, move.to))} (${l10n.list(moveTags(move, l10n), 'unit')})`);
    return html`<p class="notice" role="status">${l10n.t('Routes from {from} to {target} exist only through moves the current filters switch off: {moves}.', { ...between, moves: off.join('; ') })}</p>`;
  }
  return html`<p class="notice" role="status">${input.inferring
    ? l10n.t('No sequence of moves leads from {from} to {target}.', between)
    : l10n.t('No sequence of moves leads from {from} to {target}, even through moves the framework does not declare: switch on suggested moves (infer-moves) to look further.', between)}</p>`;
}

/** The alternative routes to the target, side by side, each with its totals and its whole skill gap and learning plan. */
export function routeCards(input: RouteCardsInput): TemplateResult {
  const { ctx, search, totals, chosen, target } = input;
  const l10n = l10nOf(ctx);
  if (search.reason === 'unknown-role') return html``;
  const heading = l10n.t('Routes to {target}', { target: title(ctx, target) });
  return html`<section class="routes" aria-label=${heading}>
    <h3 class="section-title">${search.routes.length > 1 ? l10n.t('{routes} — {count} alternatives, best first', { routes: heading, count: search.routes.length }) : heading}</h3>
    ${search.routes.length === 0
      ? noRoute(input)
      : html`<ol class="route-cards">${search.routes.map((route, i) => routeCard(input, route.roles, totals[i], i, i === chosen))}</ol>`}
  </section>`;
}

function routeCard(input: RouteCardsInput, roles: readonly string[], totals: RouteTotals, index: number, chosen: boolean): TemplateResult {
  const { ctx } = input;
  const l10n = l10nOf(ctx);
  const name = index === 0 ? l10n.t('Best route') : l10n.t('Route {count}', { count: index + 1 });
  const months = totals.months > 0 ? l10n.months(totals.months) : totals.monthsUnknown > 0 ? l10n.t('not stated') : '—';
  const moves = (count: number) => l10n.t({ one: '{count} move', other: '{count} moves' }, { count });
  const pay = totals.pay ? payChangeText(ctx, roles[0], roles[roles.length - 1]) : undefined;
  const behaviours = totals.competencies.reduce((sum, c) => sum + c.added.length + c.changed.length, 0);
  return html`<li part="route" class=${`route-card ${chosen ? 'chosen' : ''}`} data-route-index=${index}>
    <h4>
      <button type="button" class="route-choose" aria-pressed=${chosen ? 'true' : 'false'} tabindex=${chosen ? '0' : '-1'}
        @click=${() => input.onChoose(index)} @keydown=${(event: KeyboardEvent) => input.onKey(event, index)}>
        ${name}: ${moves(totals.moves)}
      </button>
    </h4>
    <p class="route-path">${roles.map((id, i) => html`${i > 0 ? html`<span aria-hidden="true"> ${l10n.t('→')} </span><span class="visually-hidden"> ${l10n.t('then')} </span>` : nothing}<bdi>${title(ctx, id)}</bdi>`)}</p>
    <dl class="facts compact">
      <div><dt>${l10n.t('Typical time')}</dt><dd>${months}${totals.months > 0 && totals.monthsUnknown > 0 ? ` ${l10n.t({ one: '+ {count} move not stated', other: '+ {count} moves not stated' }, { count: totals.monthsUnknown })}` : ''}</dd></div>
      <div><dt>${totals.region ? l10n.t('Pay change ({region})', { region: totals.region }) : l10n.t('Pay change')}</dt><dd>${pay ?? l10n.t('no bands to compare')}${totals.payCuts > 0 ? html` <span class="muted">${l10n.t({ one: '({count} pay cut on the way)', other: '({count} pay cuts on the way)' }, { count: totals.payCuts })}</span>` : nothing}</dd></div>
      <div><dt>${l10n.t('Skills to build')}</dt><dd>${l10n.t({ one: '{count} skill', other: '{count} skills' }, { count: totals.skills.length })}, ${l10n.t({ one: '{count} level', other: '{count} levels' }, { count: totals.skillSteps })}</dd></div>
      <div><dt>${l10n.t('Learning')}</dt><dd>${totals.learning.steps.length > 0 ? l10n.hours(Math.round(totals.learning.totalHours)) : l10n.t('none listed')}</dd></div>
      <div><dt>${l10n.t('Requirements')}</dt><dd>${totals.requirements.length}${totals.certifications > 0 ? `, ${l10n.t({ one: '{count} certification', other: '{count} certifications' }, { count: totals.certifications })}` : ''}</dd></div>
      ${ctx.index.framework.competencies?.length ? html`<div><dt>${l10n.t('Competency changes')}</dt><dd>${l10n.t({ one: '{count} behaviour in {competencies}', other: '{count} behaviours in {competencies}' }, { count: behaviours, competencies: l10n.t({ one: '{count} competency', other: '{count} competencies' }, { count: totals.competencies.length }) })}</dd></div>` : nothing}
      ${totals.inferredMoves > 0 ? html`<div><dt>${l10n.t('Suggested moves')}</dt><dd>${l10n.t('{count} (not in the framework)', { count: totals.inferredMoves })}</dd></div>` : nothing}
    </dl>
    <details class="route-plan">
      <summary>${l10n.t('Skill gap and learning plan')}</summary>
      ${routePlan(ctx, totals)}
    </details>
  </li>`;
}

/** The whole route's skill gap and learning plan (requirements and competency changes are counted on the card and listed per step in the panel). */
function routePlan(ctx: PanelContext, totals: RouteTotals): TemplateResult {
  const { index } = ctx;
  const l10n = l10nOf(ctx);
  const skill = (id: string) => index.skill(id)?.label ?? id;
  const level = (value: number) => (value > 0 ? index.proficiencyLabel(value) : l10n.t('none'));
  return html`${totals.skills.length > 0
      ? html`<div class="detail"><h5>${l10n.t('Skills to build')}</h5><ul>${totals.skills.map((s) => html`<li><bdi>${skill(s.skill)}</bdi>: <bdi>${level(s.current)}</bdi> ${l10n.t('→')} <bdi>${level(s.required)}</bdi> <span class="muted">(${l10n.t('for {role}', { role: title(ctx, s.at) })})</span></li>`)}</ul></div>`
      : html`<p class="muted">${l10n.t('No skill gap along this route.')}</p>`}
    ${totals.learning.steps.length > 0
      ? html`<div class="detail"><h5>${l10n.t('Learning plan ({hours})', { hours: l10n.hours(Math.round(totals.learning.totalHours)) })}</h5><ol>${totals.learning.steps.map((step) => html`<li><bdi>${step.resource.title}</bdi> <span class="muted">(${step.estimated ? l10n.t('about {hours}', { hours: l10n.hours(step.hours) }) : l10n.hours(step.hours)}: ${l10n.list(step.covers.map((c) => skill(c.skill)))})</span></li>`)}</ol></div>`
      : nothing}
    ${totals.learning.uncovered.length > 0 ? html`<p class="muted">${l10n.t('No listed learning for {skills}.', { skills: l10n.list(totals.learning.uncovered.map((g) => skill(g.skill))) })}</p>` : nothing}`;
}

/** The panel's section of suggested moves from the focused role: apart from the declared ones, each explained. */
export function suggestedSection(ctx: PanelContext, moves: readonly InferredMove[], threshold: number): TemplateResult {
  const l10n = l10nOf(ctx);
  return html`<section class="suggested">
    <h4 class="section-title">${l10n.t('Suggested moves ({count})', { count: moves.length })}</h4>
    <p class="muted">${l10n.t("Not in the framework: roles whose skill requirements overlap this role's by at least {percent}.", { percent: l10n.percent(threshold) })}</p>
    ${moves.length > 0 ? html`<ul class="cards">${moves.map((move) => moveCard(ctx, move))}</ul>` : html`<p class="muted">${l10n.t('None at this threshold.')}</p>`}
  </section>`;
}
