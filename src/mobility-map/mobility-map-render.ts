/**
 * The map's SVG layers and overlays as lit templates: each a function of layout data, with no
 * state of its own. The element decides what to draw and wires the handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { path } from 'd3-path';
import { cssProps } from '../base/css-props.js';
import type { Role } from '../format/types.js';
import { MOVE_KINDS, TRACK_KINDS, wordsOf, type TrackKind } from '../format/vocabulary.js';
import type { CareerMove, FrameworkIndex } from '../model/framework-index.js';
import { isInferred } from '../model/inferred-move.js';
import type { Route } from '../model/routes.js';
import { MAP_METRICS, type Box, type Label, type MapLayout, type RoleNode } from './mobility-map-layout.js';
import { moveName, roleName } from './mobility-map-model.js';
import type { Localizer } from '../base/localize.js';
import { l10nOf, payBandText, type PanelContext } from './mobility-map-panel.js';
import { BADGE, type OverviewLayout } from './mobility-map-overview.js';
import { movePath, type FlowSummary } from './mobility-map-paths.js';
import type { ZoomTransform } from '../base/zoom-transform.js';
import type { Scene, Scope } from './mobility-map-scene.js';
import type { MapSearch } from './mobility-map-search.js';
import { levelOfDetail, tooltipPlacement, visibleArea, type Size, type TooltipPlacement } from './mobility-map-view.js';

type Selected = { from: string; to: string } | undefined;

/** The track kinds the map colours (and so the legend names); other tracks are drawn plain. */
const LEGEND_TRACK_KINDS: readonly TrackKind[] = ['ic', 'management'];

