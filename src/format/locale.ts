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
