import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedAttribute } from './theme-controller.js';
import { en, type StringKey, type Strings, type Text } from './strings/en.js';
import { de } from './strings/de.js';
import { ar } from './strings/ar.js';

export type { StringKey, Strings, Text };

/** The shipped string tables, by language subtag. */
const TABLES: Record<string, Strings> = { en, de, ar };

/** Scripts written right to left, by language subtag (for the direction an element reports). */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/**
 * A BCP 47 tag `Intl` accepts, in canonical form, or undefined: "en_US" is read as "en-US", and
 * anything `Intl` rejects ("", "x", "12") gives undefined, so a caller falls back instead of
 * throwing (issue 16: an invalid locale blanked the page).
 */
export function safeLocale(tag: string | null | undefined): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    new Intl.NumberFormat(canonical); // the runtime supports it, or throws here
    return canonical;
  } catch {
    return undefined;
  }
}

const formats = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = formats.get(key) as T | undefined;
  if (!value) formats.set(key, (value = make()));
  return value;
}

/**
 * The UI strings and number formats of one language: `t(key, params)` fills `{name}` placeholders
 * and picks plural forms by `Intl.PluralRules` from `params.count`; numbers, money and durations
 * are formatted by `Intl` for the locale. Missing keys fall back to English.
 */
export class Localizer {
  /** The language of the strings (the table chosen). */
  readonly lang: string;
  /** The locale numbers, money and durations are formatted for (undefined: the runtime's). */
  readonly locale: string | undefined;
  readonly dir: 'ltr' | 'rtl';
  readonly #table: Strings;
  readonly #overrides: Strings;

  constructor(lang?: string, locale?: string, overrides: Strings = {}) {
    this.lang = safeLocale(lang) ?? 'en';
    this.locale = safeLocale(locale) ?? safeLocale(lang);
    const base = this.lang.split('-')[0].toLowerCase();
    this.#table = TABLES[this.lang.toLowerCase()] ?? TABLES[base] ?? en;
    this.#overrides = overrides && typeof overrides === 'object' ? overrides : {};
    this.dir = RTL.has(base) ? 'rtl' : 'ltr';
  }

  /** The string for `key` in this language, with `{name}` placeholders filled from `params`. */
  t(key: StringKey, params: Record<string, string | number> = {}): string {
    const entry: Text = this.#overrides[key] ?? this.#table[key] ?? en[key];
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const count = Number(params.count ?? 0);
      const rule = cached(`plural|${this.locale ?? this.lang}`, () => new Intl.PluralRules(this.locale ?? this.lang)).select(count);
      text = entry[count === 0 && entry.zero !== undefined ? 'zero' : rule] ?? entry.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  /**
   * A word of the kit's vocabulary (a move kind, a requirement kind…) in this language: the table's
   * `group.id` entry, e.g. `move.promotion`, else the vocabulary's own English `english`.
   */
  word(group: string, id: string, english: string): string {
    const key = `${group}.${id}` as const;
    const entry = this.#overrides[key] ?? this.#table[key];
    return typeof entry === 'string' ? entry : english;
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#format(options).format(value);
  }

  /** An amount of money with no decimals, e.g. "$78,000" or "78.000 $". */
  money(amount: number, currency: string): string {
    try {
      return this.#format({ style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${this.number(amount)} ${currency}`;
    }
  }

  /** A whole duration: "1 month", "24 Monate", "٢٤ شهرًا" (unit plurals by `Intl`). */
  months(count: number): string {
    return this.#format({ style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 0 }).format(count);
  }

  hours(count: number): string {
    return this.#format({ style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(count);
  }

  percent(ratio: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#format({ style: 'percent', maximumFractionDigits: 0, ...options }).format(ratio);
  }

  #format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const locale = this.locale ?? this.lang;
    return cached(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
  }
}

/** English, for code that is given no localizer. */
export const ENGLISH = new Localizer('en');

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
    const key = `${lang}|${locale}`;
    if (key !== this.#key || this.#value === undefined || host.strings !== this.#overrides) {
      this.#key = key;
      this.#overrides = host.strings;
      this.#value = new Localizer(lang, locale, host.strings);
    }
  }

  #overrides?: Strings;
}
