import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  width: number;
  height: number;
}

export interface ResizeControllerOptions {
  /** The element to observe, looked up after every update (it may be re-rendered or replaced). */
  target: () => Element | null | undefined;
  /** Changes smaller than this many px in both directions are ignored (default 1). */
  threshold?: number;
  /** Called with the new size; by default the host re-renders. */
  onResize?: (size: Size) => void;
}

/**
 * The content-box size of one element of a host's shadow tree, kept up to date with a
 * ResizeObserver. After each host update it observes whatever `target()` returns now; the host is
 * asked to re-render in the next frame when the size changes (re-rendering inside the observer's
 * delivery would loop). Disconnects with the host and observes again when the host is re-inserted.
 */
export class ResizeController implements ReactiveController {
  /** The last observed size; 0 × 0 until the first observation. */
  size: Size = { width: 0, height: 0 };

  private readonly host: ReactiveControllerHost;
  private readonly options: ResizeControllerOptions;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(host: ReactiveControllerHost, options: ResizeControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Re-inserted: observe again after the next update.
    this.observed = undefined;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    if (target === this.observed) return;
    this.observer?.disconnect();
    this.observed = target;
    if (!target) return;
    this.observer ??= new ResizeObserver(([entry]) => this.measured(entry.contentRect));
    this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  private measured(rect: DOMRectReadOnly): void {
    const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
    const threshold = this.options.threshold ?? 1;
    if (Math.abs(size.width - this.size.width) <= threshold && Math.abs(size.height - this.size.height) <= threshold) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.size = size;
      if (this.options.onResize) this.options.onResize(size);
      else this.host.requestUpdate();
    });
  }
}
