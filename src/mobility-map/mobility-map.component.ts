import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cache } from 'lit/directives/cache.js';
import { cssProps } from '../base/css-props.js';
import { CareerElement } from '../base/career-element.js';
import { isText, propertyField, type ViewStateFields } from '../base/view-state.js';
import { pointerListeners } from './mobility-map-hit.js';
import type { Box } from './mobility-map-layout.js';
import { MapCamera } from './mobility-map-camera.js';
import { MapKeyboard } from './mobility-map-keyboard.js';
import { ZOOM_STEP } from './mobility-map-keys.js';
import { MapSearch } from './mobility-map-search.js';
import { moveField, movesAnnouncement, parseList, parseMoveKinds, parseThreshold } from './mobility-map-model.js';
import { OVERVIEW_THRESHOLD } from './mobility-map-overview.js';
import { moveLabel, panelView, type PanelContext } from './mobility-map-panel.js';
import { aspect, breadcrumb, flowsLayer, levelCrumbs, mapLabel, frameLayer, markers, hoverCard, minimap, movesLayer, overviewLayer, roleLayers, routeLayer, toolbar } from './mobility-map-render.js';
import { levelShown, READABLE_ZOOM, routeBounds, SceneBuilder, sceneBounds, semanticZoom, type MapView, type Scope } from './mobility-map-scene.js';
import { mobilityMapStyles } from './mobility-map.styles.js';
import { RouteChoice } from './route-choice.js';
import { textSettingOf } from './text-measure.js';
import { PrintController } from '../base/controllers/print-controller.js';
import { routeCardStyles } from './route-cards.styles.js';

/**
 * The career GPS: every role of a framework placed by job family (grouped by cluster) against
 * level, with IC and management tracks side by side. Large frameworks (more roles than
 * `overview-threshold`, 200 by default) open on a family overview: families as circles sized by
 * their role count and the strongest flows of moves between them. Activating a family (click,
 * Enter, or zooming in on it) draws its roles by level and track; the breadcrumb or Back returns.
 * Focusing a role (click, Enter, search or `current-role`) draws its moves, moves the view so the
 * role and every destination are readable — as the role's own neighbourhood when they lie far
 * apart — announces its moves by kind, and opens a panel with what each move takes.
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
 * Keyboard: the map is one tab stop; arrow keys move between roles (or families) by position,
 * Enter or Space focuses the role (opens the family), Escape clears the focus and then returns to
 * the overview, + and − zoom, 0 fits. On the focused role → enters its moves; ↓ ↑ go through
 * them, Enter selects one, → goes on to its destination and ← back. Route cards are one tab stop:
 * the arrow keys (and Home, End) choose another route; the chosen route's steps follow in the panel.
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
 * @fires career-move-select - The user selected a move (in the map or the panel, by click or Enter). `detail: { from, to }`.
 * @fires career-route-select - The user chose one of the alternative routes. `detail: { steps }` (role ids, start to target).
 * @fires career-load - A valid framework was loaded from the element's own input.
 * @fires career-error - The element's own framework input is invalid or failed to load.
 * @csspart map - The zoomable map area (holds the SVG).
 * @csspart role - A role on the map (`data-role-id`).
 * @csspart move - A move drawn on the map (`data-from`, `data-to`; `data-inferred` on a suggested move).
 * @csspart route - A route card (`data-route-index`, 0 = best). The chosen route's roles carry `data-route-step` (role id) and `data-route-order` (0, 1, …).
 * @csspart family - A family in the overview (`data-family-id`).
 * @csspart flow - An aggregated flow of moves between two families (`data-flow-from`, `data-flow-to`, `data-count` in the overview).
 * @csspart breadcrumb - The map level (Families › family) with the Back button.
 * @csspart minimap - The small overview inset showing where the view is; click to move there.
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
 * @cssproperty [--career-series-1=light-dark(#2563eb, #7cb1ff)] - Family palette: colour of the 1st, 9th, … cluster of families in the family overview.
 * @cssproperty [--career-series-2=light-dark(#c2410c, #ff9c66)] - Family palette: the 2nd, 10th, … cluster.
 * @cssproperty [--career-series-3=light-dark(#15803d, #56d68a)] - Family palette: the 3rd, 11th, … cluster.
 * @cssproperty [--career-series-4=light-dark(#7c3aed, #c4a5ff)] - Family palette: the 4th, 12th, … cluster.
 * @cssproperty [--career-series-5=light-dark(#0e7490, #4fd1e0)] - Family palette: the 5th, 13th, … cluster.
 * @cssproperty [--career-series-6=light-dark(#be185d, #ff7ab6)] - Family palette: the 6th, 14th, … cluster.
 * @cssproperty [--career-series-7=light-dark(#a16207, #f2c14e)] - Family palette: the 7th, 15th, … cluster.
 * @cssproperty [--career-series-8=light-dark(#4b5563, #aab4c0)] - Family palette: the 8th, 16th, … cluster.
 * @cssproperty --career-family-color-1 - Deprecated name of `--career-series-1` (also read for series 7), still honoured when the series token is unset.
 * @cssproperty --career-family-color-2 - Deprecated name of `--career-series-2` (also read for series 8), still honoured when the series token is unset.
 * @cssproperty --career-family-color-3 - Deprecated name of `--career-series-3`, still honoured when it is unset.
 * @cssproperty --career-family-color-4 - Deprecated name of `--career-series-4`, still honoured when it is unset.
 * @cssproperty --career-family-color-5 - Deprecated name of `--career-series-5`, still honoured when it is unset.
 * @cssproperty --career-family-color-6 - Deprecated name of `--career-series-6`, still honoured when it is unset.
 */
