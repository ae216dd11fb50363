import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CareerErrorEvent, CareerLoadEvent } from '../events.js';
import type { Framework, Problem } from '../format/types.js';
import { parseFrameworkText } from '../format/validate.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { loadFramework } from './load-framework.js';

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Loads a framework from the host's own inputs, in this order: the `framework` property, the
 * `src` attribute (fetched; a newer src always wins over a slower older response), an inline
 * `<script type="application/json">` child. Validates, indexes, and fires `career-load` or
 * `career-error` on the host. Never throws out of a lifecycle callback.
 */
export class FrameworkLoader implements ReactiveController {
  status: LoadStatus = 'empty';
  framework?: Framework;
  index?: FrameworkIndex;
  errors: readonly Problem[] = [];
  warnings: readonly Problem[] = [];

  readonly #host: Host;
  #property: unknown;
  #src?: string;
  #inlineText?: string;
  #request = 0;
  #abort?: AbortController;
  #observer?: MutationObserver;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** True when the host has an input of its own (and so does not follow a provider). */
  get hasOwnInput(): boolean {
    return this.#property !== undefined || !!this.#src || this.#inlineText !== undefined;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readInline();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#abort?.abort();
  }

  /** Called by the host when its `framework` property or `src` attribute changed. */
  setInputs(property: unknown, src: string | undefined): void {
    const srcChanged = (src || undefined) !== this.#src;
    this.#property = property;
    this.#src = src || undefined;
    if (srcChanged) this.#abort?.abort();
    this.#resolve(srcChanged);
  }

  #readInline(): void {
    const script = this.#host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#resolve(false);
  }

  #resolve(refetch: boolean): void {
    if (this.#property !== undefined) {
      this.#request++;
      this.#accept(loadFramework(this.#property));
    } else if (this.#src) {
      if (refetch || this.status !== 'loading') void this.#fetch(this.#src);
    } else if (this.#inlineText !== undefined) {
      this.#request++;
      const parsed = parseFrameworkText(this.#inlineText);
      this.#accept(parsed.errors.length > 0 ? { errors: parsed.errors, warnings: [] } : loadFramework(parsed.value));
    } else {
      this.#request++;
      this.status = 'empty';
      this.framework = this.index = undefined;
      this.errors = this.warnings = [];
      this.#host.requestUpdate();
    }
  }

  async #fetch(src: string): Promise<void> {
    const request = ++this.#request;
    this.#abort = new AbortController();
    this.status = 'loading';
    this.#host.requestUpdate();
    let result;
    try {
      const response = await fetch(src, { signal: this.#abort.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      const parsed = parseFrameworkText(await response.text());
      result = parsed.errors.length > 0 ? { errors: parsed.errors, warnings: [] } : loadFramework(parsed.value);
    } catch (error) {
      if ((error as Error).name === 'AbortError' && request !== this.#request) return;
      result = { errors: [{ path: '', code: 'fetch', message: `could not load ${src}: ${(error as Error).message}` }], warnings: [] };
    }
    if (request === this.#request) this.#accept(result);
  }

  #accept(result: ReturnType<typeof loadFramework>): void {
    const changed = result.framework !== this.framework || result.errors !== this.errors || this.status === 'loading';
    this.framework = result.framework;
    this.index = result.index;
    this.errors = result.errors;
    this.warnings = result.warnings;
    this.status = result.framework ? 'ready' : 'error';
    if (!changed) return;
    this.#host.requestUpdate();
    if (this.framework) this.#host.dispatchEvent(new CareerLoadEvent(this.framework, this.warnings));
    else this.#host.dispatchEvent(new CareerErrorEvent(this.errors));
  }
}
