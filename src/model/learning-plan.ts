import type { LearningResource } from '../format/types.js';

/** One skill still short of the target, and by how many proficiency steps. */
export interface PlanGap {
  skill: string;
  steps: number;
}

/** One chosen resource and the gap it closes. */
export interface PlanStep {
  resource: LearningResource;
  /** The hours the choice was costed at (the resource's own, or the fallback when it has none). */
  hours: number;
  /** True when the resource gives no hours and `hours` is the fallback. */
  estimated: boolean;
  /** The gap skills this resource covers that no earlier step covered, with their steps. */
  covers: PlanGap[];
  /** Gap steps covered per hour: the ratio the greedy choice maximised. */
  ratio: number;
}

export interface LearningPlan {
  steps: PlanStep[];
  totalHours: number;
  /** Gap steps the plan covers, of all gap steps. */
  coveredSteps: number;
  totalSteps: number;
  /** Gap skills no resource covers. */
  uncovered: PlanGap[];
}

/** The median of the given hours, or 10 when none are given: the cost of a resource without hours. */
export function fallbackHours(resources: readonly LearningResource[]): number {
  const known = resources
    .map((r) => r.hours)
    .filter((h): h is number => typeof h === 'number' && h > 0)
    .sort((a, b) => a - b);
  if (known.length === 0) return 10;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 === 1 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

/**
 * A learning plan for a skill gap by greedy weighted set cover.
 *
 * A resource *covers* a gap skill when it lists that skill in its `skills`; covering closes the
 * skill's whole gap. Each step picks, among the resources not yet chosen, the one with the best
 * ratio (gap steps it covers among the skills still open) / hours; ties go to fewer hours, then
 * to the resource id. The skills it covers are closed, and the loop repeats until no resource
 * covers an open skill. Greedy cover is within a factor ln(n) of the cheapest cover and, unlike
 * the exact problem, runs in O(resources² · skills) — instant for any real framework.
 * Pure: the inputs are never mutated.
 */
export function learningPlan(gaps: readonly PlanGap[], resources: readonly LearningResource[]): LearningPlan {
  const open = new Map<string, number>();
  for (const gap of gaps) if (gap.steps > 0) open.set(gap.skill, (open.get(gap.skill) ?? 0) + gap.steps);
  const totalSteps = [...open.values()].reduce((sum, steps) => sum + steps, 0);
  const fallback = fallbackHours(resources);
  const remaining = resources.filter((r) => (r.skills ?? []).some((skill) => open.has(skill)));
  const steps: PlanStep[] = [];

  for (;;) {
    let best: PlanStep | undefined;
    for (const resource of remaining) {
      const covers = [...new Set(resource.skills ?? [])]
        .filter((skill) => open.has(skill))
        .map((skill) => ({ skill, steps: open.get(skill)! }));
      const covered = covers.reduce((sum, c) => sum + c.steps, 0);
      if (covered === 0) continue;
      const estimated = !(typeof resource.hours === 'number' && resource.hours >= 0);
      const hours = estimated ? fallback : resource.hours!;
      const ratio = hours === 0 ? Number.POSITIVE_INFINITY : covered / hours;
      const candidate = { resource, hours, estimated, covers, ratio };
      if (!best || isBetter(candidate, best)) best = candidate;
    }
    if (!best) break;
    steps.push(best);
    remaining.splice(remaining.indexOf(best.resource), 1);
    for (const { skill } of best.covers) open.delete(skill);
  }

  const uncovered = [...open].map(([skill, s]) => ({ skill, steps: s }));
  return {
    steps,
    totalHours: steps.reduce((sum, step) => sum + step.hours, 0),
    coveredSteps: totalSteps - uncovered.reduce((sum, gap) => sum + gap.steps, 0),
    totalSteps,
    uncovered,
  };
}

function isBetter(a: PlanStep, b: PlanStep): boolean {
  if (a.ratio !== b.ratio) return a.ratio > b.ratio;
  if (a.hours !== b.hours) return a.hours < b.hours;
  return a.resource.id < b.resource.id;
}
