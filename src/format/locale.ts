/**
 * The locale tag itself when `Intl` accepts it (`en-US`, `de`), else undefined. `en_US`, `""` and
 * other malformed tags make every `Intl` constructor throw a RangeError: callers fall back to the
 * next locale they know instead.
 */
export function supportedLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '' || tag.length > 100) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The `Intl` objects made so far, by kind, locale and options. */
const formats = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>();
/** Formatters kept at most: a page shows a few locales and currencies. */
const FORMATS_KEPT = 64;

/**
 * One `Intl` object per kind, locale and options, made on first use and kept: making one costs far
 * more than using it (a panel of 40 moves formatted pay 120 times, a fresh formatter each time).
 * Number formats, plural rules and list formats all come from here. Throws as the constructor does
 * (a currency `Intl` rejects).
 */
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    if (formats.size >= FORMATS_KEPT) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/** An `Intl.NumberFormat` for the locale and options, made once. */
export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** The locale's `Intl.PluralRules`, made once. */
export const pluralRules = (locale: string | undefined): Intl.PluralRules => cached('plural', locale, {}, () => new Intl.PluralRules(locale));

/** An `Intl.ListFormat` for the locale ("a, b and c", "a, b und c", "a وb وc"), made once. */
export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));
