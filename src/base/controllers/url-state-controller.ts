import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashEntry, withHashEntry, type ViewState } from '../view-state.js';

/** The element the controller keeps in the URL: its key, whether it is on, and its view state. */
export interface UrlStateHost extends ReactiveControllerHost {
  readonly urlStateKey: string;
  readonly urlState: boolean;
  getViewState(): ViewState;
  setViewState(state: unknown): unknown;
}

/**
 * Keeps an element's view state in the URL hash, under its own key (`#career-map={…}`), while its
 * `url-state` attribute is set: reads it at start-up, writes each change with
 * `history.replaceState` (no history entry, no navigation), and applies the state again when the
 * hash changes (a pasted link, the back button). Other entries of the hash are left alone.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  /** The entry last read from or written to the hash. */
  #written?: string;
  #started = false;

  constructor(host: UrlStateHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.#host.urlState) this.#start();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#started = false;
  }

  hostUpdated(): void {
    if (!this.#host.urlState) {
      this.#started = false;
      return;
    }
    if (!this.#started) return this.#start();
    const value = JSON.stringify(this.#host.getViewState());
    if (value === this.#written) return;
    this.#written = value;
    const hash = withHashEntry(location.hash, this.#host.urlStateKey, value);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** Applies the state in the hash, if any; otherwise the current state is the one not yet written. */
  #start(): void {
    this.#started = true;
    const entry = hashEntry(location.hash, this.#host.urlStateKey);
    if (entry === undefined) {
      this.#written = JSON.stringify(this.#host.getViewState());
      return;
    }
    this.#apply(entry);
  }

  #apply(entry: string): void {
    this.#written = entry;
    let state: unknown;
    try {
      state = JSON.parse(entry);
    } catch {
      return; // Not JSON (a hand-edited link): ignored, the view stays as it is.
    }
    this.#host.setViewState(state);
  }

  #onHashChange = (): void => {
    if (!this.#host.urlState) return;
    const entry = hashEntry(location.hash, this.#host.urlStateKey);
    // The page replaced the hash (an in-page link): keep the view and write it back on the next update.
    if (entry === undefined) {
      this.#written = undefined;
      this.#host.requestUpdate();
    } else if (entry !== this.#written) {
      this.#apply(entry);
    }
  };
}
