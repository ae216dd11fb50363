import type { MoneyRange, PayBand } from '../format/types.js';
import type { FrameworkIndex } from './framework-index.js';
import { numberFormat } from '../format/locale.js';

/** The midpoint of a range: its declared `mid`, else halfway between min and max. */
export function midpoint(range: MoneyRange): number {
  return range.mid ?? (range.min + range.max) / 2;
}

export interface PayChange {
  currency: string;
  from: PayBand;
  to: PayBand;
  /** Change of the band midpoint. */
  delta: number;
  /** Change of the band midpoint as a share of the current midpoint (0.12 = +12 %). */
  ratio: number;
}

/**
 * What a move does to pay in a region: the change of band midpoint. Undefined when either role
 * has no band there, or the two bands are in different currencies.
 */
export function payChange(index: FrameworkIndex, from: string, to: string, region: string): PayChange | undefined {
  const a = index.payBand(from, region);
  const b = index.payBand(to, region);
  if (!a || !b || a.currency !== b.currency) return undefined;
  const before = midpoint(a.base);
  const delta = midpoint(b.base) - before;
  return { currency: a.currency, from: a, to: b, delta, ratio: before === 0 ? 0 : delta / before };
}

/** Formats money for a locale and currency, without decimals. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}
