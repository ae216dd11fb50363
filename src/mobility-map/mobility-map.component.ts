import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from '../base/css-props.js';
import { ResizeController } from '../base/controllers/resize-controller.js';
import { ZoomController, type ZoomTransform } from '../base/controllers/zoom-controller.js';
import { CareerElement } from '../base/career-element.js';
import { isCount, isText, propertyField, type ViewStateField, type ViewStateFields } from '../base/view-state.js';
import type { CareerMove } from '../model/framework-index.js';
import { CareerRouteSelectEvent } from '../events.js';
import { inferMoves, type InferredMoves } from '../model/inferred-moves.js';
import { routeTotals, type RouteTotals } from '../model/route-totals.js';
import { findRoutes, type RouteSearch } from '../model/routes.js';
import { mirrorLayout } from './mobility-map-mirror.js';
import { browserMeasure } from './text-measure.js';
import { PrintController } from '../base/controllers/print-controller.js';
import { fitTransform, layoutMap, neighbour, type Box, type MapLayout, type RoleNode } from './mobility-map-layout.js';
import { mapKeyAction, searchKeyAction, ZOOM_STEP } from './mobility-map-keys.js';
import { parseList, parseMoveKinds, searchRoles } from './mobility-map-model.js';
import { panelView, type PanelContext } from './mobility-map-panel.js';
import { familyFlows, type FlowSummary } from './mobility-map-paths.js';
import { flowsLayer, frameLayer, markers, movesLayer, rolesLayer, routeLayer, shapesLayer, toolbar, tooltipCard } from './mobility-map-render.js';
import { levelOfDetail, revealTransform, roleAtPoint, sameView, tooltipPlacement } from './mobility-map-view.js';
import { mobilityMapStyles } from './mobility-map.styles.js';
import { parseThreshold, routeBounds, routeCardStyles, routeCards, routeKeyTarget, routeOrder, suggestedSection } from './route-cards.js';

