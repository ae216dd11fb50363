import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  width: number;
  height: number;
}

export interface ResizeControllerOptions {
  /** The element to observe, looked up after every update (it may be re-rendered). */
  target: () => Element | null | undefined;
  /**
   * Called with the new content-box size when it changes. Default: request an update of the host,
   * which then renders in the same frame. Hosts whose render changes the observed element's size
   * should defer (e.g. `requestAnimationFrame`) to avoid a ResizeObserver loop.
   */
  onResize?: (size: Size) => void;
}

/**
 * Observes the size of an element in a host's shadow DOM: `size` holds the latest content-box size
 * (0 × 0 before the first measurement). It observes after the host's first update and whenever the
 * target element changes, stops on disconnect and observes again on re-connection, so an element
 * moved in the DOM (as single-page apps do) keeps following its size.
 */
export class ResizeController implements ReactiveController {
  size: Size = { width: 0, height: 0 };

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: ResizeControllerOptions;
  #observer?: ResizeObserver;
  #observed?: Element;
  #measured: Promise<void> = Promise.resolve();
  #resolveMeasured = () => {};

  constructor(host: ReactiveControllerHost & Element, options: ResizeControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Resolves once the observed element has been measured (at once when nothing is observed). */
  get measured(): Promise<void> {
    return this.#measured;
  }

  hostConnected(): void {
    // Re-connected after a move in the DOM: the target is already rendered, observe it again.
    this.#observe(this.#options.target() ?? undefined);
  }

  hostUpdated(): void {
    const target = this.#options.target() ?? undefined;
    if (target !== this.#observed) this.#observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
    this.#resolveMeasured();
  }

  #observe(target: Element | undefined): void {
    this.#observer?.disconnect();
    this.#resolveMeasured();
    this.#observed = target;
    if (!target) return;
    this.#measured = new Promise((resolve) => (this.#resolveMeasured = resolve));
    this.#observer ??= new ResizeObserver((entries) => this.#onEntries(entries));
    this.#observer.observe(target);
  }

  #onEntries(entries: readonly ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry || entry.target !== this.#observed) return;
    const { width, height } = entry.contentRect;
    if (width !== this.size.width || height !== this.size.height) {
      this.size = { width, height };
      if (this.#options.onResize) this.#options.onResize(this.size);
      else this.#host.requestUpdate();
    }
    // In a task of its own: code awaiting `measured` must not run inside the observer's delivery.
    const resolve = this.#resolveMeasured;
    setTimeout(resolve);
  }
}
