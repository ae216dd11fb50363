/**
 * The three d3-scale scales the layouts use, inlined: importing d3-scale for them adds its
 * interpolators, d3-color and d3-format (tick formatting), about 8 kB min+gzip to the bundle, for a
 * few lines of arithmetic. `test/node/scales.test.mjs` holds each equal to d3's.
 */

/**
 * d3's `scaleLinear().domain(domain).range(range).clamp(true)`, piecewise when the domain has more
 * than two values (ascending, as d3 requires): a value between two domain values is placed
 * linearly between their positions; values outside the domain take the nearest end.
 */
export function linearScale(domain: readonly number[], range: readonly number[]): (value: number) => number {
  const n = Math.min(domain.length, range.length);
  const [low, high] = [Math.min(domain[0], domain[n - 1]), Math.max(domain[0], domain[n - 1])];
  return (value) => {
    const x = Math.max(low, Math.min(high, value));
    // The segment [domain[i], domain[i + 1]] holding x (the last segment for the top end).
    let i = 0;
    while (i < n - 2 && x >= domain[i + 1]) i++;
    const span = domain[i + 1] - domain[i];
    const t = span ? (x - domain[i]) / span : Number.isNaN(span) ? NaN : 0.5;
    return range[i] + t * (range[i + 1] - range[i]);
  };
}

/**
 * d3's `scalePoint().domain(domain).range([start, end]).padding(padding)`: the values evenly spaced,
 * with `padding` steps of room at each end, centred. Values outside the domain give undefined.
 */
export function pointScale<T>(domain: readonly T[], [start, end]: [number, number], padding = 0): (value: T) => number | undefined {
  const count = domain.length;
  const step = (end - start) / Math.max(1, count - 1 + padding * 2);
  const first = start + (end - start - step * (count - 1)) / 2;
  const index = new Map(domain.map((value, i) => [value, i]));
  return (value) => {
    const i = index.get(value);
    return i === undefined ? undefined : first + step * i;
  };
}

/** d3's `scaleSqrt().domain(domain).range(range)`, for positive domains (no clamping). */
export function sqrtScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const s0 = Math.sqrt(d0);
  const span = Math.sqrt(d1) - s0;
  return (value) => r0 + ((Math.sqrt(value) - s0) / span) * (r1 - r0);
}
