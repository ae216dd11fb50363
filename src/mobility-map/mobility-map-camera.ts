/**
 * Where the map's view is: the measured map area (ResizeController), d3-zoom on the SVG
 * (ZoomController), and the decisions of when the view moves by itself — a new scene is fitted
 * before it is first drawn, a newly focused role is framed with its moves (animated, or at once
 * under `prefers-reduced-motion`). A reactive controller: the host reads `view` (the settled
 * transform) and `moving`, and re-renders when they change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController, type Size } from '../base/controllers/resize-controller.js';
import { ZoomController, type ZoomTransform } from '../base/controllers/zoom-controller.js';
import type { ViewStateField } from '../base/view-state.js';
import { fitTransform, type Box } from './mobility-map-layout.js';
import { centreOn, frameTransform, readableFit, revealTransform, sameView } from './mobility-map-view.js';

export interface CameraOptions {
  /** The map area (measured) and the SVG (zoomed), looked up after every update. */
  area: () => Element | null | undefined;
  canvas: () => SVGSVGElement | null | undefined;
  /** Every change of the transform, also during gestures: keep it cheap (move one `<g>`). */
  onZoom: (t: ZoomTransform) => void;
  /** The view settled; `fitK` is the zoom that fits the scene, for semantic-zoom thresholds. */
  onSettle: (t: ZoomTransform, fitK: number) => void;
}

/** What the view shows: the scene's content, how to fit it, and the box a focus must frame. */
export interface Shot {
  /** Identifies the scene: a new one is fitted. */
  scene: unknown;
  content: Box;
  /** Open at a readable zoom (the top of a tall family) rather than the whole content. */
  readable: boolean;
  /** The focused role and its destinations, and what identifies that focus. */
  frame?: Box;
  focus?: unknown;
}

