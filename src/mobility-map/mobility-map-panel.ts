import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../base/status-view.js';
import type { Role } from '../format/types.js';
import { isWordOf, REQUIREMENT_KINDS } from '../format/vocabulary.js';
import type { CareerMove, FrameworkIndex } from '../model/framework-index.js';
import { payChange } from '../model/pay.js';
import { ENGLISH, type Localizer } from '../base/localize.js';
import { isInferred, type InferredMove } from '../model/inferred-move.js';
import type { Route } from '../model/routes.js';
import type { MoveAsks } from './move-asks.part.js';
import { levelName, moveName, moveTags } from './mobility-map-model.js';
import type { OverviewLayout } from './mobility-map-overview.js';
import type { FlowSummary } from './mobility-map-paths.js';

/** What the panel templates need from the element. */
export interface PanelContext {
  index: FrameworkIndex;
  region?: string;
  locale?: string;
  /** The UI strings and formats (English when unset). */
  l10n?: Localizer;
  selectedMove?: { from: string; to: string };
  /** The user picked a move (a button in a move card). */
  onMove: (from: string, to: string) => void;
  /** What a move asks (skills, competencies), once that code has loaded (move-asks.part.ts); unset while it loads. */
  asks?: (from: string, to: string) => MoveAsks;
  /** Why a suggested move is suggested, in the panel's language (from the route planner, which made it). */
  explain?: (move: InferredMove) => string;
}


/** The panel's UI strings: the context's, else English. */
export const l10nOf = (ctx: PanelContext): Localizer => ctx.l10n ?? ENGLISH;

/** A requirement's kind as its tag says it, in the panel's language. */
function requirementLabel(l10n: Localizer, kind: string | undefined): string {
  const word = isWordOf(REQUIREMENT_KINDS, kind) ? kind : 'other';
  return l10n.t(REQUIREMENT_KINDS[word].label);
}

function title(index: FrameworkIndex, id: string): string {
  return index.role(id)?.title ?? id;
}

export function payBandText(ctx: PanelContext, roleId: string): string | undefined {
  if (!ctx.region) return undefined;
  const band = ctx.index.payBand(roleId, ctx.region);
  if (!band) return undefined;
  const l10n = l10nOf(ctx);
  return `${l10n.money(band.base.min, band.currency)} – ${l10n.money(band.base.max, band.currency)}`;
}

/** "+$12,500 (+14 %)" for the pay change of a move in the context's region, or undefined. */
export function payChangeText(ctx: PanelContext, from: string, to: string): string | undefined {
  if (!ctx.region) return undefined;
  const change = payChange(ctx.index, from, to, ctx.region);
  if (!change) return undefined;
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
  const l10n = l10nOf(ctx);
  const percent = l10n.percent(change.ratio, { signDisplay: 'exceptZero' });
  return `${sign}${l10n.money(Math.abs(change.delta), change.currency)} (${percent})`;
}

/** The heading of a focused role: title, family, track, level, summary and pay band. */
export function roleSummary(ctx: PanelContext, role: Role): TemplateResult {
  const { index } = ctx;
  const band = payBandText(ctx, role.id);
  const l10n = l10nOf(ctx);
  return html`<header class="role-summary">
    <p class="eyebrow">${l10n.t('You are here')}</p>
    <h3 dir="auto">${role.title}</h3>
    <dl class="facts">
      <div><dt>${l10n.t('Family')}</dt><dd>${index.family(role.family)?.label ?? role.family}</dd></div>
      <div><dt>${l10n.t('Track')}</dt><dd>${index.track(role.track)?.label ?? role.track}</dd></div>
      <div><dt>${l10n.t('Level')}</dt><dd>${levelName(index, role)}</dd></div>
      <div><dt>${ctx.region ? l10n.t('Pay band ({region})', { region: ctx.region }) : l10n.t('Pay band')}</dt><dd>${band ?? l10n.t('not published')}</dd></div>
    </dl>
    ${role.summary ? html`<p class="summary" dir="auto">${role.summary}</p>` : nothing}
  </header>`;
}

