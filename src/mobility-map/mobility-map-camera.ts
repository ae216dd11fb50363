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

  constructor(host: ReactiveControllerHost & Element, options: CameraOptions) {
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
    if (!sameKey(fitKey, this.#fitted)) {
      this.#fitted = fitKey;
      const fitted = shot.readable ? readableFit(shot.content, size, readableZoom) : fitTransform(shot.content, size.width, size.height);
      this.#fitK = fitted.k;
      this.#zoom.set(fitted);
    }
    const frameKey = [shot.frame && shot.scene, shot.focus, size.width, size.height];
    if (shot.frame && !sameKey(frameKey, this.#framed)) {
      this.#framed = frameKey;
      const next = frameTransform(shot.frame, this.#zoom.transform, size, readableZoom);
      if (next) this.#zoom.set(next, motion(450));
    }
  }

  /** Fits a box into the view: at once, or animated over about `duration` ms unless motion is reduced. */
  fit(box: Box, duration = 0): void {
    this.#zoom.set(fitTransform(box, this.size.width, this.size.height), motion(duration));
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

/** An animation's duration, or 0 under `prefers-reduced-motion`. */
function motion(duration: number): number {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced ? 0 : duration;
}

export function sameKey(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
