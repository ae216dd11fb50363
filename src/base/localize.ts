import { listFormat, numberFormat, pluralRules, supportedLocale } from '../format/locale.js';
import type { Message, Strings, Text } from './strings/en.js';

export type { Message, Strings, Text };

/**
 * The string tables registered so far, by language tag or subtag. English has none: the
 * English text is written where it is used, and is the message's id (as gettext and lit-localize
 * do), so the all-in-one bundle carries each string once.
 */
const TABLES: Record<string, Strings> = {};

/** Counts the tables' changes: a localizer made before the last one is stale. */
let revision = 0;
export const stringsRevision = (): number => revision;

/**
 * Adds a string table for a language, or entries to one, as Shoelace's `registerTranslation`
 * does. The kit ships German and Arabic as modules outside the bundle, registered by the page that
 * offers them: `import { de } from 'career-elements/strings/de'; registerStrings('de', de);`. An
 * integrator adds a language the kit does not ship (`registerStrings('fr', fr)`), or its own
 * wording of a shipped one. `lang` is a language subtag (`fr`) or a full tag (`fr-CA`, preferred
 * over `fr` for that region). Missing entries fall back to English. Elements pick it up at their
 * next update.
 */
export function registerStrings(lang: string, table: Strings): void {
  const key = lang.toLowerCase();
  TABLES[key] = { ...TABLES[key], ...table };
  revision++;
}

/**
 * A BCP 47 tag `Intl` accepts, in canonical form, or undefined: "en_US" is read as "en-US", and
 * anything `Intl` rejects ("", "x", "12") gives undefined, so a caller falls back instead of
 * throwing (issue 16: an invalid locale blanked the page).
 */
export function safeLocale(tag: string | null | undefined): string | undefined {
  return supportedLocale(typeof tag === 'string' ? tag.trim().replace(/_/g, '-') : tag);
}

/** Languages written right to left (a language subtag). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** A letter of any other script. */
const LTR_LETTER = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;


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
  /** The UI strings run right to left (Arabic, Hebrew…). */
  readonly rtl: boolean;
  readonly #table: Strings;
  readonly #overrides: Strings;

  constructor(lang?: string, locale?: string, overrides: Strings = {}) {
    this.lang = safeLocale(lang) ?? 'en';
    this.locale = safeLocale(locale) ?? safeLocale(lang);
    const base = this.lang.split('-')[0].toLowerCase();
    this.rtl = RTL_LANGUAGES.has(base);
    this.#table = TABLES[this.lang.toLowerCase()] ?? TABLES[base] ?? {};
    this.#overrides = overrides && typeof overrides === 'object' ? overrides : {};
  }

  /**
   * `message` (its English, which is its id: a string, or plural forms whose id is the `other`
   * form) in this language, with `{name}` placeholders filled from `params`: the page's `strings`
   * first, then the language's table, then the English itself.
   */
  t(message: Message, params: Record<string, string | number> = {}): string {
    const id = typeof message === 'string' ? message : message.other;
    const entry: Text = this.#overrides[id] ?? this.#table[id] ?? message;
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const count = Number(params.count ?? 0);
      const rule = pluralRules(this.locale ?? this.lang).select(count);
      text = entry[count === 0 && entry.zero !== undefined ? 'zero' : rule] ?? entry.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.number(value) : this.isolate(value);
    });
  }

  /**
   * Text from data (a role, level or family label) as it goes into a sentence of this language:
   * when it holds letters of the other direction it is wrapped in FIRST STRONG ISOLATE … POP
   * DIRECTIONAL ISOLATE (U+2068 … U+2069), so it takes its direction from its own text and its
   * punctuation stays in place ("Manager, Data Science" inside Arabic, an Arabic title inside
   * English). Other text is returned as it is.
   */
  isolate(text: string): string {
    return (this.rtl ? LTR_LETTER : RTL_LETTER).test(text) ? `\u2068${text}\u2069` : text;
  }

  /**
   * Items joined as a list of this language by `Intl.ListFormat` ("a, b and c", "a, b und c"),
   * each item from data isolated as in `isolate` (`fromData: false` for items that are already
   * sentences of this language). `type: 'unit'` joins without a conjunction ("a, b, c").
   */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction', fromData = true): string {
    return listFormat(this.locale ?? this.lang, { type }).format(fromData ? items.map((item) => this.isolate(item)) : items);
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#format(options).format(value);
  }

  /** An amount of money with no decimals, e.g. "$78,000" or "78.000 $" (`currency`: an ISO 4217 code, as validation ensures). */
  money(amount: number, currency: string): string {
    return this.#format({ style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  }

  /** A whole duration: "1 month", "24 Monate", "٢٤ شهرًا" (unit plurals by `Intl`). */
  months(count: number): string {
    return this.#unit(count, 'month', 'long');
  }

  /** Hours of learning: "30 hr", "30 Std.". */
  hours(count: number): string {
    return this.#unit(count, 'hour', 'short');
  }

  #unit(count: number, unit: string, unitDisplay: 'long' | 'short'): string {
    return this.#format({ style: 'unit', unit, unitDisplay, maximumFractionDigits: unit === 'hour' ? 1 : 0 }).format(count);
  }

  percent(ratio: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#format({ style: 'percent', maximumFractionDigits: 0, ...options }).format(ratio);
  }

  #format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    return numberFormat(this.locale ?? this.lang, options);
  }
}

/** English, for code that is given no localizer. */
export const ENGLISH = new Localizer('en');
