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
import { isInferred } from '../model/inferred-moves.js';
import type { Route } from '../model/routes.js';
import { MAP_METRICS, type Label, type MapLayout, type RoleNode } from './mobility-map-layout.js';
import { moveName, roleName } from './mobility-map-model.js';
import type { Localizer } from '../base/localize.js';
import { payBandText, type PanelContext } from './mobility-map-panel.js';
import { movePath, type FlowSummary } from './mobility-map-paths.js';
import type { TooltipPlacement } from './mobility-map-view.js';

type Selected = { from: string; to: string } | undefined;

/** The track kinds the map colours (and so the legend names); other tracks are drawn plain. */
const LEGEND_TRACK_KINDS: readonly TrackKind[] = ['ic', 'management'];

/** Arrowheads, one per move kind of the vocabulary and one for routes. */
export function markers(): TemplateResult {
  return svg`<defs>${[...wordsOf(MOVE_KINDS), 'route'].map(
    (kind) => svg`<marker id=${`arrow-${kind}`} class=${`arrow ${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker>`,
  )}</defs>`;
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
export function flowsLayer(index: FrameworkIndex, flows: FlowSummary) {
  const family = (id: string) => index.family(id)?.label ?? id;
  return guard([flows], () => svg`<g class="flows">${flows.flows.map(
    (flow) => svg`<g part="flow" class="flow" data-from-family=${flow.from} data-to-family=${flow.to} role="img"
      aria-label=${`${flow.count} ${flow.count === 1 ? 'move' : 'moves'} from ${family(flow.from)} to ${family(flow.to)}`}>
      <path d=${flow.d} stroke-width=${flow.strokeWidth} marker-end="url(#arrow-lateral)"></path>
      <rect class="flow-pill" x=${flow.label.x} y=${flow.label.y} width=${flow.label.width} height=${flow.label.height} rx="6"></rect>
      <text x=${flow.label.anchorX} y=${flow.label.y + 10} text-anchor="middle">${flow.label.lines[0]}</text>
    </g>`,
  )}</g>`);
}

/** The moves of the focused role, each a button named by its kind, origin and destination. */
export function movesLayer(index: FrameworkIndex, moves: readonly CareerMove[], nodes: ReadonlyMap<string, RoleNode>, selected: Selected) {
  return svg`<g class="moves">${moves.map((move) => {
    const from = nodes.get(move.from);
    const to = nodes.get(move.to);
    if (!from || !to) return nothing;
    const { d } = movePath(from, to);
    const isSelected = selected?.from === move.from && selected.to === move.to;
    const inferred = isInferred(move);
    return svg`<g part="move" class=${`move ${move.kind} ${inferred ? 'inferred' : ''} ${isSelected ? 'selected' : ''}`} data-from=${move.from} data-to=${move.to}
      data-inferred=${inferred ? '' : nothing} role="button" aria-label=${`${inferred ? 'Suggested: ' : ''}${moveName(index, move)}`}>
      <path class="hit" d=${d}></path>
      <path class="line" d=${d} marker-end=${`url(#arrow-${move.kind})`}></path>
    </g>`;
  })}</g>`;
}

/** The best route to the target, its steps numbered. */
export function routeLayer(index: FrameworkIndex, route: Route, nodes: ReadonlyMap<string, RoleNode>) {
  return svg`<g class="moves route">${route.moves.map((move, i) => {
    const p = movePath(nodes.get(move.from)!, nodes.get(move.to)!);
    const inferred = isInferred(move);
    return svg`<g part="move" class=${`move route-step ${inferred ? 'inferred' : ''}`} data-from=${move.from} data-to=${move.to} data-inferred=${inferred ? '' : nothing}
      role="button" aria-label=${`Step ${i + 1}: ${inferred ? 'suggested, ' : ''}${moveName(index, move)}`}>
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
  /** "You are here", in the element's language. */
  hereText?: string;
  /** The chosen route's roles and their order (`data-route-step`, `data-route-order`). */
  routeOrder?: ReadonlyMap<string, number>;
}

/** Roles as keyboard-reachable buttons, with "You are here" over the focused one. */
export function rolesLayer({ index, nodes, labels, focusId, highlighted, activeId, routeOrder, hereText = 'You are here' }: RolesLayerInput) {
  const focusNode = nodes.find((node) => node.id === focusId);
  return svg`<g class="roles">${repeat(
    nodes,
    (node) => node.id,
    (node) => {
      const state = node.id === focusId ? 'focused' : highlighted && !highlighted.has(node.id) ? 'dim' : highlighted ? 'reachable' : '';
      const order = routeOrder?.get(node.id);
      return svg`<g part="role" class=${`role ${node.trackKind} ${state}`} data-role-id=${node.id} transform=${`translate(${node.x},${node.y})`}
        data-route-step=${order !== undefined ? node.id : nothing} data-route-order=${order ?? nothing}
        role="button" tabindex=${node.id === activeId ? '0' : '-1'} aria-pressed=${node.id === focusId ? 'true' : 'false'}
        aria-label=${`${roleName(index, node.role)}${node.id === focusId ? ', you are here' : ''}`}>
        <rect width=${node.width} height=${node.height} rx="6"></rect>
        ${labels ? label({ ...node.label, y: node.label.y - node.y, anchorX: node.label.anchorX - node.x }, 'role-label') : nothing}
      </g>`;
    },
  )}${focusNode ? svg`<text class="here" aria-hidden="true" x=${focusNode.x + focusNode.width / 2} y=${focusNode.y - 4} text-anchor="middle">${hereText}</text>` : nothing}</g>`;
}

/** Roles not drawn as elements, as one path of boxes per track kind (hit-tested from the layout). */
export function shapesLayer(layout: MapLayout, drawn: ReadonlySet<RoleNode>, dim: boolean) {
  const paths = { ic: path(), management: path(), other: path() };
  for (const node of layout.roles) if (!drawn.has(node)) paths[node.trackKind].rect(node.x, node.y, node.width, node.height);
  return svg`<g class="shapes" aria-hidden="true">${Object.entries(paths).map(([kind, d]) => svg`<path class=${`role ${kind} ${dim ? 'dim' : ''}`} d=${d.toString()}></path>`)}</g>`;
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
    <span>${outgoing} ${outgoing === 1 ? 'move' : 'moves'} from here</span>
  </div>`;
}

export interface ToolbarInput {
  index?: FrameworkIndex;
  query: string;
  results: readonly Role[];
  resultIndex: number;
  onInput: (event: InputEvent) => void;
  onKey: (event: KeyboardEvent) => void;
  onPick: (id: string) => void;
  onZoom: (factor: number) => void;
  onFit: () => void;
  zoomStep: number;
  l10n: Localizer;
  /** The Export button, when the element shows one. */
  exportMenu?: TemplateResult | typeof nothing;
}

/** Search, legend and zoom buttons above the map. */
export function toolbar({ index, query, results, resultIndex, onInput, onKey, onPick, onZoom, onFit, zoomStep, l10n, exportMenu = nothing }: ToolbarInput): TemplateResult {
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
    </div>
    ${exportMenu}
  </div>`;
}