/**
 * The career GPS: every role of a framework placed by job family (grouped by cluster) against
 * level, with IC and management tracks side by side. With nothing focused it shows the whole
 * framework and the moves between families as flow counts; focusing a role (click, Enter, search
 * or the `current-role` attribute) draws its outgoing moves and opens a panel with what each move takes.
 * With `current-role` and `target` it offers up to three alternative routes as cards with their
 * totals (moves, time, pay, skills, learning, requirements) and draws the chosen one (the best
 * first) as a numbered path. With `infer-moves` it also suggests moves the framework does not
 * declare, between roles whose skills overlap strongly: drawn dashed, listed apart and explained.
 *
 * Inside `<career-framework>` (with no framework of its own) it follows the shared selection: its
 * focused role is its own `currentRole` or else the selection's, its target likewise; a click on a
 * role fires `career-role-select` and the provider decides what changes. Standalone, a click
 * focuses the role itself.
 *
 * Keyboard: the map is one tab stop; arrow keys move between roles by position, Enter or Space
 * focuses the role, Escape clears, + and − zoom, 0 fits. Route cards are one tab stop: the arrow
 * keys (and Home, End) choose another route; the chosen route's steps follow in the panel.
 *
 * View state (`getViewState()`, `setViewState()`, `url-state`): `currentRole`, `target`, the
 * filters `families`, `tracks`, `moveKinds`, `region`, `inferMoves`, the chosen `route` (0 = best),
 * the selected `move` (`{ from, to }`) and `zoom` (`{ k, cx, cy }`: the scale and the point of the
 * map in the middle of the view, so a shared view fits any screen; left out while the map is
 * fitted).
 *
 * @tag mobility-map
 * @summary Where can I go from here, and what does each move take.
 * @fires career-role-select - The user selected a role (click, Enter, search). `detail: { roleId }`.
 * @fires career-move-select - The user selected a move (in the map or the panel). `detail: { from, to }`.
 * @fires career-route-select - The user chose one of the alternative routes. `detail: { steps }` (role ids, start to target).
 * @fires career-load - A valid framework was loaded from the element's own input.
 * @fires career-error - The element's own framework input is invalid or failed to load.
 * @csspart map - The zoomable map area (holds the SVG).
 * @csspart role - A role on the map (`data-role-id`).
 * @csspart move - A move drawn on the map (`data-from`, `data-to`; `data-inferred` on a suggested move).
 * @csspart route - A route card (`data-route-index`, 0 = best). The chosen route's roles carry `data-route-step` (role id) and `data-route-order` (0, 1, …).
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
  static override styles = [...CareerElement.styles, mobilityMapStyles, routeCardStyles];
  protected static override exportSkip = `${CareerElement.exportSkip}, .search, .zoom, .tooltip`;

  /** The size of the map area, measured; the map fits itself into it. */
  readonly #resize = new ResizeController(this, { target: () => this.renderRoot.querySelector('.map') });

  /** d3-zoom on the SVG: during a gesture only the viewport `<g>` moves; the roles re-render when it settles. */
  readonly #zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector<SVGSVGElement>('svg.canvas'),
    extent: () => this.#resize.size,
    onZoom: (t) => this.renderRoot.querySelector('g.viewport')?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`),
    // The hover card would float away from its role: hide it until the view settles (the role stays hovered).
    onGestureStart: () => (this.moving = true),
    onSettle: (t) => {
      this.moving = false;
      // A zoom from a view state holds (through resizes) until the view moves away from it.
      if (this.#stateZoom && !sameView(t, this.#centred(this.#stateZoom))) this.#stateZoom = undefined;
      if (!sameView(t, this.view)) this.view = t;
    },
  });

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

  /**
   * Suggest moves the framework does not declare, between roles whose skill requirements overlap
   * at least this much (0..1; present without a value: 0.6). Unset: no suggested moves.
   */
  @property({ attribute: 'infer-moves' }) inferMoves?: string | null;


  @state() private activeId?: string;
  @state() private hoverId?: string;
  @state() private moving = false;
  @state() private selectedMove?: { from: string; to: string };
  @state() private dismissed = false;
  /** The settled view (what the level of detail is drawn for). */
  @state() private view: ZoomTransform = { k: 1, x: 0, y: 0 };
  @state() private query = '';
  @state() private resultIndex = 0;

  #layout?: MapLayout;
  #nodes = new Map<string, RoleNode>();
  #layoutKey?: unknown[];
  #flows?: FlowSummary;
  #flowsKey?: unknown[];
  #fitted?: unknown[];
  #seenSelection = '';
  /** On paper the map is drawn whole, scaled to the page by a viewBox (no zoom transform). */
  readonly #print = new PrintController(this);
  #inferred?: InferredMoves;
  #inferredKey?: unknown[];
  #routes?: { search: RouteSearch; totals: RouteTotals[] };
  #routesKey?: unknown[];
  /** The chosen route among the alternatives (0 = best); back to 0 when the routes change. */
  #routeIndex = 0;
  /** A route index from a view state, kept until the routes it picks from are computed. */
  #pendingRoute?: number;
  /** A move from a view state, kept while the selection it belongs to is applied. */
  #keepMove = false;
  /** A zoom from a view state (or 'fit'), applied once the map is measured. */
  #pendingZoom?: ZoomCentre | 'fit';
  /** The zoom from a view state in effect: kept, instead of fitting, when the map's size changes. */
  #stateZoom?: ZoomCentre;
  /** The transform of the last fit: a view equal to it is not part of the view state. */
  #fittedView?: ZoomTransform;

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
    if (bounds) this.#zoom.set((this.#fittedView = fitTransform(bounds, this.#resize.size.width, this.#resize.size.height)));
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#zoom.scaleBy(factor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const selectionKey = JSON.stringify([this.selection.currentRole, this.selection.target]);
    if (selectionKey !== this.#seenSelection) {
      this.#seenSelection = selectionKey;
      this.dismissed = false;
    }
    if ((changed.has('currentRole') || changed.has('target')) && !this.#keepMove) this.selectedMove = undefined;
    this.#keepMove = false;
    const index = this.index;
    if (!index) {
      this.#layout = this.#flows = undefined;
      return;
    }
    // Titles are measured in the font the map draws them in (--career-font-family), by the browser;
    // a right-to-left page (dir="rtl", set or inherited) gets the map mirrored.
    // The font is the kit's own (--career-font-family, which the shadow tree draws in), never the
    // host's: a page rule can restyle the host element itself.
    const style = getComputedStyle(this);
    const font = style.getPropertyValue('--_font').trim() || style.fontFamily;
    const direction = style.direction;
    const locale = this.effectiveLocale;
    const layoutKey = [index, this.families, this.tracks, font, locale, direction];
    if (!this.#layout || !sameKey(layoutKey, this.#layoutKey)) {
      const layout = layoutMap(index, { families: parseList(this.families), tracks: parseList(this.tracks), measure: browserMeasure(font), locale });
      this.#layout = direction === 'rtl' ? mirrorLayout(layout) : layout;
      this.#nodes = new Map(this.#layout.roles.map((node) => [node.id, node]));
      this.#layoutKey = layoutKey;
    }
    const threshold = parseThreshold(this.inferMoves);
    const inferredKey = [index, threshold];
    if (!sameKey(inferredKey, this.#inferredKey)) {
      this.#inferred = threshold === undefined ? undefined : inferMoves(index, threshold);
      this.#inferredKey = inferredKey;
    }
    const flowsKey = [this.#layout, this.moveKinds];
    if (!this.#flows || !sameKey(flowsKey, this.#flowsKey)) {
      const kinds = parseMoveKinds(this.moveKinds);
      this.#flows = familyFlows(this.#layout, index.allMoves().filter((move) => kinds.has(move.kind)));
      this.#flowsKey = flowsKey;
    }
    // Fit before the roles are first drawn, so the first paint is the fitted map.
    const { width, height } = this.#resize.size;
    const fitKey = [this.#layout, width, height];
    if (width > 0 && !sameKey(fitKey, this.#fitted)) {
      this.#fitted = fitKey;
      this.#fittedView = fitTransform(this.#contentBounds()!, width, height);
      this.#zoom.set(this.#stateZoom ? this.#centred(this.#stateZoom) : this.#fittedView);
    }
    if (this.#pendingZoom && width > 0) {
      const zoom = this.#pendingZoom;
      this.#pendingZoom = this.#stateZoom = undefined;
      if (zoom === 'fit') this.fit();
      else this.#zoom.set(this.#centred((this.#stateZoom = zoom)));
    }
  }

  /** The transform that shows a zoom centre in the middle of the map area. */
  #centred(zoom: ZoomCentre): ZoomTransform {
    const { width, height } = this.#resize.size;
    return { k: zoom.k, x: width / 2 - zoom.cx * zoom.k, y: height / 2 - zoom.cy * zoom.k };
  }

  protected override viewStateFields(): ViewStateFields {
    const text = (name: 'target' | 'families' | 'tracks' | 'moveKinds' | 'region' | 'inferMoves') => propertyField(this, name, isText);
    const route: ViewStateField<number> = {
      get: () => (this.#routes && this.#routeIndex > 0 ? this.#routeIndex : undefined),
      set: (value) => {
        this.#routeIndex = this.#pendingRoute = value ?? 0;
        this.requestUpdate();
      },
      valid: isCount,
    };
    const move: ViewStateField<{ from: string; to: string }> = {
      get: () => this.selectedMove && { from: this.selectedMove.from, to: this.selectedMove.to },
      set: (value) => {
        this.selectedMove = value && { from: value.from, to: value.to };
        this.#keepMove = true;
      },
      valid: (value): value is { from: string; to: string } => isText((value as { from?: unknown })?.from) && isText((value as { to?: unknown })?.to),
    };
    const zoom: ViewStateField<ZoomCentre> = {
      get: () => {
        const { width, height } = this.#resize.size;
        const t = this.view;
        if (this.#stateZoom) return this.#stateZoom;
        if (width === 0 || !this.#fittedView || sameView(t, this.#fittedView)) return undefined;
        const round = (n: number) => Math.round(n * 1000) / 1000;
        return { k: round(t.k), cx: round((width / 2 - t.x) / t.k), cy: round((height / 2 - t.y) / t.k) };
      },
      set: (value) => {
        this.#pendingZoom = value ?? 'fit';
        this.requestUpdate();
      },
      valid: (value): value is ZoomCentre => {
        const { k, cx, cy } = (value ?? {}) as Partial<ZoomCentre>;
        return [k, cx, cy].every((n) => typeof n === 'number' && Number.isFinite(n)) && k! > 0;
      },
    };
    return { ...super.viewStateFields(), target: text('target'), families: text('families'), tracks: text('tracks'), moveKinds: text('moveKinds'), region: text('region'), inferMoves: text('inferMoves'), route, move, zoom };
  }

  /** Also waits for the map's first measurement and the render at that size (roles are drawn once it is known). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#resize.measured;
    return super.getUpdateComplete();
  }

  #contentBounds(): Box | undefined {
    if (!this.#layout) return undefined;
    const height = Math.max(this.#layout.height, this.focusedRoleId ? 0 : (this.#flows?.bottom ?? 0));
    return { x: 0, y: 0, width: this.#layout.width, height };
  }

  /** Pans (keeping the zoom, or zooming in to read) so a role is inside the view. */
  #reveal(node: RoleNode, zoomToRead = false): void {
    const next = revealTransform(node, this.#zoom.transform, this.#resize.size, zoomToRead);
    if (next) this.#zoom.set(next);
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

  /** The role under an event: a role element on its path, or the aggregated shapes hit-tested from the layout. */
  #roleAt(event: Event): string | undefined {
    const canvas = this.renderRoot.querySelector('svg.canvas');
    for (const node of event.composedPath()) {
      if (node instanceof Element && node.hasAttribute('data-role-id')) return node.getAttribute('data-role-id')!;
      if (node instanceof Element && node.classList.contains('shapes') && event instanceof MouseEvent && canvas && this.#layout) {
        const box = canvas.getBoundingClientRect();
        return roleAtPoint(this.#layout, { x: event.clientX - box.left, y: event.clientY - box.top }, this.#zoom.transform)?.id;
      }
      if (node === canvas) break;
    }
    return undefined;
  }

  #moveAt(event: Event): { from: string; to: string } | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof Element && node.getAttribute('part') === 'move') return { from: node.getAttribute('data-from')!, to: node.getAttribute('data-to')! };
      if (node instanceof SVGSVGElement) break;
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
    const action = mapKeyAction(event.key);
    if (!layout || !action) return;
    const active = this.#activeRoleId(layout);
    switch (action.type) {
      case 'move': {
        if (!active) return;
        event.preventDefault();
        const next = neighbour(layout.roles, active, action.direction);
        if (!next) return;
        this.activeId = next.id;
        this.#reveal(next);
        await this.updateComplete;
        this.renderRoot.querySelector<SVGGElement>(`[data-role-id="${CSS.escape(next.id)}"]`)?.focus();
        return;
      }
      case 'select':
        if (!active) return;
        event.preventDefault();
        return this.#chooseRole(active);
      case 'clear':
        return this.#clear();
      case 'zoom':
        return this.zoomBy(action.factor);
      case 'fit':
        return this.fit();
    }
  };

  /** The role holding the map's one tab stop: the last one moved to, else the focused role, else the first. */
  #activeRoleId(layout: MapLayout): string | undefined {
    const shown = (id?: string) => (id !== undefined && this.#nodes.has(id) ? id : undefined);
    return shown(this.activeId) ?? shown(this.focusedRoleId) ?? layout.roles[0]?.id;
  }

  #searchResults() {
    return this.#layout ? searchRoles(this.#layout.roles.map((node) => node.role), this.query) : [];
  }

  #onSearchInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
    this.resultIndex = 0;
  };

  #onSearchKey = (event: KeyboardEvent) => {
    const results = this.#searchResults();
    const action = searchKeyAction(event.key, this.resultIndex, results.length);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter') event.preventDefault();
    if (action?.type === 'highlight') this.resultIndex = action.index;
    else if (action?.type === 'pick') this.#pickResult(results[action.index].id);
    else if (action?.type === 'close') this.query = '';
  };

  #pickResult(id: string): void {
    this.query = '';
    this.#chooseRole(id);
    const node = this.#nodes.get(id);
    if (node) this.#reveal(node, true);
  }

  // ── routes ────────────────────────────────────────────────────────────────────

  /** The alternative routes and their totals, computed again only when what they depend on changes. */
  #routesTo(from: string, to: string, accept: (move: CareerMove) => boolean) {
    const key = [this.index, from, to, this.#layout, this.moveKinds, this.#inferred, this.region];
    if (!this.#routes || !sameKey(key, this.#routesKey)) {
      const region = this.region ?? this.index!.regions()[0];
      const search = findRoutes(this.index!, from, to, { k: 3, accept, inferred: this.#inferred });
      this.#routes = { search, totals: search.routes.map((route) => routeTotals(this.index!, route, { region })) };
      this.#routesKey = key;
      this.#routeIndex = this.#pendingRoute ?? 0;
    }
    this.#pendingRoute = undefined;
    return this.#routes;
  }

  /** The user chose a route card: draw it, frame it and say so. */
  #chooseRoute(index: number): void {
    const route = this.#routes?.search.routes[index];
    if (!route) return;
    this.#routeIndex = index;
    this.selectedMove = undefined;
    this.requestUpdate();
    const bounds = routeBounds(route.roles, this.#nodes);
    const { width, height } = this.#resize.size;
    if (bounds && width > 0) this.#zoom.set(fitTransform(bounds, width, height), 350);
    this.dispatchEvent(new CareerRouteSelectEvent([...route.roles]));
  }

  #onRouteKey = async (event: KeyboardEvent, index: number) => {
    const next = routeKeyTarget(event.key, index, this.#routes?.search.routes.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.#chooseRoute(next);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-route-index="${next}"] .route-choose`)?.focus();
  };

  // ── rendering ─────────────────────────────────────────────────────────────────

  protected override render() {
    const status = this.renderStatus();
    if (status !== nothing || !this.index || !this.#layout) return status;
    const index = this.index;
    const layout = this.#layout;
    const nodes = this.#nodes;
    const kinds = parseMoveKinds(this.moveKinds);
    const focusId = this.focusedRoleId;
    const targetId = this.targetRoleId;
    const focus = focusId !== undefined ? index.role(focusId) : undefined;
    const target = targetId !== undefined ? index.role(targetId) : undefined;
    const accept = (move: CareerMove) => kinds.has(move.kind) && nodes.has(move.to) && nodes.has(move.from);
    const moves = focus ? index.movesFrom(focus.id).filter(accept) : [];
    const suggested = focus && this.#inferred ? this.#inferred.from(focus.id).filter(accept) : [];
    const routes = focus && target && target.id !== focus.id ? this.#routesTo(focus.id, target.id, accept) : undefined;
    const route = routes?.search.routes[Math.min(this.#routeIndex, routes.search.routes.length - 1)];
    const ctx: PanelContext = {
      index,
      region: this.region ?? index.regions()[0],
      locale: this.effectiveLocale,
      l10n: this.l10n,
      selectedMove: this.selectedMove,
      onMove: (from, to) => this.#chooseMove(from, to),
    };
    const highlighted = route ? new Set(route.roles) : focus ? new Set([focus.id, ...moves.map((m) => m.to)]) : undefined;
    return html`<div class="frame">
      <div class="main">
        ${toolbar({
          index,
          query: this.query,
          results: this.#searchResults(),
          resultIndex: this.resultIndex,
          onInput: this.#onSearchInput,
          onKey: this.#onSearchKey,
          onPick: (id) => this.#pickResult(id),
          onZoom: (factor) => this.zoomBy(factor),
          onFit: () => this.fit(),
          zoomStep: ZOOM_STEP,
          l10n: this.l10n,
          exportMenu: this.renderExportMenu(),
        })}
        <div part="map" class="map" ${cssProps({ '--_aspect': aspect(this.#contentBounds()!) })}>
          <svg class="canvas" viewBox=${this.#printBox() ?? nothing} role="group" aria-roledescription="career map"
            aria-label=${this.l10n.t('Career map of {name}: {count} roles by family and level. Arrow keys move between roles, Enter selects, Escape clears, plus and minus zoom.', { name: index.framework.name, count: layout.roles.length })}
            @click=${this.#onCanvasClick} @keydown=${this.#onKeyDown} @pointerover=${this.#onPointerOver} @pointermove=${this.#onPointerOver}
            @pointerleave=${() => (this.hoverId = undefined)} @focusin=${this.#onFocusIn} @focusout=${() => (this.hoverId = undefined)}>
            ${markers()}
            <g class="viewport">
              ${frameLayer(layout)}
              ${focus ? nothing : flowsLayer(index, this.#flows!)}
              ${this.#resize.size.width > 0 ? this.#renderRoles(layout, focus?.id, highlighted, route) : nothing}
              ${route && route.moves.length > 0 ? routeLayer(index, route, nodes) : focus ? movesLayer(index, [...moves, ...suggested], nodes, this.selectedMove) : nothing}
            </g>
          </svg>
          ${this.#renderTooltip(ctx)}
        </div>
        ${routes && focus && target ? routeCards({
          ctx, from: focus.id, target: target.id, ...routes, chosen: this.#routeIndex, inferring: !!this.#inferred,
          onChoose: (i) => this.#chooseRoute(i), onKey: this.#onRouteKey,
        }) : nothing}
      </div>
      <aside part="panel" class="panel" aria-label=${this.l10n.t('Role details')}>
        ${panelView(ctx, {
          focus,
          unknownFocusId: focusId !== undefined && !focus ? focusId : undefined,
          target,
          unknownTargetId: targetId !== undefined && !target ? targetId : undefined,
          focusHidden: !!focus && !nodes.has(focus.id),
          moves,
          route,
          roleCount: layout.roles.length,
          flows: this.#flows!,
        })}
        ${focus && this.#inferred ? suggestedSection(ctx, suggested, this.#inferred.threshold) : nothing}
      </aside>
    </div>`;
  }

  #renderRoles(layout: MapLayout, focusId: string | undefined, highlighted: Set<string> | undefined, route: unknown) {
    const index = this.index!;
    const activeId = this.#activeRoleId(layout);
    const lod = levelOfDetail(layout, this.view, this.#resize.size, highlighted);
    const keys = [layout, focusId, route, highlighted && [...highlighted].join(), lod.labels, lod.aggregated && lod.labels ? [this.view.x, this.view.y, this.view.k].join() : undefined];
    // The keyboard-active and hovered roles are drawn on top of the shapes when they are not yet drawn.
    const drawnIds = new Set(lod.drawn.map((node) => node.id));
    const extra = [...new Set([activeId, this.hoverId])].flatMap((id) => (id !== undefined && !drawnIds.has(id) ? (this.#nodes.get(id) ?? []) : []));
    const order = routeOrder((route as { roles?: string[] } | undefined)?.roles);
    return svg`${guard(keys, () => (lod.aggregated ? shapesLayer(layout, new Set(lod.drawn), !!highlighted) : nothing))}${guard([...keys, ...extra, activeId], () =>
      rolesLayer({ index, nodes: [...lod.drawn, ...extra], labels: lod.labels, focusId, highlighted, activeId, routeOrder: order, hereText: this.l10n.t('You are here') }),
    )}`;
  }

  /** The viewBox that fits the whole map on paper, while printing. */
  #printBox(): string | undefined {
    const bounds = this.#print.printing ? this.#contentBounds() : undefined;
    return bounds && `${bounds.x} ${bounds.y - 12} ${bounds.width} ${bounds.height + 24}`;
  }

  #renderTooltip(ctx: PanelContext) {
    const node = this.hoverId !== undefined && !this.moving ? this.#nodes.get(this.hoverId) : undefined;
    if (!node) return nothing;
    return tooltipCard(ctx, node.role, tooltipPlacement(node, this.#zoom.transform, this.#resize.size));
  }
}

/** A zoom in a view state: the scale and the point of the map (layout units) in the middle of the view. */
interface ZoomCentre {
  k: number;
  cx: number;
  cy: number;
}

/** The CSS aspect ratio of the map area: the content's, with room for the margins. */
function aspect(bounds: Box): string {
  return `${Math.round(bounds.width)} / ${Math.round(bounds.height + 24)}`;
}

function sameKey(a: unknown[], b: unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