export class MapCamera implements ReactiveController {
  readonly #resize: ResizeController;
  readonly #zoom: ZoomController;
  /** The settled view (what the level of detail is drawn for). */
  view: ZoomTransform = { k: 1, x: 0, y: 0 };
  /** A gesture is under way (the hover card hides until the view settles). */
  moving = false;
  #fitted?: unknown[];
  #framed?: unknown[];
  #fitK = 1;
  /** The transform of the last fit: a view equal to it is not part of the view state. */
  #fittedView?: ZoomTransform;
  /** A zoom from a view state (or 'fit'), applied once the map is measured. */
  #pendingZoom?: ZoomCentre | 'fit';
  /** The zoom from a view state in effect: kept, instead of fitting, when the map's size changes. */
  #stateZoom?: ZoomCentre;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost & Element, options: CameraOptions) {
    this.#host = host;
    this.#resize = new ResizeController(host, { target: options.area });
    this.#zoom = new ZoomController(host, {
      target: options.canvas,
      extent: () => this.#resize.size,
      onZoom: options.onZoom,
      onGestureStart: () => {
        this.moving = true;
        host.requestUpdate();
      },
      onSettle: (t) => {
        // A zoom from a view state holds (through resizes) until the view moves away from it.
        if (this.#stateZoom && !sameView(t, this.#centred(this.#stateZoom))) this.#stateZoom = undefined;
        if (this.moving || !sameView(t, this.view)) host.requestUpdate();
        this.moving = false;
        this.view = t;
        options.onSettle(t, this.#fitK);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  get size(): Size {
    return this.#resize.size;
  }

  /** The current transform (during a gesture too). */
  get transform(): ZoomTransform {
    return this.#zoom.transform;
  }

  /** Resolves once the map area has been measured. */
  get measured(): Promise<void> {
    return this.#resize.measured;
  }

  /**
   * Called before each render: fits a scene the view has not shown yet (so its first paint is
   * fitted), then frames a focus it has not framed yet, when the frame is not already in view.
   */
  show(shot: Shot, readableZoom: number): void {
    const size = this.size;
    if (size.width <= 0) return;
    const fitKey = [shot.scene, shot.content.height, size.width, size.height];
    const frameKey = [shot.frame && shot.scene, shot.focus, size.width, size.height];
    if (!sameKey(fitKey, this.#fitted)) {
      this.#fitted = fitKey;
      const fitted = (this.#fittedView = shot.readable ? readableFit(shot.content, size, readableZoom) : fitTransform(shot.content, size.width, size.height));
      this.#fitK = fitted.k;
      this.#zoom.set(this.#stateZoom ? this.#centred(this.#stateZoom) : fitted);
    }
    if (this.#pendingZoom) {
      const zoom = this.#pendingZoom;
      this.#pendingZoom = this.#stateZoom = undefined;
      this.#zoom.set(zoom === 'fit' ? this.#fittedView! : this.#centred((this.#stateZoom = zoom)));
    }
    // A zoom from a view state wins over framing the focus it came with.
    if (this.#stateZoom) this.#framed = frameKey;
    if (shot.frame && !sameKey(frameKey, this.#framed)) {
      this.#framed = frameKey;
      const next = frameTransform(shot.frame, this.#zoom.transform, size, readableZoom);
      if (next) this.#zoom.set(next, motion(450));
    }
  }

  /** Fits the whole content into the view (what the view state calls "fitted"). */
  fitContent(box: Box): void {
    this.#zoom.set((this.#fittedView = fitTransform(box, this.size.width, this.size.height)));
  }

  /** Fits a box into the view: at once, or animated over about `duration` ms unless motion is reduced. */
  fit(box: Box, duration = 0): void {
    this.#zoom.set(fitTransform(box, this.size.width, this.size.height), motion(duration));
  }

  /**
   * The view-state field `zoom`: `{ k, cx, cy }`, the scale and the point of the map in the middle
   * of the view (so a shared view fits any screen); left out while the view is fitted.
   */
  readonly zoomField: ViewStateField<ZoomCentre> = {
    get: () => {
      if (this.#stateZoom) return this.#stateZoom;
      const { width, height } = this.size;
      const t = this.view;
      if (width === 0 || !this.#fittedView || sameView(t, this.#fittedView)) return undefined;
      const round = (n: number) => Math.round(n * 1000) / 1000;
      return { k: round(t.k), cx: round((width / 2 - t.x) / t.k), cy: round((height / 2 - t.y) / t.k) };
    },
    set: (value) => {
      this.#pendingZoom = value ?? 'fit';
      this.#host.requestUpdate();
    },
    valid: (value): value is ZoomCentre => {
      const { k, cx, cy } = (value ?? {}) as Partial<ZoomCentre>;
      return [k, cx, cy].every((n) => typeof n === 'number' && Number.isFinite(n)) && k! > 0;
    },
  };

  /** The transform that shows a zoom centre in the middle of the map area. */
  #centred(zoom: ZoomCentre): ZoomTransform {
    const { width, height } = this.size;
    return { k: zoom.k, x: width / 2 - zoom.cx * zoom.k, y: height / 2 - zoom.cy * zoom.k };
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#zoom.scaleBy(factor);
  }

  /** Pans (keeping the zoom, or zooming in to read) so a box is inside the view. */
  reveal(box: Box, zoomToRead = false): void {
    const next = revealTransform(box, this.#zoom.transform, this.size, zoomToRead);
    if (next) this.#zoom.set(next);
  }

  /** Moves the view so a layout point is in its middle (the minimap's click). */
  centreOn(point: { x: number; y: number }): void {
    this.#zoom.set(centreOn(point, this.#zoom.transform, this.size), motion(300));
  }
}

/** A zoom in a view state: the scale and the point of the map (layout units) in the middle of the view. */
export interface ZoomCentre {
  k: number;
  cx: number;
  cy: number;
}

/** An animation's duration, or 0 under `prefers-reduced-motion`. */
function motion(duration: number): number {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced ? 0 : duration;
}

export function sameKey(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
