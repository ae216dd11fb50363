import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CareerErrorEvent, CareerLoadEvent } from '../events.js';
import type { Framework, Problem } from '../format/types.js';
import { parseFrameworkText } from '../format/validate.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { loadFramework } from './load-framework.js';

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** How long a fetch of `src` may take, in milliseconds, unless the host sets `timeout`. */
export const DEFAULT_TIMEOUT = 30_000;

/**
 * A framework with more roles and moves than this is validated in a task of its own and drawn in
 * the next one, so neither blocks the page for long (a 1 MB framework has ~1,200 roles and ~6,000
 * moves); a smaller one is validated and drawn in the update that received it.
 */
export const LARGE_FRAMEWORK = 2_000;

/** Resolves in a new task (after the browser had a chance to handle input and paint). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Roles plus moves of a framework value, read without running any of its code (0 when unreadable). */
function itemCount(value: unknown): number {
  const length = (key: string) => {
    const list: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
    return Array.isArray(list) ? list.length : 0;
  };
  try {
    return length('roles') + length('moves');
  } catch {
    return 0;
  }
}

/** Why a fetch was stopped by the loader itself (not by the network or the server). */
type StopReason = 'superseded' | 'disconnected' | 'timeout';

/**
 * Loads a framework from the host's own inputs, in this order: the `framework` property, the
 * `src` attribute (fetched; a newer src always wins over a slower older response), an inline
 * `<script type="application/json">` child. Validates, indexes, and fires `career-load` or
 * `career-error` on the host. Never throws out of a lifecycle callback.
 *
 * A fetch that takes longer than `timeout` ms ends in `career-error`. A fetch interrupted because
 * the host left the document (an SPA moving it) is dropped quietly and started again when the host
 * is connected again, so a move ends in `career-load` like an undisturbed load.
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
  #timer?: ReturnType<typeof setTimeout>;
  #interrupted = false;
  #observer?: MutationObserver;
  #pending?: Promise<void>;

  /** Milliseconds a fetch of `src` may take before it ends in `career-error`. */
  timeout = DEFAULT_TIMEOUT;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * While a large framework is validated and accepted in tasks of their own: resolves once it is
   * (the host's `updateComplete` waits for it, so its first render after the load is included).
   */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** True when the host has an input of its own (and so does not follow a provider). */
  get hasOwnInput(): boolean {
    return this.#property !== undefined || !!this.#src || this.#inlineText !== undefined;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readInline();
    if (this.#interrupted) {
      this.#interrupted = false;
      if (this.#src && this.status === 'loading' && this.#property === undefined) void this.#fetch(this.#src);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.status === 'loading' && this.#abort) {
      this.#interrupted = true;
      this.#stop('disconnected');
    }
  }

  /** Called by the host when its `framework` property or `src` attribute changed. */
  setInputs(property: unknown, src: string | undefined): void {
    const srcChanged = (src || undefined) !== this.#src;
    this.#property = property;
    this.#src = src || undefined;
    if (srcChanged) this.#stop('superseded');
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
      this.#stop('superseded');
      const request = ++this.#request;
      if (itemCount(this.#property) > LARGE_FRAMEWORK) this.#loadLater(this.#property, request);
      else this.#accept(loadFramework(this.#property));
    } else if (this.#src) {
      if (refetch || this.status !== 'loading') void this.#fetch(this.#src);
    } else if (this.#inlineText !== undefined) {
      this.#stop('superseded');
      this.#request++;
      const parsed = parseFrameworkText(this.#inlineText);
      this.#accept(parsed.errors.length > 0 ? { errors: parsed.errors, warnings: [] } : loadFramework(parsed.value));
    } else {
      this.#stop('superseded');
      this.#request++;
      this.status = 'empty';
      this.framework = this.index = undefined;
      this.errors = this.warnings = [];
      this.#host.requestUpdate();
    }
  }

  /**
   * Validates and indexes a large framework in a task of its own, then accepts it (and the host
   * draws it) in the next, unless a newer input arrived meanwhile. Shows "Loading…" until then.
   */
  #loadLater(value: unknown, request: number): void {
    this.status = 'loading';
    this.framework = this.index = undefined;
    this.errors = this.warnings = [];
    this.#host.requestUpdate();
    const pending = (async () => {
      await nextTask();
      if (request !== this.#request) return;
      const result = loadFramework(value);
      await nextTask();
      if (request === this.#request) this.#accept(result);
    })();
    this.#pending = pending;
    void pending.finally(() => {
      if (this.#pending === pending) this.#pending = undefined;
    });
  }

  /** Aborts the fetch under way, if any, saying why (the reason decides what the fetch reports). */
  #stop(reason: StopReason): void {
    clearTimeout(this.#timer);
    this.#abort?.abort(reason);
    this.#abort = undefined;
  }

  async #fetch(src: string): Promise<void> {
    this.#stop('superseded');
    this.#interrupted = false;
    const request = ++this.#request;
    const abort = (this.#abort = new AbortController());
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
    this.#timer = setTimeout(() => abort.abort('timeout' satisfies StopReason), timeout);
    this.status = 'loading';
    this.#host.requestUpdate();
    let result;
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      const parsed = parseFrameworkText(await response.text());
      result = parsed.errors.length > 0 ? { errors: parsed.errors, warnings: [] } : loadFramework(parsed.value);
    } catch (error) {
      const reason: unknown = abort.signal.aborted ? abort.signal.reason : undefined;
      if (reason === 'superseded' || reason === 'disconnected') return;
      const message = reason === 'timeout' ? `no answer within ${formatSeconds(timeout)}` : (error as Error).message;
      result = { errors: [{ path: '', code: 'fetch', message: `could not load ${src}: ${message}` }], warnings: [] };
    } finally {
      if (this.#abort === abort) {
        clearTimeout(this.#timer);
        this.#abort = undefined;
      }
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

/**
 * A host's `updateComplete` that also waits for a large framework validated in a task of its own
 * and the update that draws it: `complete` is the host's own (`super.getUpdateComplete()`).
 */
export async function updatedAfterLoad(loader: FrameworkLoader, complete: () => Promise<boolean>): Promise<boolean> {
  let done = await complete();
  for (let pending = loader.pending; pending; pending = loader.pending) {
    await pending;
    done = await complete();
  }
  return done;
}

const formatSeconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
