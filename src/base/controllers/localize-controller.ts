import type { ReactiveControllerHost } from 'lit';
import { Localizer, safeLocale, stringsRevision, type Strings } from '../localize.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    /** String overrides set by the page. */
    strings?: Strings;
    /** An explicit locale for numbers (the element's `locale` attribute). */
    locale?: string;
  };

/**
 * Keeps a host's `Localizer` current: the language from the element's own `lang`, else the
 * closest ancestor's, else `<html lang>`; the number locale from `locale`, else that language, else
 * `fallbackLocale()` (the framework's locale); the host's `strings` override any entry. Invalid
 * tags are ignored (English, the runtime's number format). Read it
 * as `controller.value` while rendering; it is rebuilt only when one of these changes.
 */
export class LocalizeController {
  readonly #host: Host;
  readonly #fallbackLocale: () => string | undefined;
  #key = '';
  #value = new Localizer();

  constructor(host: Host, fallbackLocale: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#fallbackLocale = fallbackLocale;
  }

  /** The localizer for the host's language now (rebuilt when the language, locale, strings or tables changed). */
  get value(): Localizer {
    const host = this.#host;
    // The property first: a new `lang` is reflected to the attribute only after this runs.
    const lang = safeLocale(host.lang || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
    const locale = safeLocale(host.locale) ?? lang ?? safeLocale(this.#fallbackLocale());
    const key = `${lang}|${locale}|${stringsRevision()}`;
    if (key !== this.#key || host.strings !== this.#overrides) {
      this.#key = key;
      this.#overrides = host.strings;
      this.#value = new Localizer(lang, locale, host.strings);
    }
    return this.#value;
  }

  #overrides?: Strings;
}
