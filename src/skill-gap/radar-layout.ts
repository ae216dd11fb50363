/**
 * The radar of `<skill-gap view="radar">`: spokes, rings and the areas of the required and current
 * levels, centred on 0,0. Part of the radar loaded on first use (skill-gap-radar.part.ts).
 */
import { curveLinearClosed, line } from 'd3-shape';
import type { ProficiencyStep } from '../format/types.js';
import { levelAxis, type AxisTick } from './skill-gap-layout.js';

/** The radar draws at most this many skills; more fall back to bars. */
export const RADAR_MAX_SKILLS = 16;
/** A radar needs this many skills to enclose an area. */
export const RADAR_MIN_SKILLS = 3;

export interface RadarSpoke {
  skill: string;
  /** Radians clockwise from 12 o'clock (negative, counter-clockwise, when mirrored). */
  angle: number;
  end: Point;
  /** The label's anchor is logical (`start` follows the text direction), as SVG's `text-anchor` is. */
  label: Point & { anchor: 'start' | 'middle' | 'end' };
  current: Point;
  required: Point;
}

export interface Point {
  x: number;
  y: number;
}

export type RadarLayout =
  | {
      kind: 'radar';
      radius: number;
      /** Rings per step of the scale, "None" (radius 0) excluded. */
      rings: AxisTick[];
      /** Where each ring's label goes: between the last spoke and the first, clear of both. */
      ringLabels: Array<Point & { label: string }>;
      spokes: RadarSpoke[];
      /** Area of the required levels (the polygon through the spokes' required points). */
      requiredPath: string;
      /** Outline of the current levels (the polygon through the spokes' current points). */
      currentPath: string;
      /** The step nearest to a distance from the centre. */
      valueAt(distance: number): number;
    }
  /** Why not: an English message with `{count}`, `{min}`, `{max}`, and those numbers. */
  | { kind: 'fallback'; reason: string; count: number; min: number; max: number };

const polar = (angle: number, r: number): Point => ({ x: r * Math.sin(angle), y: -r * Math.cos(angle) });

/** The closed polygon through the points. */
const polygonPath = (points: readonly Point[]): string =>
  line<Point>((p) => p.x, (p) => p.y).curve(curveLinearClosed)(points)!;

/**
 * The radar for the given rows (in spoke order, clockwise from 12 o'clock), centred on 0,0, or
 * the reason it cannot be drawn (fewer than RADAR_MIN_SKILLS or more than RADAR_MAX_SKILLS).
 * `mirrored` (a right-to-left page) draws it counter-clockwise, every point mirrored left to right,
 * so the skills read from the right as the bars do; label anchors stay logical, as the text
 * direction mirrors them too.
 */
export function radarLayout(
  rows: ReadonlyArray<{ skill: string; current: number; required: number }>,
  steps: readonly ProficiencyStep[],
  radius: number,
  mirrored = false,
): RadarLayout {
  if (rows.length > RADAR_MAX_SKILLS) {
    return { kind: 'fallback', reason: 'The radar shows at most {max} skills; this gap has {count}, so it is drawn as bars.', count: rows.length, min: RADAR_MIN_SKILLS, max: RADAR_MAX_SKILLS };
  }
  if (rows.length < RADAR_MIN_SKILLS) {
    return { kind: 'fallback', reason: 'A radar needs at least {min} skills; this gap has {count}, so it is drawn as bars.', count: rows.length, min: RADAR_MIN_SKILLS, max: RADAR_MAX_SKILLS };
  }
  const axis = levelAxis(steps, radius, 0);
  const turn = mirrored ? -1 : 1;
  const angleOf = (i: number) => turn * (i / rows.length) * 2 * Math.PI;
  const spokes = rows.map((row, i): RadarSpoke => {
    const angle = angleOf(i);
    const label = polar(angle, radius + 12);
    const outward = turn * label.x;
    const anchor = outward > 1 ? 'start' : outward < -1 ? 'end' : 'middle';
    return {
      skill: row.skill,
      angle,
      end: polar(angle, radius),
      label: { ...label, y: label.y + (Math.abs(label.x) <= 1 ? (label.y < 0 ? -2 : 10) : 4), anchor },
      current: polar(angle, axis.at(row.current)),
      required: polar(angle, axis.at(row.required)),
    };
  });
  return {
    kind: 'radar',
    radius,
    rings: axis.ticks.filter((t) => t.at > 0),
    ringLabels: axis.ticks.filter((t) => t.at > 0).map((t) => ({ label: t.label, ...polar(-turn * Math.PI / rows.length, t.at) })),
    spokes,
    requiredPath: polygonPath(spokes.map((spoke) => spoke.required)),
    currentPath: polygonPath(spokes.map((spoke) => spoke.current)),
    valueAt: axis.valueAt,
  };
}
