import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

import type { ZoomTransform } from '../zoom-transform.js';

export type { ZoomTransform } from '../zoom-transform.js';

export interface ZoomControllerOptions {
  /** The SVG that receives wheel, drag and pinch gestures, looked up after every update. */
  target: () => SVGSVGElement | null | undefined;
  /** The size of the visible area (d3's default would measure the SVG and force a layout). */
  extent: () => { width: number; height: number };
  scaleExtent?: [number, number];
  /** Every change of the transform, also during gestures and animations: keep it cheap (move one `<g>`). */
  onZoom: (transform: ZoomTransform) => void;
  /** A user's gesture (wheel, drag, pinch) starts. */
  onGestureStart?: () => void;
  /** The transform settled: a gesture, an animation or a programmatic change ended. */
  onSettle?: (transform: ZoomTransform) => void;
}

/**
 * d3-zoom attached to one SVG of a lit host: d3 owns the gestures and the current transform, the
 * host renders. The controller attaches after the host's first update and whenever the SVG is
 * re-rendered, detaches on disconnect and attaches again on re-connection (an element moved in the
 * DOM keeps zooming). A transform set before the SVG exists is applied when it attaches.
 */
export class ZoomController implements ReactiveController {
  readonly #options: ZoomControllerOptions;
  readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #attached?: SVGSVGElement;
  #transform: ZoomTransform = { k: 1, x: 0, y: 0 };
  #animation?: number;
  #animating = false;

  constructor(host: ReactiveControllerHost, options: ZoomControllerOptions) {
    this.#options = options;
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .extent(() => {
        const { width, height } = options.extent();
        return [[0, 0], [width || 1, height || 1]];
      })
      .scaleExtent(options.scaleExtent ?? [0.02, 4])
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) {
          this.#stopAnimation();
          options.onGestureStart?.();
        }
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.#transform = { k, x, y };
        options.onZoom(this.#transform);
      })
      .on('end', () => {
        if (!this.#animating) options.onSettle?.(this.#transform);
      });
    host.addController(this);
  }

  /** The current transform (during a gesture too). */
  get transform(): ZoomTransform {
    return this.#transform;
  }

  hostConnected(): void {
    this.#attach(this.#options.target() ?? undefined);
  }

  hostUpdated(): void {
    const target = this.#options.target() ?? undefined;
    if (target !== this.#attached) this.#attach(target);
  }

  hostDisconnected(): void {
    this.#stopAnimation();
    if (this.#attached) select(this.#attached).on('.zoom', null);
    this.#attached = undefined;
  }

  /** Multiplies the scale around the centre of the view. */
  scaleBy(factor: number): void {
    const { width, height } = this.#options.extent();
    const { k, x, y } = this.#transform;
    const cx = (width / 2 - x) / k;
    const cy = (height / 2 - y) / k;
    const [min, max] = this.#behavior.scaleExtent();
    const next = Math.max(min, Math.min(max, k * factor));
    this.set({ k: next, x: width / 2 - cx * next, y: height / 2 - cy * next });
  }

  /**
   * Moves the view to a transform: at once, or animated over about `duration` ms (d3's smooth
   * zoom interpolation; only the transform changes per frame, the host settles at the end).
   */
  set(transform: ZoomTransform, duration = 0): void {
    this.#stopAnimation();
    if (duration <= 0 || !this.#attached) return this.#apply(transform);
    const { width, height } = this.#options.extent();
    const view = (t: ZoomTransform): [number, number, number] => [(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k, width / t.k];
    const path = interpolateZoom(view(this.#transform), view(transform));
    const start = performance.now();
    this.#animating = true;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      if (t >= 1) {
        this.#animation = undefined;
        this.#animating = false;
        return this.#apply(transform);
      }
      const [cx, cy, w] = path(easeCubicInOut(t));
      const k = width / w;
      this.#apply({ k, x: width / 2 - cx * k, y: height / 2 - cy * k });
      this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  #apply(t: ZoomTransform): void {
    if (!this.#attached) {
      // Not attached yet (first render) or detached: remember it, applied on attach.
      this.#transform = t;
      this.#options.onZoom(t);
      if (!this.#animating) this.#options.onSettle?.(t);
      return;
    }
    this.#behavior.transform(select(this.#attached), zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  #attach(target: SVGSVGElement | undefined): void {
    if (this.#attached) select(this.#attached).on('.zoom', null);
    this.#attached = target;
    if (!target) return;
    select(target).call(this.#behavior).on('dblclick.zoom', null);
    // The SVG may be new, or kept d3's state from before a move in the DOM: give it the current transform.
    this.#apply(this.#transform);
  }

  #stopAnimation(): void {
    if (this.#animation !== undefined) cancelAnimationFrame(this.#animation);
    this.#animation = undefined;
    this.#animating = false;
  }
}
