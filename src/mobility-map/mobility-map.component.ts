import { cssProps } from '../base/css-props.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { CareerElement } from '../base/career-element.js';
import type { Role } from '../format/types.js';
import type { CareerMove, FrameworkIndex } from '../model/framework-index.js';
import { bestRoute, type Route } from '../model/routes.js';
import { fitTransform, layoutMap, MAP_METRICS, neighbour, overlaps, roleAt, type Box, type Direction, type MapLayout, type RoleNode, type ZoomTransform } from './mobility-map-layout.js';
import { moveName, parseList, parseMoveKinds, roleName, searchRoles } from './mobility-map-model.js';
import { moveCard, movesTable, overviewSection, payBandText, roleSummary, routeSection, type PanelContext } from './mobility-map-panel.js';
import { familyFlows, movePath, type FlowSummary } from './mobility-map-paths.js';
import { mobilityMapStyles } from './mobility-map.styles.js';

/** Below this on-screen font size (px) role labels are not drawn; roles stay as boxes. */
const MIN_LABEL_PX = 6.5;
/**
 * Frameworks with more roles than this draw a level of detail: roles that matter (focus, its moves,
 * the route, the keyboard-active and hovered role) and, once titles are readable, the roles in view
 * are elements; the others are one shape per track kind.
 */
const DETAIL_LIMIT = 300;
const ZOOM_STEP = 1.3;
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The career GPS: every role of a framework placed by job family (grouped by cluster) against
 * level, with IC and management tracks side by side. With nothing focused it shows the whole
 * framework and the moves between families as flow counts; focusing a role (click, Enter, search
 * or the `current-role` attribute) draws its outgoing moves and opens a panel with what each move takes.
 * With `current-role` and `target` it draws the best route as a numbered path.
 *
 * Inside `<career-framework>` (with no framework of its own) it follows the shared selection: its
 * focused role is its own `currentRole` or else the selection's, its target likewise; a click on a
 * role fires `career-role-select` and the provider decides what changes. Standalone, a click
 * focuses the role itself.
 *
 * Keyboard: the map is one tab stop; arrow keys move between roles by position, Enter or Space
 * focuses the role, Escape clears, + and − zoom, 0 fits.
 *
 * @tag mobility-map
 * @summary Where can I go from here, and what does each move take.
 * @fires career-role-select - The user selected a role (click, Enter, search). `detail: { roleId }`.
 * @fires career-move-select - The user selected a move (in the map or the panel). `detail: { from, to }`.
 * @fires career-load - A valid framework was loaded from the element's own input.
 * @fires career-error - The element's own framework input is invalid or failed to load.
 * @csspart map - The zoomable map area (holds the SVG).
 * @csspart role - A role on the map (`data-role-id`).
 * @csspart move - A move drawn on the map (`data-from`, `data-to`).
 * @csspart flow - An aggregated flow of moves between two families in the overview.
 * @csspart panel - The detail panel beside or below the map.
 * @csspart tooltip - The card shown when hovering a role.
 * @csspart search - The role search field.
 * @csspart toolbar - The row with the search, legend and zoom buttons.
 * @csspart error - The panel listing the problems of an invalid framework.
 * @csspart status - The loading and empty states.
 * @cssproperty --career-mobility-map-height - Height of the map area. Default: from the width and the shape of the map, between 320px and the max height.
 * @cssproperty --career-mobility-map-max-height - Largest automatic height of the map area. Default 720px.
 * @cssproperty --career-mobility-map-panel-width - Width of the panel when it sits beside the map (wide hosts). Default 360px.
 * @cssproperty --career-mobility-map-dim-opacity - Opacity of roles that are not part of the focus. Default 0.25.
 */
export class MobilityMap extends CareerElement {
  static override styles = [...CareerElement.styles, mobilityMapStyles];

  /** A role id to reach: with `current-role`, the map draws the best route there. */
  @property() target?: string | null;

  /** Comma-separated family ids to show (all when unset). */
  @property() families?: string;

  /** Comma-separated track ids to show (all when unset). */
  @property() tracks?: string;

  /** Comma-separated move kinds to draw: any of `promotion`, `lateral`, `step-back` (all when unset). */
  @property({ attribute: 'move-kinds' }) moveKinds?: string;

