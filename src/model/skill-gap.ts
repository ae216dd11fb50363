import type { Profile } from '../format/types.js';
import { IMPORTANCES, RATING_SOURCES, wordsOf, type Importance, type RatingSource } from '../format/vocabulary.js';
import type { FrameworkIndex } from './framework-index.js';

/**
 * How much each importance counts in readiness (the vocabulary's `weight`): a core skill three
 * times an optional one. Documented in the README ("Readiness").
 */
export const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = Object.freeze(
  Object.fromEntries(wordsOf(IMPORTANCES).map((importance) => [importance, IMPORTANCES[importance].weight])) as Record<Importance, number>,
);

/** The importance of a requirement that states none: the vocabulary's first (core). */
export const DEFAULT_IMPORTANCE: Importance = wordsOf(IMPORTANCES)[0];

export interface SkillGapRow {
  skill: string;
  /** Proficiency the target requires. */
  required: number;
  /** The person's current proficiency (0 when they have none on record). */
  current: number;
  /** `max(0, required − current)`. */
  gap: number;
  importance: Importance;
  weight: number;
  /** Where the current value came from, when the profile says. */
  source?: RatingSource;
}

export interface SkillGapResult {
  target: string;
  rows: SkillGapRow[];
  /** 0..1: weighted share of the required proficiency already reached. */
  readiness: number;
  /** Per importance: how many skills are required and how many are already met. */
  breakdown: Record<Importance, { required: number; met: number }>;
  /** Skills the person has that the target does not ask for (transferable strengths). */
  strengths: Array<{ skill: string; current: number; source?: RatingSource }>;
}

/** The profile a role implies: its own requirements as current ratings (source "inferred"). */
export function profileFromRole(index: FrameworkIndex, roleId: string, focus?: string): Profile {
  return {
    role: roleId,
    skills: [...index.requirements(roleId, focus).values()].map((req) => ({
      skill: req.skill,
      level: req.level,
      source: 'inferred' as const,
    })),
  };
}

/** How far a rating's source is trusted (the vocabulary's `trust`); a rating with none counts as inferred. */
const trust = (source: RatingSource | undefined): number => RATING_SOURCES[source ?? 'inferred']?.trust ?? 0;

/**
 * The best current rating per skill. When several sources rate one skill, the most trusted wins:
 * certified, then manager, then self, then inferred.
 */
export function ratingsOf(profile: Profile): Map<string, { level: number; source?: RatingSource }> {
  const map = new Map<string, { level: number; source?: RatingSource }>();
  for (const rating of profile.skills) {
    const existing = map.get(rating.skill);
    if (!existing || trust(rating.source) > trust(existing.source)) {
      map.set(rating.skill, { level: rating.level, source: rating.source });
    }
  }
  return map;
}

/**
 * The skill gap from a person (a profile, or a role id meaning that role's requirements) to a
 * target role, optionally with one of the target's focus areas.
 *
 * readiness = Σ wᵢ · min(currentᵢ, requiredᵢ) / Σ wᵢ · requiredᵢ, with w from IMPORTANCE_WEIGHT;
 * 1 when the target requires nothing. Rows are sorted by gap (largest first), then weight, then id.
 */
export function skillGap(
  index: FrameworkIndex,
  from: Profile | string,
  targetId: string,
  options: { focus?: string } = {},
): SkillGapResult {
  const profile = typeof from === 'string' ? profileFromRole(index, from) : from;
  const ratings = ratingsOf(profile);
  const required = index.requirements(targetId, options.focus);
  const breakdown = Object.fromEntries(wordsOf(IMPORTANCES).map((importance) => [importance, { required: 0, met: 0 }])) as SkillGapResult['breakdown'];
  let reached = 0;
  let total = 0;
  const rows: SkillGapRow[] = [];
  for (const req of required.values()) {
    const importance = req.importance ?? DEFAULT_IMPORTANCE;
    const weight = IMPORTANCE_WEIGHT[importance];
    const rating = ratings.get(req.skill);
    const current = rating?.level ?? 0;
    const gap = Math.max(0, req.level - current);
    reached += weight * Math.min(current, req.level);
    total += weight * req.level;
    breakdown[importance].required++;
    if (gap === 0) breakdown[importance].met++;
    rows.push({ skill: req.skill, required: req.level, current, gap, importance, weight, ...(rating?.source ? { source: rating.source } : {}) });
  }
  rows.sort((a, b) => b.gap - a.gap || b.weight - a.weight || a.skill.localeCompare(b.skill));
  const strengths = [...ratings]
    .filter(([skill, rating]) => !required.has(skill) && rating.level > 0)
    .map(([skill, rating]) => ({ skill, current: rating.level, ...(rating.source ? { source: rating.source } : {}) }))
    .sort((a, b) => b.current - a.current || a.skill.localeCompare(b.skill));
  return { target: targetId, rows, readiness: total === 0 ? 1 : reached / total, breakdown, strengths };
}

/** Total proficiency steps missing from one role's requirements to another's (for routes). */
export function roleGapSteps(index: FrameworkIndex, fromRole: string, toRole: string): number {
  const have = index.requirements(fromRole);
  let steps = 0;
  for (const req of index.requirements(toRole).values()) {
    steps += Math.max(0, req.level - (have.get(req.skill)?.level ?? 0));
  }
  return steps;
}
