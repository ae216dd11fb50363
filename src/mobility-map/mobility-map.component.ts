import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from '../base/css-props.js';
import { ResizeController } from '../base/controllers/resize-controller.js';
import { ZoomController, type ZoomTransform } from '../base/controllers/zoom-controller.js';
import { CareerElement } from '../base/career-element.js';
import type { CareerMove } from '../model/framework-index.js';
import type { InferredMove, InferredMoves } from '../model/inferred-moves.js';
import type { Route } from '../model/routes.js';
import { hitTarget } from './mobility-map-hit.js';
import { fitTransform, type Box } from './mobility-map-layout.js';
import { MapKeyboard } from './mobility-map-keyboard.js';
import { ZOOM_STEP } from './mobility-map-keys.js';
import { MapSearch } from './mobility-map-search.js';
import { movesAnnouncement, parseList, parseMoveKinds } from './mobility-map-model.js';
import { OVERVIEW_THRESHOLD } from './mobility-map-overview.js';
import { moveLabel, panelView, type PanelContext } from './mobility-map-panel.js';
import type { FlowSummary } from './mobility-map-paths.js';
import { breadcrumb, flowsLayer, levelCrumbs, mapLabel, frameLayer, markers, minimap, movesLayer, overviewLayer, rolesLayer, routeLayer, shapesLayer, toolbar, tooltipCard } from './mobility-map-render.js';
import { READABLE_ZOOM, SceneBuilder, semanticZoom, type Scene, type SceneInput, type Scope } from './mobility-map-scene.js';
import { centreOn, frameTransform, readableFit, levelOfDetail, revealTransform, sameView, tooltipPlacement } from './mobility-map-view.js';
import { mobilityMapStyles } from './mobility-map.styles.js';
import { RouteChoice } from './route-choice.js';
import { parseThreshold, routeBounds, routeCardStyles, routeCards, routeOrder, suggestedSection } from './route-cards.js';

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
 */
export class MobilityMap extends CareerElement {
  static override styles = [...CareerElement.styles, mobilityMapStyles, routeCardStyles];

  /** The size of the map area, measured; the map fits itself into it. */
  readonly #resize = new ResizeController(this, { target: () => this.renderRoot.querySelector('.map') });