  /** The pay region for bands and pay changes (the framework's first region when unset). */
  @property() region?: string;

  @state() private activeId?: string;
  @state() private hoverId?: string;
  @state() private selectedMove?: { from: string; to: string };
  @state() private dismissed = false;
  @state() private view: ZoomTransform = { k: 1, x: 0, y: 0 };
  @state() private size = { width: 0, height: 0 };
  @state() private query = '';
  @state() private resultIndex = 0;

  @query('svg.canvas') private canvas?: SVGSVGElement;
  @query('g.viewport') private viewport?: SVGGElement;
  @query('.map') private mapArea?: HTMLElement;

  #layout?: MapLayout;
  #nodes = new Map<string, RoleNode>();
  #layoutKey?: unknown[];
  #flows?: FlowSummary;
  #flowsKey?: unknown[];
  #zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  #zoomed?: SVGSVGElement;
  #transform: ZoomTransform = { k: 1, x: 0, y: 0 };
  #fitted?: unknown[];
  #sizing?: Promise<void>;
  #sized = () => {};
  #resize = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    // In a task of its own: code awaiting updateComplete must not run inside the observer's delivery.
    setTimeout(this.#sized);
  });
  #observed?: Element;
  #seenSelection = '';

  /** The role the map focuses: own `currentRole`, else the provider's (unless the user cleared it). */
  get focusedRoleId(): string | undefined {
    if (this.dismissed) return this.currentRole ?? undefined;
    return this.currentRole ?? this.selection.currentRole ?? undefined;
  }

  /** The role the map routes to: own `target`, else the provider's. */
  get targetRoleId(): string | undefined {
    if (this.dismissed) return this.target ?? undefined;
    return this.target ?? this.selection.target ?? undefined;
  }

  /** Fits the whole map into view. */
  fit(): void {
    const bounds = this.#contentBounds();
    if (bounds) this.#applyTransform(fitTransform(bounds, this.size.width, this.size.height));
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    if (this.canvas && this.#zoom) this.#zoom.scaleBy(select(this.canvas), factor);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#sized();
    this.#observed = undefined;
    if (this.#zoomed) select(this.#zoomed).on('.zoom', null);
    this.#zoomed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const selectionKey = JSON.stringify([this.selection.currentRole, this.selection.target]);
    if (selectionKey !== this.#seenSelection) {
      this.#seenSelection = selectionKey;
      this.dismissed = false;
    }
    if (changed.has('currentRole') || changed.has('target')) this.selectedMove = undefined;
    const index = this.index;
    if (!index) {
      this.#layout = this.#flows = undefined;
      return;
    }
    const layoutKey = [index, this.families, this.tracks];
    if (!this.#layout || !sameKey(layoutKey, this.#layoutKey)) {
      this.#layout = layoutMap(index, { families: parseList(this.families), tracks: parseList(this.tracks) });
      this.#nodes = new Map(this.#layout.roles.map((node) => [node.id, node]));
      this.#layoutKey = layoutKey;
    }
    const flowsKey = [this.#layout, this.moveKinds];
    if (!this.#flows || !sameKey(flowsKey, this.#flowsKey)) {
      const kinds = parseMoveKinds(this.moveKinds);
      this.#flows = familyFlows(this.#layout, index.allMoves().filter((move) => kinds.has(move.kind)));
      this.#flowsKey = flowsKey;
    }
    // Fit before the roles are first drawn, so the first paint is the fitted map.
    const fitKey = [this.#layout, this.size.width, this.size.height];
    if (this.size.width > 0 && !sameKey(fitKey, this.#fitted)) {
      this.#fitted = fitKey;
      this.view = fitTransform(this.#contentBounds()!, this.size.width, this.size.height);
    }
  }

  /** Also waits for the map's first measurement and the render at that size (roles are drawn once it is known). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#sizing;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const canvas = this.canvas;
    if (canvas && canvas !== this.#zoomed) this.#attachZoom(canvas);
    const area = this.mapArea;
    if (area && area !== this.#observed) {
      this.#resize.disconnect();
      this.#sizing = new Promise((resolve) => (this.#sized = resolve));
      this.#resize.observe(area);
      this.#observed = area;
    }
    // Hand a view chosen in willUpdate (the fit) to d3-zoom, which owns the viewport's transform.
    if (!sameView(this.#transform, this.view)) this.#applyTransform(this.view);
  }

  #attachZoom(canvas: SVGSVGElement): void {
    if (this.#zoomed) select(this.#zoomed).on('.zoom', null);
    this.#zoomed = canvas;
    this.#zoom = zoom<SVGSVGElement, unknown>()
      // An explicit extent: d3's default measures the SVG, forcing a layout of every role.
      .extent(() => [[0, 0], [this.size.width || 1, this.size.height || 1]])
      .scaleExtent([0.02, 4])
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A wheel or drag moves the map under the tooltip: close it.
        if (event.sourceEvent && this.hoverId) this.hoverId = undefined;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // During a gesture only the one viewport <g> moves; roles re-render at the end.
        this.#transform = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
        this.viewport?.setAttribute('transform', event.transform.toString());
      })
      .on('end', () => {
        if (!sameView(this.#transform, this.view)) this.view = this.#transform;
      });
    select(canvas).call(this.#zoom).on('dblclick.zoom', null);
    this.#transform = { k: 1, x: 0, y: 0 };
  }

  #applyTransform(t: ZoomTransform): void {
    if (!this.canvas || !this.#zoom) return;
    this.#zoom.transform(select(this.canvas), zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  #contentBounds(): Box | undefined {
    if (!this.#layout) return undefined;
    const height = Math.max(this.#layout.height, this.focusedRoleId ? 0 : (this.#flows?.bottom ?? 0));
    return { x: 0, y: 0, width: this.#layout.width, height };
  }

  /** Pans (keeping the zoom) so a role is inside the view. */
  #reveal(node: RoleNode, zoomToRead = false): void {
    const { width, height } = this.size;
    if (width === 0) return;
    let { k, x, y } = this.#transform;
    if (zoomToRead && k * MAP_METRICS.fontSize < MIN_LABEL_PX * 1.6) k = Math.min(1, (MIN_LABEL_PX * 1.6) / MAP_METRICS.fontSize);
    const left = node.x * k + x;
    const top = node.y * k + y;
    const inside = left >= 0 && top >= 0 && left + node.width * k <= width && top + node.height * k <= height;
    if (inside && k === this.#transform.k) return;
    x = width / 2 - (node.x + node.width / 2) * k;
    y = height / 2 - (node.y + node.height / 2) * k;
    this.#applyTransform({ k, x, y });
  }

  // ── user actions ──────────────────────────────────────────────────────────────

  #chooseRole(id: string): void {
    this.activeId = id;
    this.dismissed = false;
    this.selectedMove = undefined;
    if (!this.isLinked) this.currentRole = id;
    this.announceRoleSelect(id);
  }

  #chooseMove(from: string, to: string): void {
    this.selectedMove = { from, to };
    this.announceMoveSelect(from, to);
  }

  #clear(): void {
    this.currentRole = null;
    this.target = null;
    this.selectedMove = undefined;
    if (this.isLinked && this.selection.currentRole) this.dismissed = true;
  }

  #roleAt(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof Element && node.hasAttribute('data-role-id')) return node.getAttribute('data-role-id')!;
      if (node instanceof Element && node.classList.contains('shapes') && event instanceof MouseEvent) {
        // The aggregated layer: find the role under the pointer from the layout.
        const box = this.canvas!.getBoundingClientRect();
        const { k, x, y } = this.#transform;
        return roleAt(this.#layout!.roles, (event.clientX - box.left - x) / k, (event.clientY - box.top - y) / k)?.id;
      }
      if (node === this.canvas) break;
    }
    return undefined;
  }

  #moveAt(event: Event): { from: string; to: string } | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof Element && node.getAttribute('part') === 'move') return { from: node.getAttribute('data-from')!, to: node.getAttribute('data-to')! };
      if (node === this.canvas) break;
    }
    return undefined;
  }

  #onCanvasClick = (event: MouseEvent) => {
    const move = this.#moveAt(event);
    if (move) return this.#chooseMove(move.from, move.to);
    const id = this.#roleAt(event);
    if (id) this.#chooseRole(id);
  };

  #onPointerOver = (event: PointerEvent) => {
    const id = this.#roleAt(event);
    if (id !== this.hoverId) this.hoverId = id;
  };

  #onFocusIn = (event: FocusEvent) => {
    const id = this.#roleAt(event);
    if (id) {
      this.activeId = id;
      this.hoverId = id;
    }
  };

  #onKeyDown = async (event: KeyboardEvent) => {
    const layout = this.#layout;
    if (!layout) return;
    const active = this.#activeRoleId(layout);
    const direction = ARROWS[event.key];
    if (direction && active) {
      event.preventDefault();
      const next = neighbour(layout.roles, active, direction);
      if (!next) return;
      this.activeId = next.id;
      this.#reveal(next);
      await this.updateComplete;
      this.renderRoot.querySelector<SVGGElement>(`[data-role-id="${CSS.escape(next.id)}"]`)?.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      this.#chooseRole(active);
    } else if (event.key === 'Escape') {
      this.#clear();
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy(ZOOM_STEP);
    } else if (event.key === '-' || event.key === '_') {
      this.zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0') {
      this.fit();
    }
  };

  /** The role holding the map's one tab stop: the last one moved to, else the focused role, else the first. */
  #activeRoleId(layout: MapLayout): string | undefined {
    const shown = (id?: string) => (id !== undefined && this.#nodes.has(id) ? id : undefined);
    return shown(this.activeId) ?? shown(this.focusedRoleId) ?? layout.roles[0]?.id;
  }

  #searchResults(): Role[] {
    const layout = this.#layout;
    if (!layout) return [];
    return searchRoles(
      layout.roles.map((node) => node.role),
      this.query,
    );
  }

  #onSearchInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
    this.resultIndex = 0;
  };

  #onSearchKey = (event: KeyboardEvent) => {
    const results = this.#searchResults();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length > 0) this.resultIndex = (this.resultIndex + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const pick = results[this.resultIndex] ?? results[0];
      if (pick) this.#pickResult(pick.id);
    } else if (event.key === 'Escape') {
      this.query = '';
    }
  };

  #pickResult(id: string): void {
    this.query = '';
    this.#chooseRole(id);
    const node = this.#nodes.get(id);
    if (node) this.#reveal(node, true);
  }

  // ── rendering ─────────────────────────────────────────────────────────────────

  protected override render() {
    const status = this.renderStatus();
    if (status !== nothing || !this.index || !this.#layout) return status;
    const index = this.index;
    const layout = this.#layout;
    const kinds = parseMoveKinds(this.moveKinds);
    const drawn = this.#nodes;
    const focusId = this.focusedRoleId;
    const targetId = this.targetRoleId;
    const focus = focusId !== undefined ? index.role(focusId) : undefined;
    const target = targetId !== undefined ? index.role(targetId) : undefined;
    const accept = (move: CareerMove) => kinds.has(move.kind) && drawn.has(move.to) && drawn.has(move.from);
    const moves = focus ? index.movesFrom(focus.id).filter(accept) : [];
    const route = focus && target ? bestRoute(index, focus.id, target.id, accept) : undefined;
    const ctx: PanelContext = {
      index,
      region: this.region ?? index.regions()[0],
      locale: this.effectiveLocale,
      selectedMove: this.selectedMove,
      onMove: (from, to) => this.#chooseMove(from, to),
    };
    return html`<div class="frame">
      <div class="main">
        ${this.#renderToolbar()}
        <div part="map" class="map" ${cssProps({ '--_aspect': aspect(this.#contentBounds()!) })}>
          <svg class="canvas" role="group" aria-roledescription="career map"
            aria-label=${`Career map of ${index.framework.name}: ${layout.roles.length} roles by family and level. Arrow keys move between roles, Enter selects, Escape clears, plus and minus zoom.`}
            @click=${this.#onCanvasClick} @keydown=${this.#onKeyDown} @pointerover=${this.#onPointerOver} @pointermove=${this.#onPointerOver}
            @pointerleave=${() => (this.hoverId = undefined)} @focusin=${this.#onFocusIn} @focusout=${() => (this.hoverId = undefined)}>
            ${this.#renderMarkers()}
            <g class="viewport">
              ${this.#renderFrame(layout)}
              ${focus ? nothing : this.#renderFlows(index, this.#flows!)}
              ${this.size.width > 0 ? this.#renderRoles(index, layout, focus?.id, route, moves) : nothing}
              ${route && route.moves.length > 0 ? this.#renderRoute(index, route, drawn) : focus ? this.#renderMoves(index, focus.id, moves, drawn) : nothing}
            </g>
          </svg>
          ${this.#renderTooltip(ctx, drawn)}
        </div>
      </div>
      <aside part="panel" class="panel" aria-label="Role details">
        ${this.#renderPanel(ctx, focus, target, moves, route)}
      </aside>
    </div>`;
  }

  #renderToolbar(): TemplateResult {
    const results = this.#searchResults();
    const open = results.length > 0;
    const activeResult = open ? `result-${Math.min(this.resultIndex, results.length - 1)}` : undefined;
    return html`<div part="toolbar" class="toolbar">
      <div class="search">
        <input part="search" type="search" placeholder="Find a role…" aria-label="Find a role by title" role="combobox"
          aria-autocomplete="list" aria-controls="search-results" aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${activeResult ?? nothing} .value=${this.query}
          @input=${this.#onSearchInput} @keydown=${this.#onSearchKey} />
        <ul id="search-results" role="listbox" aria-label="Matching roles" ?hidden=${!open}>
          ${results.map(
            (role, i) => html`<li id=${`result-${i}`} role="option" aria-selected=${i === this.resultIndex ? 'true' : 'false'}
              data-role-result=${role.id} @click=${() => this.#pickResult(role.id)}>${role.title}
              <span class="muted">${this.index?.family(role.family)?.label ?? role.family} · ${role.level}</span></li>`,
          )}
        </ul>
      </div>
      <ul class="legend" aria-label="Legend">
        <li><span class="swatch promotion"></span>Promotion</li>
        <li><span class="swatch lateral"></span>Lateral</li>
        <li><span class="swatch step-back"></span>Step back</li>
        <li><span class="swatch ic"></span>IC track</li>
        <li><span class="swatch management"></span>Management track</li>
      </ul>
      <div class="zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
        <button type="button" aria-label="Zoom out" @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
        <button type="button" aria-label="Fit the whole map" @click=${() => this.fit()}>Fit</button>
      </div>
    </div>`;
  }

  #renderMarkers(): TemplateResult {
    return svg`<defs>${['promotion', 'lateral', 'step-back', 'route'].map(
      (kind) => svg`<marker id=${`arrow-${kind}`} class=${`arrow ${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker>`,
    )}</defs>`;
  }

  /** Cluster, family and track headings, track bands and level rows: static for a layout. */
  #renderFrame(layout: MapLayout) {
    return guard([layout], () => svg`<g class="frame-layer" aria-hidden="true">
      ${layout.levels.map((row, i) => svg`${i % 2 ? nothing : svg`<rect class="level-band" x="0" y=${row.y} width=${layout.width} height=${row.height}></rect>`}
        ${label(row.label, 'level-label')}`)}
      ${layout.families.flatMap((family) => family.tracks.map((track) => svg`<rect class=${`track-band ${track.kind}`} x=${track.x - 3} y=${track.y} width=${track.width + 6} height=${track.height} rx="6"></rect>
        ${label(track.label, `track-label ${track.kind}`)}`))}
      ${layout.families.map((family) => label(family.label, 'family-label'))}
      ${layout.clusters.map((cluster) => svg`${label(cluster.label, 'cluster-label')}<line class="cluster-rule" x1=${cluster.x} x2=${cluster.x + cluster.width} y1="20" y2="20"></line>`)}
    </g>`);
  }

  #renderFlows(index: FrameworkIndex, flows: FlowSummary) {
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

  #renderMoves(index: FrameworkIndex, from: string, moves: readonly CareerMove[], drawn: Map<string, RoleNode>) {
    const origin = drawn.get(from);
    if (!origin) return nothing;
    return svg`<g class="moves">${moves.map((move) => {
      const path = movePath(origin, drawn.get(move.to)!);
      const selected = this.selectedMove?.from === move.from && this.selectedMove.to === move.to;
      return svg`<g part="move" class=${`move ${move.kind} ${selected ? 'selected' : ''}`} data-from=${move.from} data-to=${move.to} role="button" aria-label=${moveName(index, move)}>
        <path class="hit" d=${path.d}></path>
        <path class="line" d=${path.d} marker-end=${`url(#arrow-${move.kind})`}></path>
      </g>`;
    })}</g>`;
  }

  #renderRoute(index: FrameworkIndex, route: Route, drawn: Map<string, RoleNode>) {
    return svg`<g class="moves route">${route.moves.map((move, i) => {
      const path = movePath(drawn.get(move.from)!, drawn.get(move.to)!);
      return svg`<g part="move" class="move route-step" data-from=${move.from} data-to=${move.to} role="button" aria-label=${`Step ${i + 1}: ${moveName(index, move)}`}>
        <path class="hit" d=${path.d}></path>
        <path class="line" d=${path.d} marker-end="url(#arrow-route)"></path>
        <circle class="step-badge" cx=${path.mid.x} cy=${path.mid.y} r="10"></circle>
        <text class="step-number" x=${path.mid.x} y=${path.mid.y + 4} text-anchor="middle">${i + 1}</text>
      </g>`;
    })}</g>`;
  }

  #renderRoles(index: FrameworkIndex, layout: MapLayout, focusId: string | undefined, route: Route | undefined, moves: readonly CareerMove[]) {
    const highlighted = route ? new Set(route.roles) : focusId ? new Set([focusId, ...moves.map((m) => m.to)]) : undefined;
    const active = this.#activeRoleId(layout);
    const { k, x, y } = this.view;
    const labels = k * MAP_METRICS.fontSize >= MIN_LABEL_PX;
    const detail = layout.roles.length > DETAIL_LIMIT;
    // Level of detail: when titles are readable, the roles in view (with a margin) are drawn too.
    const view = detail && labels ? { x: -x / k - 100, y: -y / k - 100, width: this.size.width / k + 200, height: this.size.height / k + 200 } : undefined;
    const keys = [layout, focusId, route, moves, labels, view && [x, y, k].join()];
    const drawn = detail ? layout.roles.filter((node) => highlighted?.has(node.id) || (view && overlaps(node, view))) : layout.roles;
    // The keyboard-active and hovered roles are drawn on top of the shapes when they are not yet drawn.
    const extra = [active, this.hoverId].flatMap((id) => (id !== undefined && !drawn.some((node) => node.id === id) ? this.#nodes.get(id) ?? [] : []));
    const focusNode = focusId !== undefined ? this.#nodes.get(focusId) : undefined;
    return svg`${guard(keys, () => (detail ? renderShapes(layout, new Set(drawn), !!highlighted) : nothing))}${guard([...keys, ...extra, active], () =>
      svg`<g class="roles">${repeat(
        [...drawn, ...new Set(extra)],
        (node) => node.id,
        (node) => {
          const state = node.id === focusId ? 'focused' : highlighted && !highlighted.has(node.id) ? 'dim' : highlighted ? 'reachable' : '';
          return svg`<g part="role" class=${`role ${node.trackKind} ${state}`} data-role-id=${node.id} transform=${`translate(${node.x},${node.y})`}
            role="button" tabindex=${node.id === active ? '0' : '-1'} aria-pressed=${node.id === focusId ? 'true' : 'false'}
            aria-label=${`${roleName(index, node.role)}${node.id === focusId ? ', you are here' : ''}`}>
            <rect width=${node.width} height=${node.height} rx="6"></rect>
            ${labels ? label({ ...node.label, y: node.label.y - node.y, anchorX: node.label.anchorX - node.x }, 'role-label') : nothing}
          </g>`;
        },
      )}${focusNode ? svg`<text class="here" aria-hidden="true" x=${focusNode.x + focusNode.width / 2} y=${focusNode.y - 4} text-anchor="middle">You are here</text>` : nothing}</g>`,
    )}`;
  }

  #renderTooltip(ctx: PanelContext, drawn: Map<string, RoleNode>): TemplateResult | typeof nothing {
    const node = this.hoverId !== undefined ? drawn.get(this.hoverId) : undefined;
    if (!node) return nothing;
    const { k, x, y } = this.#transform;
    const left = (node.x + node.width) * k + x + 8;
    const top = node.y * k + y;
    const flip = left + 260 > this.size.width;
    const role = node.role;
    const band = payBandText(ctx, role.id);
    const outgoing = ctx.index.movesFrom(role.id).length;
    return html`<div part="tooltip" class="tooltip" role="tooltip"
      ${cssProps({ left: `${flip ? node.x * k + x - 8 : left}px`, top: `${Math.max(0, top)}px`, transform: flip ? 'translateX(-100%)' : 'none' })}>
      <strong>${role.title}</strong>
      <span>${ctx.index.family(role.family)?.label ?? role.family} · ${ctx.index.track(role.track)?.label ?? role.track} · ${role.level}</span>
      ${band ? html`<span>${ctx.region}: ${band}</span>` : nothing}
      <span>${outgoing} ${outgoing === 1 ? 'move' : 'moves'} from here</span>
    </div>`;
  }

  #renderPanel(ctx: PanelContext, focus: Role | undefined, target: Role | undefined, moves: readonly CareerMove[], route: Route | undefined) {
    const unknown = [
      this.focusedRoleId !== undefined && !focus ? `No role “${this.focusedRoleId}” in this framework.` : undefined,
      this.targetRoleId !== undefined && !target ? `No target role “${this.targetRoleId}” in this framework.` : undefined,
    ].filter((message): message is string => !!message);
    const notices = unknown.length > 0 ? html`<div class="notice" role="alert">${unknown.map((m) => html`<p>${m}</p>`)}<p>The map shows every role; pick one to continue.</p></div>` : nothing;
    if (!focus) return html`${notices}${overviewSection(ctx, this.#layout!.roles.length, this.#flows!)}`;
    const hidden = !this.#nodes.has(focus.id);
    return html`${notices}${roleSummary(ctx, focus)}
      ${hidden ? html`<p class="notice" role="status">This role is hidden by the current filters.</p>` : nothing}
      ${target && target.id !== focus.id ? routeSection(ctx, route, focus.id, target.id) : nothing}
      <section class="moves-list">
        <h4 class="section-title">Where you can go from here (${moves.length})</h4>
        ${moves.length > 0 ? html`<ul class="cards">${moves.map((move) => moveCard(ctx, move))}</ul>` : html`<p class="muted">No moves from this role with the current filters.</p>`}
      </section>
      ${movesTable(ctx, focus, moves)}`;
  }
}

