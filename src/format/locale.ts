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

const formats = new Map<string, Intl.NumberFormat>();
/** Formatters kept at most: a page shows a few locales and currencies. */
const FORMATS_KEPT = 64;

/**
 * An `Intl.NumberFormat`, made once per locale and options: making one costs far more than
 * formatting (a panel of 40 moves formatted pay 120 times, a fresh formatter each time). Throws
 * as the constructor does (a currency `Intl` rejects).
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    if (formats.size >= FORMATS_KEPT) formats.clear();
    formats.set(key, format);
  }
  return format;
}
