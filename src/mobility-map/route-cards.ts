/**
 * Alternative routes and suggested (inferred) moves on the map: the route cards under the map,
 * the suggested-moves section of the panel, and the pure helpers the element uses to choose and
 * frame a route. Templates are functions of their input, with no state of their own.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Box, RoleNode } from './mobility-map-layout.js';
import { boundsOf } from './mobility-map-scene.js';
import { DEFAULT_INFER_THRESHOLD, type InferredMove } from '../model/inferred-moves.js';
import type { RouteTotals } from '../model/route-totals.js';
import type { RouteSearch } from '../model/routes.js';
import { moveTags } from './mobility-map-model.js';
import { moveCard, payChangeText, type PanelContext } from './mobility-map-panel.js';

/**
 * The threshold an `infer-moves` attribute asks for: undefined (no inference) when absent or not a
 * number, the default 0.6 when present without a value, else the number clamped to 0..1.
 */
export function parseThreshold(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.trim() === '') return DEFAULT_INFER_THRESHOLD;
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : undefined;
}

/** The box around a route's roles on the map (layout units), with a margin; undefined when none is drawn. */
export function routeBounds(roleIds: readonly string[], nodes: ReadonlyMap<string, RoleNode>, margin = 48): Box | undefined {
  return boundsOf(roleIds.map((id) => nodes.get(id)).filter((node): node is RoleNode => !!node), margin);
}

/** The position of each role on a route (0 = start), for `data-route-order`. */
export function routeOrder(roleIds: readonly string[] | undefined): Map<string, number> | undefined {
  return roleIds ? new Map(roleIds.map((id, i) => [id, i])) : undefined;
}

/** The card index a key moves to among `count` route cards (arrows wrap, Home/End), or undefined. */
export function routeKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

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

export const routeCardStyles = css`
  .routes { margin-top: 0.75em; }
  .route-cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .route-card {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_surface);
  }
  .route-card.chosen { border-top-color: var(--_accent); box-shadow: 0 0 0 2px var(--_accent); }
  .route-card h4 { margin: 0; font-size: 1em; }
  .route-choose { padding: 0.2em 0.5em; font-weight: 700; color: var(--_accent); border: 1px solid var(--_accent); }
  .route-choose[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); }
  .route-path { margin: 0.4em 0; font-size: 0.9em; }
  .route-plan summary { cursor: pointer; color: var(--_accent); font-weight: 600; margin-top: 0.25em; }
  .route-plan ol { margin: 0; padding-inline-start: 1.1em; }
  [data-inferred].move-card { border-top-style: dashed; }
  .move.inferred .line { stroke-dasharray: 6 4; }
  .role[data-route-step] rect { stroke-width: 3; }
  /* Highlight / HighlightText as the system pairs them: forced, the text would get a Canvas backplate. */
  @media (forced-colors: active) { .route-choose[aria-pressed='true'] { forced-color-adjust: none; } }
`;
