import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed (the `print` media, which the browser applies before it lays the page out for paper): the host
 * updates when it changes, so it can draw what paper needs (a map fitted to the page width).
 */
export class PrintController implements ReactiveController {
  readonly #media = matchMedia('print');
  readonly #update: () => void;

  constructor(host: ReactiveControllerHost) {
    this.#update = () => host.requestUpdate();
    host.addController(this);
  }

  get printing(): boolean {
    return this.#media.matches;
  }

  hostConnected(): void {
    this.#media.addEventListener('change', this.#update);
  }

  hostDisconnected(): void {
    this.#media.removeEventListener('change', this.#update);
  }
}
