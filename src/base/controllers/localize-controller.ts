import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Localizer, loadStrings, safeLocale, stringsRevision, type Strings } from '../localize.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    /** String overrides set by the page. */
    strings?: Strings;
    /** An explicit locale for numbers (the element's `locale` attribute). */
    locale?: string;
  };

/** The value of `name` on the element or its closest ancestor that has it, else on the root element. */
function inheritedAttribute(element: Element, name: string): string | undefined {
  return element.closest(`[${name}]`)?.getAttribute(name) ?? element.ownerDocument.documentElement.getAttribute(name) ?? undefined;
}

/**
 * Keeps a host's `Localizer` current: the language from the element's own `lang`, else the
 * closest ancestor's, else `<html lang>`; the number locale from `locale`, else that language, else
 * `fallbackLocale()` (the framework's locale); the host's `strings` override any entry. Invalid
 * tags are ignored (English, the runtime's number format). Read it
 * as `controller.value` while rendering; it is rebuilt only when one of these changes.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  readonly #fallbackLocale: () => string | undefined;
  #key = '';
  #value = new Localizer();

  constructor(host: Host, fallbackLocale: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#fallbackLocale = fallbackLocale;
    host.addController(this);
  }

  get value(): Localizer {
    this.#refresh();
    return this.#value;
  }

  hostUpdate(): void {
    this.#refresh();
  }

  #refresh(): void {
    const host = this.#host;
    // The property first: a new `lang` is reflected to the attribute only after this runs.
    const lang = safeLocale(host.lang || inheritedAttribute(host, 'lang'));
    const locale = safeLocale(host.locale) ?? lang ?? safeLocale(this.#fallbackLocale());
    const key = `${lang}|${locale}|${stringsRevision()}`;
    if (key !== this.#key || this.#value === undefined || host.strings !== this.#overrides) {
      // A shipped table not loaded yet: English until it arrives, then an update.
      if (lang && key !== this.#key) void loadStrings(lang).then((arrived) => arrived && host.requestUpdate());
      this.#key = key;
      this.#overrides = host.strings;
      this.#value = new Localizer(lang, locale, host.strings);
    }
  }

  #overrides?: Strings;
}
