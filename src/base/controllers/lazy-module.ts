import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element that loads on first use, as a file of its own beside the bundle (as the
 * export code does): the map's route cards and suggested moves, the ladder's diff of two levels.
 * Pages that never use the part never download it.
 *
 * `get()` starts the load and answers undefined until the module has arrived; the host then renders
 * again. `settled` resolves once no load is in flight, so an element's `updateComplete` (and
 * therefore a test or `toSVG()`) can wait for the finished view. A load that fails (the file is
 * missing, the network is gone) leaves the part out and keeps the error in `error`; it is tried
 * again when the host is re-connected.
 */
export class LazyModule<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  #module?: T;
  #loading?: Promise<void>;
  /** Why the last load failed, if it did. */
  error?: unknown;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /** A load that failed is tried again when the host is next connected (it renders again). */
  hostConnected(): void {
    if (this.error === undefined) return;
    this.error = this.#loading = undefined;
    this.#host.requestUpdate();
  }

  /** The module, or undefined while it loads (the first call starts loading it). */
  get(): T | undefined {
    if (this.#module === undefined && this.#loading === undefined) {
      this.#loading = this.#load().then(
        (module) => {
          this.#module = module;
          this.#loading = undefined;
        },
        (error: unknown) => {
          this.error = error;
        },
      ).finally(() => this.#host.requestUpdate());
    }
    return this.#module;
  }

  /** Resolves when no load is in flight (at once when none was started or it has finished). */
  get settled(): Promise<void> {
    return this.#module !== undefined || this.error !== undefined ? Promise.resolve() : (this.#loading ?? Promise.resolve());
  }

  /** True while a load is in flight. */
  get loading(): boolean {
    return this.#loading !== undefined && this.#module === undefined && this.error === undefined;
  }
}
