/**
 * d3-scale's `scaleSqrt().domain([d0, d1]).range([r0, r1])` for one number, as a plain function:
 * the map sizes circles and flow widths with it, and importing d3-scale for this alone would add
 * d3-format (its tick formats) to the map's bundle. `test/node/sqrt-scale.test.mjs` holds it equal
 * to d3's.
 */
export function sqrtScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number], clamp = false): (value: number) => number {
  const s0 = Math.sqrt(d0);
  const span = Math.sqrt(d1) - s0;
  return (value) => {
    let t = span === 0 ? 0.5 : (Math.sqrt(value) - s0) / span;
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  };
}
