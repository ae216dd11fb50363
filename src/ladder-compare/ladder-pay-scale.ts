import { max, min, rollup } from 'd3-array';
import { linearScale } from '../base/scales.js';
import type { PayBand } from '../format/types.js';
import { midpoint } from '../model/pay.js';

/**
 * One shared pay scale per currency across the whole view. Amounts in different currencies are
 * never put on one axis (that would need exchange rates the framework does not carry), so a view
 * that mixes currencies has one scale per currency and says so.
 */
export interface PayScale {
  currency: string;
  /** The smallest band minimum and the largest band maximum in this currency. */
  domain: [number, number];
  /** Position of an amount on the scale, 0–100 (percent of the bar track). */
  position: (amount: number) => number;
}

/** Positions of a band on its currency's scale, each 0–100. */
export interface PayBar {
  min: number;
  mid: number;
  max: number;
}

/** The scales for a set of bands: one per currency, in order of first appearance. */
export function payScales(bands: Iterable<PayBand>): Map<string, PayScale> {
  const domains = rollup(
    bands,
    (same): [number, number] => [min(same, (band) => band.base.min)!, max(same, (band) => band.base.max)!],
    (band) => band.currency,
  );
  const scales = new Map<string, PayScale>();
  for (const [currency, domain] of domains) {
    // A single-amount domain still needs width: widen it by 10 % each side (or ±1 around zero).
    const pad = domain[0] === domain[1] ? Math.abs(domain[0]) * 0.1 || 1 : 0;
    const scale = linearScale([domain[0] - pad, domain[1] + pad], [0, 100]);
    scales.set(currency, { currency, domain, position: (amount) => scale(amount) });
  }
  return scales;
}

/** Where a band's minimum, midpoint and maximum sit on its currency's scale. */
export function payBar(band: PayBand, scale: PayScale): PayBar {
  return { min: scale.position(band.base.min), mid: scale.position(midpoint(band.base)), max: scale.position(band.base.max) };
}

/**
 * The `data-band` value of a band: `level/track/region`, with `*` for a band that applies to every
 * track (e.g. "L3/ic/US", "L3/* /US" without the space). A family-specific band carries its family
 * in `data-band-family`.
 */
export function bandKey(band: PayBand): string {
  return `${band.level}/${band.track ?? '*'}/${band.region}`;
}
