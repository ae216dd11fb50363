import { least } from 'd3-array';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle, type SymbolType } from 'd3-shape';
import type { Importance, ProficiencyStep } from '../format/types.js';
import { IMPORTANCES } from '../format/vocabulary.js';
import { linearScale, pointScale } from '../base/scales.js';

export interface AxisTick {
  value: number;
  label: string;
  /** Position along the axis (x for bars, radius for the radar). */
  at: number;
}

/** A proficiency axis: equal spacing per step (the scale is ordinal), from 0 to `length`. */
export interface LevelAxis {
  ticks: AxisTick[];
  /** The position of a value; values between steps interpolate linearly. */
  at(value: number): number;
  /** The step nearest to a position (for click and drag). */
  valueAt(position: number): number;
}

/**
 * An axis over the given steps: d3's point scale, whose `padding` is the room at each end in
 * steps — 0.5 centres each step in an equal band (bars, matching a CSS grid header); 0 puts the
 * first step at 0 (radar centre). Between two steps, positions interpolate linearly (a piecewise
 * linear scale through the steps).
 */
export function levelAxis(steps: readonly ProficiencyStep[], length: number, padding = 0.5): LevelAxis {
  const point = pointScale(steps.map((s) => s.value), [0, length], padding);
  const ticks = steps.map((s) => ({ value: s.value, label: s.label, at: point(s.value)! }));
  const between = linearScale(ticks.map((t) => t.value), ticks.map((t) => t.at));
  return {
    ticks,
    at: (value) => (ticks.length === 1 ? ticks[0].at : between(value)),
    valueAt: (position) => least(ticks, (tick) => Math.abs(tick.at - position))!.value,
  };
}

/**
 * The axis of a level track (skill and competency rows), in percent of the track's width: the
 * track is as wide as the axis header above it (one grid column), so the bars follow any width
 * without measuring it, and the first render is the final one.
 */
export function trackAxis(steps: readonly ProficiencyStep[]): LevelAxis {
  return levelAxis(steps, 100);
}

/** Positions of one bar row: the current bar ends at `current`, the gap spans `gapFrom`–`required`. */
export interface BarGeometry {
  origin: number;
  current: number;
  required: number;
  /** True when the current level reaches the required one. */
  met: boolean;
}

export function barGeometry(row: { current: number; required: number }, axis: LevelAxis): BarGeometry {
  return {
    origin: axis.ticks[0]?.at ?? 0,
    current: axis.at(row.current),
    required: axis.at(row.required),
    met: row.current >= row.required,
  };
}

/**
 * Importance is told by marker shape as well as by text: each importance of the vocabulary names
 * its marker (core ◆, optional ●, emerging ▲), drawn with d3-shape's symbol of that shape.
 */
const MARKER_SYMBOL: Readonly<Record<(typeof IMPORTANCES)[Importance]['marker'], SymbolType>> = Object.freeze({
  diamond: symbolDiamond,
  circle: symbolCircle,
  triangle: symbolTriangle,
});

/** The path of the required-level marker for an importance, centred on 0,0 (area in px²). */
export function importanceMarker(importance: Importance, area = 90): string {
  return symbol(MARKER_SYMBOL[IMPORTANCES[importance].marker], area)()!;
}