/** Arrowheads, one per move kind of the vocabulary and one for routes. */
export function markers(): TemplateResult {
  return svg`<defs>${[...wordsOf(MOVE_KINDS), 'route'].map(
    (kind) => svg`<marker id=${`arrow-${kind}`} class=${`arrow ${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker>`,
  )}<marker id="arrow-flow" class="arrow lateral" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>`;
}

/** A label's lines as a `<text>` with one `<tspan>` per line. */
export function label(l: Pick<Label, 'lines' | 'anchorX' | 'y' | 'align'>, className: string) {
  return svg`<text class=${className} text-anchor=${l.align}>${l.lines.map(
    // A space ends every line but the last, so the text reads (and names) as the title it wraps.
    (line, i) => svg`<tspan x=${l.anchorX} y=${l.y + (i + 1) * MAP_METRICS.lineHeight - 3}>${i < l.lines.length - 1 ? `${line} ` : line}</tspan>`,
  )}</text>`;
}

/** Cluster, family and track headings, track bands and level rows: static for a layout. */
export function frameLayer(layout: MapLayout) {
  return guard([layout], () => svg`<g class="frame-layer" aria-hidden="true">
    ${layout.levels.map((row, i) => svg`${i % 2 ? nothing : svg`<rect class="level-band" x="0" y=${row.y} width=${layout.width} height=${row.height}></rect>`}
      ${label(row.label, 'level-label')}`)}
    ${layout.families.flatMap((family) => family.tracks.map((track) => svg`<rect class=${`track-band ${track.kind}`} x=${track.x - 3} y=${track.y} width=${track.width + 6} height=${track.height} rx="6"></rect>
      ${label(track.label, `track-label ${track.kind}`)}`))}
    ${layout.families.map((family) => label(family.label, 'family-label'))}
    ${layout.clusters.map((cluster) => svg`${label(cluster.label, 'cluster-label')}<line class="cluster-rule" x1=${cluster.x} x2=${cluster.x + cluster.width} y1="20" y2="20"></line>`)}
  </g>`);
}

/** The aggregated moves between families, under the grid. */
export function flowsLayer(index: FrameworkIndex, flows: FlowSummary, l10n: Localizer) {
  const family = (id: string) => index.family(id)?.label ?? id;
  return guard([flows], () => svg`<g class="flows">${flows.flows.map(
    (flow) => svg`<g part="flow" class="flow" data-from-family=${flow.from} data-to-family=${flow.to} role="img"
      aria-label=${l10n.t({ one: '{count} move from {from} to {to}', other: '{count} moves from {from} to {to}' }, { count: flow.count, from: family(flow.from), to: family(flow.to) })}>
      <path d=${flow.d} stroke-width=${flow.strokeWidth} marker-end="url(#arrow-lateral)"></path>
      <rect class="flow-pill" x=${flow.label.x} y=${flow.label.y} width=${flow.label.width} height=${flow.label.height} rx="6"></rect>
      <text x=${flow.label.anchorX} y=${flow.label.y + 10} text-anchor="middle">${flow.label.lines[0]}</text>
    </g>`,
  )}</g>`);
}

/**
 * The moves of the focused role, in the order they are announced: each a keyboard target (the map's
 * one tab stop when `activeIndex` points at it) named by `name`.
 */
export function movesLayer(moves: readonly CareerMove[], nodes: ReadonlyMap<string, RoleNode>, selected: Selected, name: (move: CareerMove) => string, activeIndex?: number) {
  return svg`<g class="moves">${moves.map((move, i) => {
    const from = nodes.get(move.from);
    const to = nodes.get(move.to);
    if (!from || !to) return nothing;
    const { d } = movePath(from, to);
    const isSelected = selected?.from === move.from && selected.to === move.to;
    const inferred = isInferred(move);
    return svg`<g part="move" class=${`move ${move.kind} ${inferred ? 'inferred' : ''} ${isSelected ? 'selected' : ''}`} data-from=${move.from} data-to=${move.to}
      data-move-index=${i} data-inferred=${inferred ? '' : nothing} role="button" tabindex=${i === activeIndex ? '0' : '-1'}
      aria-label=${`${inferred ? 'Suggested: ' : ''}${name(move)}`}>
      <path class="hit" d=${d}></path>
      <path class="line" d=${d} marker-end=${`url(#arrow-${move.kind})`}></path>
    </g>`;
  })}</g>`;
}

/** The family overview: flows under family circles, names below them, clusters as headings. */
export function overviewLayer(index: FrameworkIndex, overview: OverviewLayout, activeFamily: string | undefined) {
  const name = (id: string) => index.family(id)?.label ?? id;
  return svg`<g class="overview">
    ${overview.clusters.map((cluster) => label(cluster.label, 'cluster-label'))}
    <g class="flows">${overview.flows.map(
      (flow) => svg`<g part="flow" class="flow" data-flow-from=${flow.from} data-flow-to=${flow.to} data-count=${flow.count} role="img"
        aria-label=${`${flow.count} ${flow.count === 1 ? 'move' : 'moves'} from ${name(flow.from)} to ${name(flow.to)}`}>
        <path d=${flow.d} stroke-width=${flow.strokeWidth} marker-end="url(#arrow-flow)"></path>
        ${flow.badge ? svg`<rect class="flow-pill" x=${flow.badge.x - BADGE.width / 2} y=${flow.badge.y - 9} width=${BADGE.width} height=${BADGE.height} rx="8"></rect>
          <text x=${flow.badge.x} y=${flow.badge.y + 4} text-anchor="middle">${flow.count}</text>` : nothing}
      </g>`,
    )}</g>
    ${repeat(
      overview.families,
      (node) => node.id,
      (node) => svg`<g part="family" class=${`family c${node.clusterIndex % 8}`} data-family-id=${node.id} role="button" tabindex=${node.id === activeFamily ? '0' : '-1'}
        aria-label=${`${node.label.lines.join(' ')} ${node.roles} ${node.roles === 1 ? 'role' : 'roles'}, ${node.within} moves inside the family. Open the family.`}>
        <rect class="cell" x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="10"></rect>
        <circle cx=${node.cx} cy=${node.cy} r=${node.r}></circle>
        ${label(node.label, 'family-name')}
        <text class="family-count" x=${node.cx} y=${node.cy + 4} text-anchor="middle">${node.roles}</text>
      </g>`,
    )}
  </g>`;
}

export interface Crumb {
  label: string;
  /** Absent for the current level. */
  onClick?: () => void;
}

/** Where the map is: Families › Data › Data Analyst, each level above the current one a button; Back goes one up. */
export function breadcrumb(crumbs: readonly Crumb[], l10n: Localizer): TemplateResult {
  const back = crumbs.length > 1 ? crumbs[crumbs.length - 2].onClick : undefined;
  return html`<nav part="breadcrumb" class="breadcrumb" aria-label=${l10n.t('Map level')}>
    ${back ? html`<button type="button" class="back" @click=${back}>${l10n.t('← Back')}</button>` : nothing}
    <ol>${crumbs.map(
      (crumb) => html`<li>${crumb.onClick ? html`<button type="button" class="crumb" dir="auto" @click=${crumb.onClick}>${crumb.label}</button>` : html`<span aria-current="location" dir="auto">${crumb.label}</span>`}</li>`,
    )}</ol>
  </nav>`;
}

/** The levels above what the map shows: the overview, the family (or all roles), the focused role. */
export function levelCrumbs(index: FrameworkIndex, scope: Scope, scene: Scene, focusId: string | undefined, go: (scope: Scope) => void, l10n: Localizer): Crumb[] {
  const crumbs: Crumb[] = [{ label: l10n.t('Families'), onClick: scene.kind === 'overview' ? undefined : () => go({ kind: 'overview' }) }];
  const up = focusId && scene.kind === 'map' ? () => go(scope) : undefined;
  if (scope.kind === 'family') crumbs.push({ label: index.family(scope.id)?.label ?? scope.id, onClick: up });
  if (scope.kind === 'all') crumbs.push({ label: l10n.t('All roles'), onClick: up });
  if (focusId && scene.kind === 'map') crumbs.push({ label: index.role(focusId)?.title ?? focusId });
  return crumbs;
}

/** The accessible name of the map, with how to use it at this level. */
export function mapLabel(index: FrameworkIndex, scene: Scene, l10n: Localizer): string {
  const name = index.framework.name;
  if (scene.kind === 'overview') return l10n.t('Family overview of {name}: {count} families. Arrow keys move between families, Enter opens one.', { name, count: scene.overview.families.length });
  return l10n.t("Career map of {name}: {count} roles by family and level. Arrow keys move between roles, Enter selects, right arrow enters the selected role's moves, Escape clears, plus and minus zoom.", { name, count: scene.layout.roles.length });
}

/** The best route to the target, its steps numbered. */
export function routeLayer(index: FrameworkIndex, route: Route, nodes: ReadonlyMap<string, RoleNode>, l10n: Localizer) {
  return svg`<g class="moves route">${route.moves.map((move, i) => {
    const p = movePath(nodes.get(move.from)!, nodes.get(move.to)!);
    const inferred = isInferred(move);
    return svg`<g part="move" class=${`move route-step ${inferred ? 'inferred' : ''}`} data-from=${move.from} data-to=${move.to} data-inferred=${inferred ? '' : nothing}
      role="button" aria-label=${`${l10n.t('Step {count}', { count: i + 1 })}: ${moveName(index, move, l10n)}`}>
      <path class="hit" d=${p.d}></path>
      <path class="line" d=${p.d} marker-end="url(#arrow-route)"></path>
      <circle class="step-badge" cx=${p.mid.x} cy=${p.mid.y} r="10"></circle>
      <text class="step-number" x=${p.mid.x} y=${p.mid.y + 4} text-anchor="middle">${i + 1}</text>
    </g>`;
  })}</g>`;
}

export interface RolesLayerInput {
  index: FrameworkIndex;
  /** Roles drawn as elements (keyed, in this order). */
  nodes: readonly RoleNode[];
  labels: boolean;
  focusId?: string;
  /** The roles in the focus (the focused role, its destinations or the route); the others dim. */
  highlighted?: ReadonlySet<string>;
  /** The role holding the map's one tab stop. */
  activeId?: string;
  /** The UI strings ("You are here"). */
  l10n: Localizer;
  /** The chosen route's roles and their order (`data-route-step`, `data-route-order`). */
  routeOrder?: ReadonlyMap<string, number>;
  /** Whether to mark the focused role with "You are here" (a neighbourhood layout says it in its band). */
  here?: boolean;
}

/** The position of each role on a route (0 = start), for `data-route-order`. */
function routeOrder(roleIds: readonly string[] | undefined): Map<string, number> | undefined {
  return roleIds ? new Map(roleIds.map((id, i) => [id, i])) : undefined;
}

/** Roles as keyboard-reachable buttons, with "You are here" over the focused one. */
export function rolesLayer({ index, nodes, labels, focusId, highlighted, activeId, routeOrder, here = true, l10n }: RolesLayerInput) {
  const focusNode = here ? nodes.find((node) => node.id === focusId) : undefined;
  return svg`<g class="roles">${repeat(
    nodes,
    (node) => node.id,
    (node) => {
      const state = node.id === focusId ? 'focused' : highlighted && !highlighted.has(node.id) ? 'dim' : highlighted ? 'reachable' : '';
      const order = routeOrder?.get(node.id);
      return svg`<g part="role" class=${`role ${node.trackKind} ${state}`} data-role-id=${node.id} transform=${`translate(${node.x},${node.y})`}
        data-route-step=${order !== undefined ? node.id : nothing} data-route-order=${order ?? nothing}
        role="button" tabindex=${node.id === activeId ? '0' : '-1'} aria-pressed=${node.id === focusId ? 'true' : 'false'}
        aria-label=${node.id === focusId ? l10n.t('{role}, you are here', { role: roleName(index, node.role) }) : roleName(index, node.role)}>
        <rect width=${node.width} height=${node.height} rx="6"></rect>
        ${labels ? label({ ...node.label, y: node.label.y - node.y, anchorX: node.label.anchorX - node.x }, 'role-label') : nothing}
      </g>`;
    },
  )}${focusNode ? svg`<text class="here" aria-hidden="true" x=${focusNode.x + focusNode.width / 2} y=${focusNode.y - 4} text-anchor="middle">${l10n.t('You are here')}</text>` : nothing}</g>`;
}

export interface RoleLayersInput {
  index: FrameworkIndex;
  scene: Extract<Scene, { kind: 'map' }>;
  focusId?: string;
  route?: Route;
  /** The settled view and the map's size, which set the level of detail. */
  view: ZoomTransform;
  size: Size;
  /** The keyboard's tab stop: a role, or a move of the focused role. */
  keys: { activeRole?: string; activeMove?: number };
  hoverId?: string;
  l10n: Localizer;
}

/**
 * The roles at the view's level of detail: the roles in view as elements (titles when readable),
 * the rest as aggregated shapes; the keyboard-active and hovered roles always as elements.
 */
export function roleLayers({ index, scene, focusId, route, view, size, keys: tabStop, hoverId, l10n }: RoleLayersInput) {
  const layout = scene.layout;
  const highlighted = route ? new Set(route.roles) : focusId && scene.nodes.has(focusId) ? new Set([focusId, ...scene.moves.map((m) => m.to)]) : undefined;
  const activeId = tabStop.activeMove === undefined ? tabStop.activeRole : undefined;
  const lod = levelOfDetail(layout, view, size, highlighted);
  const keys = [layout, focusId, route, highlighted && [...highlighted].join(), lod.labels, lod.aggregated && lod.labels ? [view.x, view.y, view.k].join() : undefined];
  const drawnIds = new Set(lod.drawn.map((node) => node.id));
  const extra = [...new Set([tabStop.activeRole, hoverId])].flatMap((id) => (id !== undefined && !drawnIds.has(id) ? (scene.nodes.get(id) ?? []) : []));
  return svg`${guard(keys, () => (lod.aggregated ? shapesLayer(layout, new Set(lod.drawn), !!highlighted) : nothing))}${guard([...keys, ...extra, activeId], () =>
    rolesLayer({ index, nodes: [...lod.drawn, ...extra], labels: lod.labels, focusId, highlighted, activeId, routeOrder: routeOrder(route?.roles), here: !scene.neighbourhood, l10n }),
  )}`;
}

/** The CSS aspect ratio of the map area: the content's, with room for the margins. */
export function aspect(bounds: Box): string {
  return `${Math.round(bounds.width)} / ${Math.round(bounds.height + 24)}`;
}

/** Roles not drawn as elements, as one path of boxes per track kind (hit-tested from the layout). */
export function shapesLayer(layout: MapLayout, drawn: ReadonlySet<RoleNode>, dim: boolean) {
  const paths = { ic: path(), management: path(), other: path() };
  for (const node of layout.roles) if (!drawn.has(node)) paths[node.trackKind].rect(node.x, node.y, node.width, node.height);
  return svg`<g class="shapes" aria-hidden="true">${Object.entries(paths).map(([kind, d]) => svg`<path class=${`role ${kind} ${dim ? 'dim' : ''}`} d=${d.toString()}></path>`)}</g>`;
}

/** The hover card of a role, placed beside it in the view (nothing when no role is hovered). */
export function hoverCard(ctx: PanelContext, node: RoleNode | undefined, t: ZoomTransform, size: Size) {
  return node ? tooltipCard(ctx, node.role, tooltipPlacement(node, t, size)) : nothing;
}

/** The hover card of a role. */
export function tooltipCard(ctx: PanelContext, role: Role, at: TooltipPlacement): TemplateResult {
  const band = payBandText(ctx, role.id);
  const outgoing = ctx.index.movesFrom(role.id).length;
  return html`<div part="tooltip" class="tooltip" role="tooltip"
    ${cssProps({ left: `${at.left}px`, top: `${at.top}px`, transform: at.flip ? 'translateX(-100%)' : 'none' })}>
    <strong>${role.title}</strong>
    <span>${ctx.index.family(role.family)?.label ?? role.family} · ${ctx.index.track(role.track)?.label ?? role.track} · ${role.level}</span>
    ${band ? html`<span>${ctx.region}: ${band}</span>` : nothing}
    <span>${l10nOf(ctx).t({ one: '{count} move from here', other: '{count} moves from here' }, { count: outgoing })}</span>
  </div>`;
}

export interface ToolbarInput {
  index?: FrameworkIndex;
  /** The role search: its query, results, highlighted result and handlers. */
  search: Pick<MapSearch, 'query' | 'results' | 'highlighted' | 'onInput' | 'onKey' | 'pick'>;
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** Switches between the family overview and the roles. */
  onOverview: () => void;
  overview: boolean;
  zoomStep: number;
  l10n: Localizer;
  /** The Export button, when the element shows one. */
  exportMenu?: TemplateResult | typeof nothing;
}

/** Search, legend and zoom buttons above the map. */
export function toolbar({ index, search, onZoom, onFit, onOverview, overview, zoomStep, l10n, exportMenu = nothing }: ToolbarInput): TemplateResult {
  const { query, results, highlighted: resultIndex, onInput, onKey, pick: onPick } = search;
  const open = results.length > 0;
  const activeResult = open ? `result-${Math.min(resultIndex, results.length - 1)}` : undefined;
  return html`<div part="toolbar" class="toolbar">
    <div class="search">
      <input part="search" type="search" placeholder=${l10n.t('Find a role…')} aria-label=${l10n.t('Find a role by title')} role="combobox"
        aria-autocomplete="list" aria-controls="search-results" aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${activeResult ?? nothing} .value=${query} @input=${onInput} @keydown=${onKey} />
      <ul id="search-results" role="listbox" aria-label=${l10n.t('Matching roles')} ?hidden=${!open}>
        ${results.map(
          (role, i) => html`<li id=${`result-${i}`} role="option" aria-selected=${i === resultIndex ? 'true' : 'false'}
            data-role-result=${role.id} @click=${() => onPick(role.id)}>${role.title}
            <span class="muted">${index?.family(role.family)?.label ?? role.family} · ${role.level}</span></li>`,
        )}
      </ul>
    </div>
    <ul class="legend" aria-label=${l10n.t('Legend')}>
      ${wordsOf(MOVE_KINDS).map((kind) => html`<li><span class=${`swatch ${kind}`}></span>${l10n.t(MOVE_KINDS[kind].legend)}</li>`)}
      ${LEGEND_TRACK_KINDS.map((kind) => html`<li><span class=${`swatch ${kind}`}></span>${l10n.t(TRACK_KINDS[kind].label)}</li>`)}
    </ul>
    <div class="zoom" role="group" aria-label=${l10n.t('Zoom')}>
      <button type="button" aria-label=${l10n.t('Zoom in')} @click=${() => onZoom(zoomStep)}>+</button>
      <button type="button" aria-label=${l10n.t('Zoom out')} @click=${() => onZoom(1 / zoomStep)}>−</button>
      <button type="button" aria-label=${l10n.t('Fit the whole map')} @click=${onFit}>${l10n.t('Fit')}</button>
      <button type="button" class="mode" aria-pressed=${overview ? 'true' : 'false'} @click=${onOverview}>${l10n.t('Families')}</button>
    </div>
    ${exportMenu}
  </div>`;
}

/**
 * The overview inset: the whole scene small, with the visible part outlined; a click moves the
 * view there. Shown only when the view does not already hold the whole scene.
 */
export function minimap(scene: Scene, t: ZoomTransform, size: Size, onPick: (point: { x: number; y: number }) => void) {
  const content = scene.kind === 'overview' ? scene.overview : scene.layout;
  const visible = visibleArea(t, size);
  const whole = visible.x <= 0 && visible.y <= 0 && visible.x + visible.width >= content.width && visible.y + visible.height >= content.height;
  if (whole || size.width === 0 || content.width === 0) return nothing;
  const scale = MINIMAP_WIDTH / content.width;
  const height = Math.min(120, content.height * scale);
  const sy = height / content.height;
  const pick = (event: MouseEvent) => {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    onPick({ x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / sy });
  };
  return html`<svg part="minimap" class="minimap" aria-hidden="true" width=${MINIMAP_WIDTH} height=${height} @click=${pick}>
    ${guard([content], () => svg`<path class="shapes" transform=${`scale(${scale},${sy})`} d=${minimapShapes(scene, 1.5 / scale)}></path>`)}
    <rect class="view" x=${Math.max(0, visible.x * scale)} y=${Math.max(0, visible.y * sy)} width=${Math.min(MINIMAP_WIDTH, visible.width * scale)} height=${Math.min(height, visible.height * sy)}></rect>
  </svg>`;
}

/** The minimap's shapes as one path (layout units): family circles, family blocks, or one family's roles. */
function minimapShapes(scene: Scene, minRadius: number): string {
  const d = path();
  if (scene.kind === 'overview') {
    for (const f of scene.overview.families) {
      const r = Math.max(minRadius, f.r);
      d.moveTo(f.cx + r, f.cy);
      d.arc(f.cx, f.cy, r, 0, 2 * Math.PI);
    }
  } else {
    for (const box of scene.layout.families.length > 1 ? scene.layout.families : scene.layout.roles) d.rect(box.x, box.y, box.width, box.height);
  }
  return d.toString();
}

const MINIMAP_WIDTH = 160;