function list(heading: string, items: readonly (TemplateResult | string)[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="detail"><h5>${heading}</h5><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></div>`;
}

/** One move as a card: kind, destination, requirements, learning, mentors, time, pay change and skill gap. */
export function moveCard(ctx: PanelContext, move: CareerMove, step?: number): TemplateResult {
  const { index } = ctx;
  const l10n = l10nOf(ctx);
  const source = move.source;
  const destination = index.role(move.to);
  const pay = payChangeText(ctx, move.from, move.to);
  const selected = ctx.selectedMove?.from === move.from && ctx.selectedMove.to === move.to;
  const learning = (source?.learning ?? []).map((id) => {
    const resource = index.learningResource(id);
    if (!resource) return id;
    const meta = l10n.list([resource.kind ? l10n.t(resource.kind) : '', resource.hours ? l10n.hours(resource.hours) : ''].filter(Boolean), 'unit');
    const name = isSafeUrl(resource.url) ? html`<a href=${resource.url} target="_blank" rel="noopener">${resource.title}</a>` : resource.title;
    return html`${name} <span class="muted">(${meta})</span>`;
  });
  const requirements = (source?.requirements ?? []).map(
    (req) => html`<span class="tag ${req.kind === 'certification' ? 'certification' : ''}">${requirementLabel(l10n, req.kind)}</span> <bdi>${req.label}</bdi>`,
  );
  const asks = ctx.asks?.(move.from, move.to);
  const gap = asks?.skills ?? [];
  const tags = moveTags(move, l10n);
  const inferred = isInferred(move);
  return html`<li class="move-card ${move.kind} ${selected ? 'selected' : ''}" data-from=${move.from} data-to=${move.to} data-inferred=${inferred ? '' : nothing}>
    <h4>
      ${step !== undefined ? html`<span class="step" aria-hidden="true">${step}</span>` : nothing}
      <button type="button" class="move-button" @click=${() => ctx.onMove(move.from, move.to)}>
        ${step !== undefined ? html`<span class="visually-hidden">${l10n.t('Step {count}', { count: step })}: </span><bdi>${title(index, move.from)}</bdi> ${l10n.t('→')} ` : `${l10n.t('→')} `}<bdi>${title(index, move.to)}</bdi><span class="visually-hidden"> (${l10n.list(tags, 'unit')})</span>
      </button>
    </h4>
    <p class="tags">${tags.map((tag, i) => html`<span class="tag ${i === 0 ? `move-kind ${move.kind}` : 'qualifier'}">${tag}</span>`)}</p>
    <p class="muted">${destination ? `${index.family(destination.family)?.label ?? destination.family} · ${levelName(index, destination)}` : ''}</p>
    <dl class="facts compact">
      <div><dt>${l10n.t('Typical time')}</dt><dd>${source?.typicalMonths !== undefined ? l10n.months(source.typicalMonths) : l10n.t('not stated')}</dd></div>
      <div><dt>${ctx.region ? l10n.t('Pay change ({region})', { region: ctx.region }) : l10n.t('Pay change')}</dt><dd>${pay ?? l10n.t('no band to compare')}</dd></div>
    </dl>
    ${move.declared ? nothing : html`<p class=${inferred ? 'explanation' : 'muted'}>${inferred ? `${ctx.explain?.(move) ?? move.explanation}.` : l10n.t('The next level up this ladder (not declared as a move in the framework).')}</p>`}
    ${list(l10n.t('Requirements and certifications'), requirements)}
    ${list(l10n.t('Learning'), learning)}
    ${list(l10n.t('Mentors'), source?.mentors ?? [])}
    ${asks ? nothing : html`<p class="muted" role="status">${l10n.t('Loading…')}</p>`}
    ${list(l10n.t('Skills to build'), gap)}
    ${asks?.describesSkills && gap.length === 0 ? html`<p class="muted">${l10n.t("No skill gap: this role already meets the destination's skill requirements.")}</p>` : nothing}
    ${asks?.card ?? nothing}
    ${source?.note ? html`<p class="note" dir="auto">${source.note}</p>` : nothing}
  </li>`;
}

/** The numbered steps of a route to the target. */
export function routeSection(ctx: PanelContext, route: Route | undefined, from: string, target: string): TemplateResult {
  const l10n = l10nOf(ctx);
  const targetTitle = title(ctx.index, target);
  if (!route) {
    return html`<section class="route"><h4 class="section-title">${l10n.t('Route to {target}', { target: targetTitle })}</h4>
      <p class="notice" role="status">${l10n.t('No route from {from} to {target} with the moves shown.', { from: title(ctx.index, from), target: targetTitle })}</p></section>`;
  }
  const months = route.moves.reduce((sum, move) => sum + (move.source?.typicalMonths ?? 0), 0);
  const summary = l10n.t({ one: 'Route to {target}: {count} move', other: 'Route to {target}: {count} moves' }, { target: targetTitle, count: route.moves.length });
  return html`<section class="route">
    <h4 class="section-title">${months ? l10n.t('{summary}, about {duration}', { summary, duration: l10n.months(months) }) : summary}</h4>
    <ol class="cards">${route.moves.map((move, i) => moveCard(ctx, move, i + 1))}</ol>
  </section>`;
}

/** The panel with nothing focused: what the overview shows and how to start. */
export function overviewSection(ctx: PanelContext, roles: number, flows: FlowSummary): TemplateResult {
  const { index } = ctx;
  const l10n = l10nOf(ctx);
  const family = (id: string) => index.family(id)?.label ?? id;
  return html`<section class="overview">
    <h3>${index.framework.name}</h3>
    <p>${l10n.t({ one: '{count} role. Select a role (click it, or use the arrow keys and Enter, or search) to see where it can lead and what each move takes.', other: '{count} roles. Select a role (click it, or use the arrow keys and Enter, or search) to see where it can lead and what each move takes.' }, { count: roles })}</p>
    ${flows.flows.length > 0
      ? html`<h4 class="section-title">${l10n.t('Moves between families')}${flows.pairs > flows.flows.length ? ` ${l10n.t('(largest {count} of {pairs})', { count: flows.flows.length, pairs: flows.pairs })}` : ''}</h4>
          <ul class="flows">${flows.flows.map((flow) => html`<li><bdi>${family(flow.from)}</bdi> ${l10n.t('→')} <bdi>${family(flow.to)}</bdi>: ${flow.count}</li>`)}</ul>`
      : nothing}
    ${flows.within.size > 0
      ? html`<h4 class="section-title">${l10n.t('Moves within a family')}</h4>
          <ul class="flows">${[...flows.within].map(([id, count]) => html`<li>${family(id)}: ${count}</li>`)}</ul>`
      : nothing}
  </section>`;
}

/** The screen-reader twin: the focused role's moves as a table. */
export function movesTable(ctx: PanelContext, role: Role, moves: readonly CareerMove[]): TemplateResult {
  const l10n = l10nOf(ctx);
  // The wrapper hides it: a table's own width cannot shrink below its content.
  return html`<div class="visually-hidden"><table class="moves-table">
    <caption>${l10n.t('Moves from {role}', { role: role.title })}</caption>
    <thead><tr><th scope="col">${l10n.t('Destination')}</th><th scope="col">${l10n.t('Kind')}</th><th scope="col">${l10n.t('Typical months')}</th><th scope="col">${l10n.t('Pay change')}</th><th scope="col">${l10n.t('What it takes')}</th></tr></thead>
    <tbody>
      ${moves.map(
        (move) => html`<tr>
          <th scope="row">${title(ctx.index, move.to)}</th>
          <td>${l10n.list(moveTags(move, l10n), 'unit')}</td>
          <td>${move.source?.typicalMonths ?? '—'}</td>
          <td>${payChangeText(ctx, move.from, move.to) ?? '—'}</td>
          <td>${ctx.asks?.(move.from, move.to).line ?? '…'}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

export interface PanelInput {
  /** The role the map focuses, when it exists in the framework. */
  focus?: Role;
  /** A focused role id that is not in the framework (explained in a notice). */
  unknownFocusId?: string;
  target?: Role;
  unknownTargetId?: string;
  /** Whether the focused role is hidden by the map's filters. */
  focusHidden: boolean;
  moves: readonly CareerMove[];
  route?: Route;
  /** Roles on the map and the family flows, for the overview. */
  roleCount: number;
  flows: FlowSummary;
  /** The family overview, when the map shows it. */
  overview?: OverviewLayout;
}

/** A move's accessible name on the map: kind, from, to and pay change. */
export function moveLabel(ctx: PanelContext, move: CareerMove): string {
  const pay = payChangeText(ctx, move.from, move.to);
  const l10n = l10nOf(ctx);
  const name = moveName(ctx.index, move, l10n);
  return pay ? l10n.t('{name}, pay {pay}', { name, pay }) : l10n.t('{name}, no pay change known', { name });
}

/** The panel beside the family overview: what it shows, and the flows that are not drawn. */
function familyOverviewSection(ctx: PanelContext, overview: OverviewLayout): TemplateResult {
  const family = (id: string) => ctx.index.family(id)?.label ?? id;
  const l10n = l10nOf(ctx);
  return html`<section class="overview">
    <h3 dir="auto">${ctx.index.framework.name}</h3>
    <p>${l10n.t('{count} roles in {families} families. Open a family (click it, or use the arrow keys and Enter) to see its roles, or search for a role.', { count: ctx.index.framework.roles.length, families: overview.families.length })}</p>
    <h4 class="section-title">${l10n.t('Moves between families (strongest {count})', { count: overview.flows.length })}</h4>
    <ul class="flows">${overview.flows.map((flow) => html`<li><bdi>${family(flow.from)}</bdi> ${l10n.t('→')} <bdi>${family(flow.to)}</bdi>: ${flow.count}</li>`)}</ul>
    ${overview.rest.pairs > 0 ? html`<p class="muted">${l10n.t('And {count} more moves between {pairs} other pairs of families, not drawn.', { count: overview.rest.moves, pairs: overview.rest.pairs })}</p>` : nothing}
  </section>`;
}

/** The whole panel: notices, then the overview with nothing focused, else the role, its route and its moves. */
export function panelView(ctx: PanelContext, p: PanelInput): TemplateResult {
  const l10n = l10nOf(ctx);
  const unknown = [
    p.unknownFocusId !== undefined ? l10n.t('No role “{id}” in this framework.', { id: p.unknownFocusId }) : undefined,
    p.unknownTargetId !== undefined ? l10n.t('No target role “{id}” in this framework.', { id: p.unknownTargetId }) : undefined,
  ].filter((message): message is string => !!message);
  const notices = unknown.length > 0 ? html`<div class="notice" role="alert">${unknown.map((m) => html`<p>${m}</p>`)}<p>${l10n.t('The map shows every role; pick one to continue.')}</p></div>` : nothing;
  const { focus, target, moves } = p;
  if (!focus) return html`${notices}${p.overview ? familyOverviewSection(ctx, p.overview) : overviewSection(ctx, p.roleCount, p.flows)}`;
  return html`${notices}${roleSummary(ctx, focus)}
    ${p.focusHidden ? html`<p class="notice" role="status">${l10n.t('This role is hidden by the current filters.')}</p>` : nothing}
    ${target && target.id !== focus.id ? routeSection(ctx, p.route, focus.id, target.id) : nothing}
    <section class="moves-list">
      <h4 class="section-title">${l10n.t('Where you can go from here ({count})', { count: moves.length })}</h4>
      ${moves.length > 0 ? html`<ul class="cards">${moves.map((move) => moveCard(ctx, move))}</ul>` : html`<p class="muted">${l10n.t('No moves from this role with the current filters.')}</p>`}
    </section>
    ${movesTable(ctx, focus, moves)}`;
}
