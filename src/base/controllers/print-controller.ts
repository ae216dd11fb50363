import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed (the `print` media, `beforeprint` / `afterprint`): the host
 * updates when it changes, so it can draw what paper needs (a map fitted to the page width).
 */
export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #media?: MediaQueryList;
  #printing = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get printing(): boolean {
    return this.#printing;
  }

  #set = (printing: boolean) => {
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.#host.requestUpdate();
  };
  #onMedia = () => this.#set(!!this.#media?.matches);
  #before = () => this.#set(true);
  #after = () => this.#set(!!this.#media?.matches);

  hostConnected(): void {
    this.#media = matchMedia('print');
    this.#media.addEventListener('change', this.#onMedia);
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
    this.#onMedia();
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#onMedia);
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
  }
}