export class MobilityMap extends CareerElement {
  static override styles = [...CareerElement.styles, mobilityMapStyles, routeCardStyles];
  protected static override exportSkip = `${CareerElement.exportSkip}, .search, .zoom, .tooltip, .minimap`;

  /**
   * The measured map area and d3-zoom on the SVG: during a gesture only the viewport `<g>` moves;
   * the scene re-renders when it settles, and a settled zoom may cross a semantic-zoom threshold.
   */
  readonly #camera = new MapCamera(this, {
    area: () => this.renderRoot.querySelector('.map'),
    canvas: () => this.renderRoot.querySelector<SVGSVGElement>('svg.canvas'),
    onZoom: (t) => this.renderRoot.querySelector('g.viewport')?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`),
    onSettle: (t, fitK) => {
      const scene = this.#view?.scene;
      const next = scene && this.focusedRoleId === undefined ? semanticZoom(scene, this.#scope(), t, fitK, this.#camera.size, this.#overviewReachable()) : undefined;
      if (next) this.scope = next;
    },
  });

  /** The one tab stop, moving between roles or families and along the focused role's moves. */
  readonly #keys = new MapKeyboard(this, {
    scene: () => this.#view?.scene,
    focusId: () => this.focusedRoleId,
    moves: () => this.#view?.moves ?? [],
    chooseRole: (id) => this.#chooseRole(id),
    chooseMove: (from, to) => this.#chooseMove(from, to),
    openFamily: (id) => this.showFamily(id),
    clear: () => this.#clear(),
    zoomBy: (factor) => this.zoomBy(factor),
    fit: () => this.fit(),
    reveal: (box) => this.#camera.reveal(box),
  });

  /** Clicks, hovers and focus on the map: what they are about and what they do. */
  readonly #pointer = pointerListeners({
    scene: () => this.#view?.scene,
    transform: () => this.#camera.transform,
    chooseRole: (id) => this.#chooseRole(id),
    chooseMove: (from, to) => this.#chooseMove(from, to),
    openFamily: (id) => this.showFamily(id),
    hover: (id) => (this.hoverId = id),
    activate: (item) => this.#keys.setActive(item),
  });

  /** Search by title; a picked role is focused like a click, and framed with its moves. */
  readonly #search = new MapSearch(this, () => this.index?.framework.roles ?? [], (id) => this.#chooseRole(id));

  /** The alternative routes to the target and the one chosen; a chosen route is framed. */
  readonly #routes = new RouteChoice(this, (roleIds) => {
    this.selectedMove = undefined;
    const scene = this.#view?.scene;
    const bounds = scene?.kind === 'map' ? routeBounds(roleIds, scene.nodes) : undefined;
    if (bounds && this.#camera.size.width > 0) this.#camera.fit(bounds, 350);
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

  /** Frameworks with more roles than this open on the family overview (default 200). */
  @property({ type: Number, attribute: 'overview-threshold' }) overviewThreshold: number = OVERVIEW_THRESHOLD;

  @state() private scope?: Scope;
  @state() private hoverId?: string;
  @state() private selectedMove?: { from: string; to: string };
  @state() private dismissed = false;

  readonly #scenes = new SceneBuilder();
  /** What the map draws: the scene, its flows and the focused role's moves. */
  #view?: MapView;
  #seenSelection = '';
  /** On paper the map is drawn whole, scaled to the page by a viewBox (no zoom transform). */
  readonly #print = new PrintController(this);
  /** A move from a view state, kept while the selection it belongs to is applied. */
  #keepMove = false;
  /** Routes and suggested moves: loaded when a map first has a target or `infer-moves`. */
  readonly #planner = this.loadOnFirstUse(() => import('./route-planner.part.js'));
  /** What a move asks (skills, competencies): loaded when the map first focuses a role. */
  readonly #moveAsks = this.loadOnFirstUse(() => import('./move-asks.part.js'));
  /** The route planner, when this view needs it and it has arrived. */
  #routePlanner?: typeof import('./route-planner.part.js');

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

  /** Fits the whole scene into view. */
  fit(): void {
    if (this.#view) this.#camera.fitContent(this.#contentBounds(this.#view));
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#camera.zoomBy(factor);
  }

  /** Shows the family overview (any size of framework). */
  showOverview(): void {
    this.scope = { kind: 'overview' };
  }

  /** Shows one family's roles by level and track (an unknown family id shows the default level). */
  showFamily(id: string): void {
    this.scope = { kind: 'family', id };
    this.#keys.setActive({ kind: 'family', id });
  }

  /** Shows every role on one map. */
  showAllRoles(): void {
    this.scope = { kind: 'all' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const selectionKey = JSON.stringify([this.selection.currentRole, this.selection.target]);
    if (selectionKey !== this.#seenSelection) {
      this.#seenSelection = selectionKey;
      this.dismissed = false;
    }
    if ((changed.has('currentRole') || changed.has('target')) && !this.#keepMove) {
      this.selectedMove = undefined;
      if (this.#keys.activeMove !== undefined) this.#keys.setActive(undefined);
    }
    this.#keepMove = false;
    const index = this.index;
    if (!index) {
      this.#view = undefined;
      return;
    }
    const input = {
      index, scope: this.#scope(), focusId: this.focusedRoleId, size: this.#camera.size, printing: this.#print.printing,
      families: parseList(this.families), tracks: parseList(this.tracks), kinds: parseMoveKinds(this.moveKinds),
      text: textSettingOf(this, this.effectiveLocale),
    };
    const threshold = parseThreshold(this.inferMoves);
    const planning = threshold !== undefined || (this.focusedRoleId !== undefined && this.targetRoleId !== undefined);
    const planner = (this.#routePlanner = planning ? this.#planner.get() : undefined);
    const view = (this.#view = this.#scenes.view(input, threshold, planner?.inferMoves));
    const { scene } = view;
    // Fit a new scene before it is first drawn; frame a new focus with its moves, readable. A
    // family's roles open readable: a tall family starts at its top, the rest a pan away.
    this.#camera.show({
      scene: scene.kind === 'map' ? scene.layout : scene.overview,
      content: this.#contentBounds(view),
      readable: input.scope.kind === 'family' && scene.kind === 'map' && !scene.frame,
      frame: scene.kind === 'map' ? scene.frame : undefined,
      focus: this.focusedRoleId,
    }, READABLE_ZOOM);
  }

  protected override viewStateFields(): ViewStateFields {
    const text = (name: 'target' | 'families' | 'tracks' | 'moveKinds' | 'region' | 'inferMoves') => propertyField(this, name, isText);
    const move = moveField(() => this.selectedMove, (value) => ((this.selectedMove = value), (this.#keepMove = true)));
    const fields = { target: text('target'), families: text('families'), tracks: text('tracks'), moveKinds: text('moveKinds'), region: text('region'), inferMoves: text('inferMoves') };
    return { ...super.viewStateFields(), ...fields, route: this.#routes.field, move, zoom: this.#camera.zoomField };
  }

  /** Also waits for the map's first measurement and the render at that size (roles are drawn once it is known). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#camera.measured;
    return super.getUpdateComplete();
  }

  /** The level shown: the one the user chose, else the overview for large frameworks and every role for small ones. */
  #scope(): Scope {
    return levelShown(this.scope, this.index, this.overviewThreshold);
  }

  /** The viewBox that fits the whole map on paper, while printing. */
  #printBox(view: MapView): string | undefined {
    const bounds = this.#print.printing ? this.#contentBounds(view) : undefined;
    return bounds && `${bounds.x} ${bounds.y - 12} ${bounds.width} ${bounds.height + 24}`;
  }

  /** The scene's extent, which the view fits (with the flows under the all-roles map). */
  #contentBounds({ scene, flows }: MapView): Box {
    return sceneBounds(scene, !this.focusedRoleId && this.#scope().kind === 'all' ? flows?.bottom : undefined);
  }

  /** The overview is where zooming out leads for large frameworks, or once the user opened it. */
  #overviewReachable = () => this.scope !== undefined || (this.index?.framework.roles.length ?? 0) > this.overviewThreshold;

  // ── user actions ──────────────────────────────────────────────────────────────

  #chooseRole(id: string): void {
    this.#keys.setActive({ kind: 'role', id });
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
    if (this.focusedRoleId === undefined && this.#scope().kind === 'family') return this.showOverview();
    this.currentRole = null;
    this.target = null;
    this.selectedMove = undefined;
    this.#keys.setActive(undefined);
    if (this.isLinked && this.selection.currentRole) this.dismissed = true;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────

  protected override render() {
    const status = this.renderStatus();
    const view = this.#view;
    if (status !== nothing || !this.index || !view) return status;
    const { scene, flows, inferred } = view;
    const index = this.index;
    const focusId = this.focusedRoleId;
    const targetId = this.targetRoleId;
    const focus = focusId !== undefined ? index.role(focusId) : undefined;
    const target = targetId !== undefined ? index.role(targetId) : undefined;
    const asks = focus && this.#moveAsks.get();
    const ctx: PanelContext = {
      index, region: this.region ?? index.regions()[0], locale: this.effectiveLocale, l10n: this.l10n,
      selectedMove: this.selectedMove,
      onMove: (from, to) => this.#chooseMove(from, to),
      asks: asks ? (from, to) => asks.moveAsks(index, from, to, this.l10n) : undefined,
    };
    const nodes = scene.kind === 'map' ? scene.nodes : undefined;
    const moves = scene.kind === 'map' && focus && nodes?.has(focus.id) ? scene.moves : [];
    const planner = this.#routePlanner;
    if (planner) ctx.explain = (move) => planner.explainOverlap(index, move.shared, move.needs, 4, this.l10n);
    const routes = this.#routes.routesShown(
      { index, from: focus?.id, to: target?.id, nodes, kinds: parseMoveKinds(this.moveKinds), inferred, region: ctx.region },
      planner?.searchRoutes,
    );
    const route = routes && this.#routes.route;
    const movesDrawn = scene.kind !== 'map' ? nothing : route && route.moves.length > 0
      ? routeLayer(index, route, scene.nodes, this.l10n)
      : movesLayer(view.moves, scene.nodes, this.selectedMove, (m) => moveLabel(ctx, m), this.#keys.activeMove);
    const announcement = focus && nodes?.has(focus.id) ? `${focus.title}: ${movesAnnouncement(moves, this.l10n)}` : '';
    return html`<div class="frame">
      <div class="main">
        ${toolbar({
          index, search: this.#search, l10n: this.l10n, exportMenu: this.renderExportMenu(),
          zoomStep: ZOOM_STEP, onZoom: (factor) => this.zoomBy(factor), onFit: () => this.fit(),
          overview: scene.kind === 'overview',
          onOverview: () => (scene.kind === 'overview' ? this.showAllRoles() : this.#backTo({ kind: 'overview' })),
        })}
        ${this.#overviewReachable() ? breadcrumb(levelCrumbs(index, this.#scope(), scene, focus?.id, (scope) => this.#backTo(scope), this.l10n), this.l10n) : nothing}
        <div part="map" class="map" ${cssProps({ '--_aspect': aspect(this.#scenes.area(view.input)) })}>
          <svg class="canvas" viewBox=${this.#printBox(view) ?? nothing} role="group" aria-roledescription=${this.l10n.t('career map')} aria-label=${mapLabel(index, scene, this.l10n)}
            @click=${this.#pointer.click} @keydown=${this.#keys.onKeyDown} @pointerover=${this.#pointer.over} @pointermove=${this.#pointer.over}
            @pointerleave=${this.#pointer.leave} @focusin=${this.#pointer.focusIn} @focusout=${this.#pointer.leave}>
            ${markers()}
            <g class="viewport">
              ${/* The level not shown keeps its drawing: a semantic zoom back re-inserts it. */ cache(scene.kind === 'overview'
                ? overviewLayer(index, scene.overview, this.#keys.activeFamily)
                : html`${frameLayer(scene.layout)}
                  ${!focus && flows && this.#scope().kind === 'all' ? flowsLayer(index, flows, this.l10n) : nothing}
                  ${scene.neighbourhood ? movesDrawn : nothing /* under its roles, whose titles the moves would cross */}
                  ${this.#camera.size.width > 0 ? roleLayers({ index, scene, focusId: focus?.id, route, view: this.#camera.view, size: this.#camera.size, keys: this.#keys, hoverId: this.hoverId, l10n: this.l10n }) : nothing}
                  ${scene.neighbourhood ? nothing : movesDrawn}`)}
            </g>
          </svg>
          ${hoverCard(ctx, this.hoverId !== undefined && !this.#camera.moving && scene.kind === 'map' ? scene.nodes.get(this.hoverId) : undefined, this.#camera.transform, this.#camera.size)}
          ${minimap(scene, this.#camera.transform, this.#camera.size, (point) => this.#camera.centreOn(point))}
        </div>
        ${routes && planner ? planner.routeCards({ ctx, from: focus!.id, target: target!.id, ...routes, chosen: this.#routes.chosen, inferring: !!inferred, onChoose: this.#routes.choose, onKey: this.#routes.onKey }) : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${announcement}</p>
      </div>
      <aside part="panel" class="panel" aria-label=${this.l10n.t('Role details')}>
        ${panelView(ctx, {
          focus,
          unknownFocusId: focusId !== undefined && !focus ? focusId : undefined,
          target,
          unknownTargetId: targetId !== undefined && !target ? targetId : undefined,
          focusHidden: !!focus && !nodes?.has(focus.id),
          moves,
          route,
          roleCount: index.framework.roles.length,
          flows: flows ?? { flows: [], pairs: 0, within: new Map(), bottom: 0 },
          overview: scene.kind === 'overview' ? scene.overview : undefined,
        })}
        ${focus && inferred && planner ? planner.suggestedSection(ctx, view.suggested, inferred.threshold) : nothing}
      </aside>
    </div>`;
  }

  /** Back to a level: leaves the focus (the user's choice, like Escape) and shows the level. */
  #backTo(scope: Scope): void {
    if (this.focusedRoleId !== undefined) this.#clear();
    this.scope = scope;
  }
}