  /** d3-zoom on the SVG: during a gesture only the viewport `<g>` moves; the scene re-renders when it settles. */
  readonly #zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector<SVGSVGElement>('svg.canvas'),
    extent: () => this.#resize.size,
    onZoom: (t) => this.renderRoot.querySelector('g.viewport')?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`),
    // The hover card would float away from its role: hide it until the view settles (the role stays hovered).
    onGestureStart: () => (this.moving = true),
    onSettle: (t) => this.#settle(t),
  });

  /** The one tab stop, moving between roles or families and along the focused role's moves. */
  readonly #keys = new MapKeyboard(this, {
    scene: () => this.#scene,
    focusId: () => this.focusedRoleId,
    moves: () => this.#moves,
    chooseRole: (id) => this.#chooseRole(id),
    chooseMove: (from, to) => this.#chooseMove(from, to),
    openFamily: (id) => this.showFamily(id),
    clear: () => this.#clear(),
    zoomBy: (factor) => this.zoomBy(factor),
    fit: () => this.fit(),
    reveal: (box) => this.#reveal(box),
  });

  /** Search by title; a picked role is focused like a click, and framed with its moves. */
  readonly #search = new MapSearch(this, () => this.index?.framework.roles ?? [], (id) => this.#chooseRole(id));

  /** The alternative routes to the target and the one chosen; a chosen route is framed. */
  readonly #routes = new RouteChoice(this, (roleIds) => {
    this.selectedMove = undefined;
    const bounds = this.#scene?.kind === 'map' ? routeBounds(roleIds, this.#scene.nodes) : undefined;
    const { width, height } = this.#resize.size;
    if (bounds && width > 0) this.#zoom.set(fitTransform(bounds, width, height), prefersReducedMotion() ? 0 : 350);
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
  @property({ type: Number, attribute: 'overview-threshold' }) overviewThreshold = OVERVIEW_THRESHOLD;

  @state() private scope?: Scope;
  @state() private hoverId?: string;
  @state() private moving = false;
  @state() private selectedMove?: { from: string; to: string };
  @state() private dismissed = false;
  /** The settled view (what the level of detail is drawn for). */
  @state() private view: ZoomTransform = { k: 1, x: 0, y: 0 };

  readonly #scenes = new SceneBuilder();
  #input?: SceneInput;
  #scene?: Scene;
  #flows?: FlowSummary;
  #fitted?: unknown[];
  #fitK = 1;
  #framed?: unknown[];
  #seenSelection = '';
  #inferred?: InferredMoves;
  /** The focused role's moves drawn: declared ones in the order announced, then suggested ones. */
  #moves: CareerMove[] = [];
  #suggested: InferredMove[] = [];

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
    const bounds = this.#contentBounds();
    if (bounds) this.#zoom.set(fitTransform(bounds, this.#resize.size.width, this.#resize.size.height));
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#zoom.scaleBy(factor);
  }

  /** Shows the family overview (any size of framework). */
  showOverview(): void {
    this.scope = { kind: 'overview' };
  }

  /** Shows one family's roles by level and track. */
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
    if (changed.has('currentRole') || changed.has('target')) {
      this.selectedMove = undefined;
      if (this.#keys.activeMove !== undefined) this.#keys.setActive(undefined);
    }
    const index = this.index;
    if (!index) {
      this.#scene = this.#flows = this.#input = this.#inferred = undefined;
      this.#moves = this.#suggested = [];
      return;
    }
    const size = this.#resize.size;
    const input = {
      index,
      scope: this.#scope(),
      families: parseList(this.families),
      tracks: parseList(this.tracks),
      kinds: parseMoveKinds(this.moveKinds),
      focusId: this.focusedRoleId,
      size,
    };
    this.#input = input;
    const scene = (this.#scene = this.#scenes.scene(input));
    this.#flows = input.scope.kind === 'all' ? this.#scenes.flows(input) : undefined;
    const inferred = (this.#inferred = this.#scenes.inferred(index, parseThreshold(this.inferMoves)));
    const focus = scene.kind === 'map' && input.focusId !== undefined && scene.nodes.has(input.focusId) ? input.focusId : undefined;
    const nodes = scene.kind === 'map' ? scene.nodes : undefined;
    this.#suggested = focus && inferred ? inferred.from(focus).filter((move) => input.kinds.has(move.kind) && !!nodes?.has(move.to)) : [];
    this.#moves = focus && scene.kind === 'map' ? [...scene.moves, ...this.#suggested] : [];
    // Fit before the scene is first drawn, so the first paint is the fitted map.
    const content = this.#contentBounds()!;
    const fitKey = [scene.kind === 'map' ? scene.layout : scene.overview, content.height, size.width, size.height];
    if (size.width > 0 && !sameKey(fitKey, this.#fitted)) {
      this.#fitted = fitKey;
      // A family's roles open readable: a tall family starts at its top, the rest a pan away.
      const fitted = input.scope.kind === 'family' && scene.kind === 'map' && !scene.frame ? readableFit(content, size) : fitTransform(content, size.width, size.height);
      this.#fitK = fitted.k;
      this.#zoom.set(fitted);
    }
    // Focus frames the moves: the role and every destination inside the view, readable.
    const frame = scene.kind === 'map' ? scene.frame : undefined;
    const frameKey = [frame && scene.kind === 'map' ? scene.layout : undefined, this.focusedRoleId, size.width, size.height];
    if (frame && size.width > 0 && !sameKey(frameKey, this.#framed)) {
      this.#framed = frameKey;
      const next = frameTransform(frame, this.#zoom.transform, size, READABLE_ZOOM);
      if (next) this.#zoom.set(next, prefersReducedMotion() ? 0 : 450);
    }
  }

  /** Also waits for the map's first measurement and the render at that size (roles are drawn once it is known). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#resize.measured;
    return super.getUpdateComplete();
  }

  /** The level the user chose, else the overview for large frameworks and every role for small ones. */
  #scope(): Scope {
    if (this.scope) return this.scope;
    return (this.index?.framework.roles.length ?? 0) > this.overviewThreshold ? { kind: 'overview' } : { kind: 'all' };
  }

  /** The scene's extent, which the view fits. */
  #contentBounds(): Box | undefined {
    const scene = this.#scene;
    if (!scene) return undefined;
    if (scene.kind === 'overview') return { x: 0, y: 0, width: scene.overview.width, height: scene.overview.height };
    const flows = !this.focusedRoleId && this.#scope().kind === 'all' ? (this.#flows?.bottom ?? 0) : 0;
    return { x: 0, y: 0, width: scene.layout.width, height: Math.max(scene.layout.height, flows) };
  }

  /** A gesture or animation settled: draw the level of detail for the view, cross semantic-zoom thresholds. */
  #settle(t: ZoomTransform): void {
    this.moving = false;
    if (!sameView(t, this.view)) this.view = t;
    const scene = this.#scene;
    if (!scene || this.focusedRoleId !== undefined) return;
    const next = semanticZoom(scene, this.#scope(), t, this.#fitK, this.#resize.size, this.#overviewReachable());
    if (next) this.scope = next;
  }

  /** The overview is where zooming out leads for large frameworks, or once the user opened it. */
  #overviewReachable(): boolean {
    return this.scope !== undefined || (this.index?.framework.roles.length ?? 0) > this.overviewThreshold;
  }

  /** Pans (keeping the zoom, or zooming in to read) so a box is inside the view. */
  #reveal(node: Box, zoomToRead = false): void {
    const next = revealTransform(node, this.#zoom.transform, this.#resize.size, zoomToRead);
    if (next) this.#zoom.set(next);
  }

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

  #onCanvasClick = (event: MouseEvent) => {
    const hit = hitTarget(event, this.#scene, this.#zoom.transform);
    if (hit?.kind === 'move') return this.#chooseMove(hit.from, hit.to);
    if (hit?.kind === 'family') return this.showFamily(hit.id);
    if (hit?.kind === 'role') this.#chooseRole(hit.id);
  };

  #onPointerOver = (event: PointerEvent) => {
    const hit = hitTarget(event, this.#scene, this.#zoom.transform);
    const id = hit?.kind === 'role' ? hit.id : undefined;
    if (id !== this.hoverId) this.hoverId = id;
  };

  #onFocusIn = (event: FocusEvent) => {
    const hit = hitTarget(event, this.#scene, this.#zoom.transform);
    if (hit?.kind === 'role') this.hoverId = hit.id;
    this.#keys.setActive(hit?.kind === 'move' ? { kind: 'move', index: hit.index } : hit);
  };

  // ── rendering ─────────────────────────────────────────────────────────────────

  protected override render() {
    const status = this.renderStatus();
    const scene = this.#scene;
    if (status !== nothing || !this.index || !scene) return status;
    const index = this.index;
    const focusId = this.focusedRoleId;
    const targetId = this.targetRoleId;
    const focus = focusId !== undefined ? index.role(focusId) : undefined;
    const target = targetId !== undefined ? index.role(targetId) : undefined;
    const ctx: PanelContext = {
      index,
      region: this.region ?? index.regions()[0],
      locale: this.effectiveLocale,
      selectedMove: this.selectedMove,
      onMove: (from, to) => this.#chooseMove(from, to),
    };
    const nodes = scene.kind === 'map' ? scene.nodes : undefined;
    const kinds = parseMoveKinds(this.moveKinds);
    const accept = (move: CareerMove) => kinds.has(move.kind) && !!nodes?.has(move.to) && nodes.has(move.from);
    const moves = scene.kind === 'map' && focus && nodes?.has(focus.id) ? scene.moves : [];
    const routes = focus && target && target.id !== focus.id && nodes
      ? this.#routes.routes({ index, from: focus.id, to: target.id, accept, inferred: this.#inferred, region: ctx.region, key: [nodes, this.moveKinds] })
      : undefined;
    const route = routes && this.#routes.route;
    const announcement = focus && nodes?.has(focus.id) ? `${focus.title}: ${movesAnnouncement(moves)}` : '';
    return html`<div class="frame">
      <div class="main">
        ${toolbar({
          index,
          query: this.#search.query,
          results: this.#search.results,
          resultIndex: this.#search.highlighted,
          onInput: this.#search.onInput,
          onKey: this.#search.onKey,
          onPick: this.#search.pick,
          onZoom: (factor) => this.zoomBy(factor),
          onFit: () => this.fit(),
          onOverview: () => (scene.kind === 'overview' ? this.showAllRoles() : this.#backTo({ kind: 'overview' })),
          overview: scene.kind === 'overview',
          zoomStep: ZOOM_STEP,
        })}
        ${this.#overviewReachable() ? breadcrumb(levelCrumbs(index, this.#scope(), scene, focus?.id, (scope) => this.#backTo(scope))) : nothing}
        <div part="map" class="map" ${cssProps({ '--_aspect': aspect(this.#scenes.area(this.#input!)) })}>
          <svg class="canvas" role="group" aria-roledescription="career map" aria-label=${mapLabel(index, scene)}
            @click=${this.#onCanvasClick} @keydown=${this.#keys.onKeyDown} @pointerover=${this.#onPointerOver} @pointermove=${this.#onPointerOver}
            @pointerleave=${() => (this.hoverId = undefined)} @focusin=${this.#onFocusIn} @focusout=${() => (this.hoverId = undefined)}>
            ${markers()}
            <g class="viewport">
              ${scene.kind === 'overview'
                ? overviewLayer(index, scene.overview, this.#keys.activeFamily)
                : html`${frameLayer(scene.layout)}
                  ${!focus && this.#flows && this.#scope().kind === 'all' ? flowsLayer(index, this.#flows) : nothing}
                  ${this.#resize.size.width > 0 ? this.#renderRoles(scene, focus?.id, route) : nothing}
                  ${route && route.moves.length > 0 ? routeLayer(index, route, scene.nodes) : movesLayer(this.#moves, scene.nodes, this.selectedMove, (m) => moveLabel(ctx, m), this.#keys.activeMove)}`}
            </g>
          </svg>
          ${this.#renderTooltip(ctx)}
          ${minimap(scene, this.#zoom.transform, this.#resize.size, (point) => this.#zoom.set(centreOn(point, this.#zoom.transform, this.#resize.size), prefersReducedMotion() ? 0 : 300))}
        </div>
        ${routes && focus && target ? routeCards({
          ctx, from: focus.id, target: target.id, ...routes, chosen: this.#routes.chosen, inferring: !!this.#inferred,
          onChoose: this.#routes.choose, onKey: this.#routes.onKey,
        }) : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${announcement}</p>
      </div>
      <aside part="panel" class="panel" aria-label="Role details">
        ${panelView(ctx, {
          focus,
          unknownFocusId: focusId !== undefined && !focus ? focusId : undefined,
          target,
          unknownTargetId: targetId !== undefined && !target ? targetId : undefined,
          focusHidden: !!focus && !nodes?.has(focus.id),
          moves,
          route,
          roleCount: index.framework.roles.length,
          flows: this.#flows ?? { flows: [], pairs: 0, within: new Map(), bottom: 0 },
          overview: scene.kind === 'overview' ? scene.overview : undefined,
        })}
        ${focus && this.#inferred ? suggestedSection(ctx, this.#suggested, this.#inferred.threshold) : nothing}
      </aside>
    </div>`;
  }

  /** Back to a level: leaves the focus (the user's choice, like Escape) and shows the level. */
  #backTo(scope: Scope): void {
    if (this.focusedRoleId !== undefined) this.#clear();
    this.scope = scope;
  }

  #renderRoles(scene: Extract<Scene, { kind: 'map' }>, focusId: string | undefined, route: Route | undefined) {
    const index = this.index!;
    const layout = scene.layout;
    const highlighted = route ? new Set(route.roles) : focusId && scene.nodes.has(focusId) ? new Set([focusId, ...scene.moves.map((m) => m.to)]) : undefined;
    const activeId = this.#keys.activeMove === undefined ? this.#keys.activeRole : undefined;
    const lod = levelOfDetail(layout, this.view, this.#resize.size, highlighted);
    const keys = [layout, focusId, route, highlighted && [...highlighted].join(), lod.labels, lod.aggregated && lod.labels ? [this.view.x, this.view.y, this.view.k].join() : undefined];
    // The keyboard-active and hovered roles are drawn on top of the shapes when they are not yet drawn.
    const drawnIds = new Set(lod.drawn.map((node) => node.id));
    const extra = [...new Set([this.#keys.activeRole, this.hoverId])].flatMap((id) => (id !== undefined && !drawnIds.has(id) ? (scene.nodes.get(id) ?? []) : []));
    return svg`${guard(keys, () => (lod.aggregated ? shapesLayer(layout, new Set(lod.drawn), !!highlighted) : nothing))}${guard([...keys, ...extra, activeId], () =>
      rolesLayer({ index, nodes: [...lod.drawn, ...extra], labels: lod.labels, focusId, highlighted, activeId, routeOrder: routeOrder(route?.roles), here: !scene.neighbourhood }),
    )}`;
  }

  #renderTooltip(ctx: PanelContext) {
    const node = this.hoverId !== undefined && !this.moving && this.#scene?.kind === 'map' ? this.#scene.nodes.get(this.hoverId) : undefined;
    if (!node) return nothing;
    return tooltipCard(ctx, node.role, tooltipPlacement(node, this.#zoom.transform, this.#resize.size));
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The CSS aspect ratio of the map area: the content's, with room for the margins. */
function aspect(bounds: Box): string {
  return `${Math.round(bounds.width)} / ${Math.round(bounds.height + 24)}`;
}

function sameKey(a: unknown[], b: unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
