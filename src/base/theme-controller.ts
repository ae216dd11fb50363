import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ThemeName = 'light' | 'dark';

type Host = ReactiveControllerHost & HTMLElement & { theme?: string | null };

/**
 * The value of `name` on the element or its closest ancestor that has it (within the same tree),
 * then on the root element: how `theme` and `lang` are inherited from a provider or the page.
 */
export function inheritedAttribute(element: Element, name: string): string | undefined {
  const own = element.closest(`[${name}]`)?.getAttribute(name);
  if (own != null) return own;
  return element.ownerDocument.documentElement.getAttribute(name) ?? undefined;
}

/**
 * Resolves the theme an element shows — its own `theme`, else the closest ancestor's `theme`
 * attribute (a `<career-framework theme="dark">`), else the page's colour scheme — and exposes it
 * to the element's CSS as the custom state `:state(light)` / `:state(dark)` (none: follow
 * `prefers-color-scheme`). Re-resolved on every update of the host.
 */
export class ThemeController implements ReactiveController {
  readonly #host: Host;
  readonly #states?: CustomStateSet;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    try {
      this.#states = host.attachInternals().states;
    } catch {
      // No ElementInternals states here: the CSS still follows the element's own `theme` attribute.
    }
  }

  /** The theme chosen for this element, or undefined when it follows the page's colour scheme. */
  get chosen(): ThemeName | undefined {
    const value = this.#host.theme ?? inheritedAttribute(this.#host, 'theme');
    return value === 'light' || value === 'dark' ? value : undefined;
  }

  /** The theme in effect: the chosen one, else the page's `prefers-color-scheme`. */
  get current(): ThemeName {
    return this.chosen ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }

  hostConnected(): void {
    this.#apply();
  }

  hostUpdate(): void {
    this.#apply();
  }

  #apply(): void {
    if (!this.#states) return;
    const chosen = this.chosen;
    for (const name of ['light', 'dark'] as const) {
      if (name === chosen) this.#states.add(name);
      else this.#states.delete(name);
    }
  }
}