/** Roles not drawn as elements, as one path of boxes per track kind (hit-tested from the layout). */
function renderShapes(layout: MapLayout, drawn: Set<RoleNode>, dim: boolean) {
  const paths: Record<string, string> = { ic: '', management: '', other: '' };
  for (const node of layout.roles) if (!drawn.has(node)) paths[node.trackKind] += `M${node.x},${node.y}h${node.width}v${node.height}h${-node.width}z`;
  return svg`<g class="shapes" aria-hidden="true">${Object.entries(paths).map(([kind, d]) => svg`<path class=${`role ${kind} ${dim ? 'dim' : ''}`} d=${d}></path>`)}</g>`;
}

function label(l: { lines: string[]; anchorX: number; y: number; align: string }, className: string) {
  return svg`<text class=${className} text-anchor=${l.align}>${l.lines.map(
    // A space ends every line but the last, so the text reads (and names) as the title it wraps.
    (line, i) => svg`<tspan x=${l.anchorX} y=${l.y + (i + 1) * MAP_METRICS.lineHeight - 3}>${i < l.lines.length - 1 ? `${line} ` : line}</tspan>`,
  )}</text>`;
}

/** The CSS aspect ratio of the map area: the content's, with room for the margins. */
function aspect(bounds: Box): string {
  return `${Math.round(bounds.width)} / ${Math.round(bounds.height + 24)}`;
}

function sameView(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}

function sameKey(a: unknown[], b: unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
