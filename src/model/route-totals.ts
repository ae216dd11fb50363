import type { Profile, RequirementKind } from '../format/types.js';
import { learningPlan, type LearningPlan } from './learning-plan.js';
import { competencyChanges, type CompetencyChange } from './competency-changes.js';
import type { FrameworkIndex } from './framework-index.js';
import { isInferred } from './inferred-move.js';
import { payChange, type PayChange } from './pay.js';
import type { Route } from './routes.js';
import { ratingsOf } from './skill-gap.js';

/** A skill to build on a route: from the current level to the highest level any later role on it requires. */
export interface RouteSkill {
  skill: string;
  current: number;
  required: number;
  /** `required − current`. */
  steps: number;
  /** The first role on the route that requires `required`. */
  at: string;
}

/** A requirement met on the way: a declared move's requirement, or a role's entry requirement. */
export interface RouteRequirement {
  label: string;
  kind: RequirementKind;
  /** The role the requirement leads into. */
  at: string;
}

export interface RouteTotals {
  moves: number;
  /** Moves on the route that the model inferred. */
  inferredMoves: number;
  /** Every skill to build, each counted once, to the highest level the route asks for; largest gap first. */
  skills: RouteSkill[];
  /** Sum of `skills[].steps`. */
  skillSteps: number;
  /** Competency expectations the later roles add (none when the framework has no competencies). */
  competencies: CompetencyChange[];
  /** Move requirements and entry requirements along the route, each label once. */
  requirements: RouteRequirement[];
  /** How many of `requirements` are certifications. */
  certifications: number;
  /** A learning plan for `skills` over the framework's learning resources. */
  learning: LearningPlan;
  /** Sum of the moves' `typicalMonths` that are known. */
  months: number;
  /** Moves without `typicalMonths` (not counted in `months`). */
  monthsUnknown: number;
  /** Band midpoint change from the first role to the last in the region, when both have bands. */
  pay?: PayChange;
  /** Moves that lower the band midpoint on the way. */
  payCuts: number;
  region?: string;
}

export interface RouteTotalsOptions {
  /** Pay region (default: the framework's first region). */
  region?: string;
  /** The person's skills; default: the first role's own requirements. */
  profile?: Profile;
}

/** What a whole route takes and gives: skills, competencies, requirements, learning, time and pay. Pure. */
export function routeTotals(index: FrameworkIndex, route: Route, options: RouteTotalsOptions = {}): RouteTotals {
  const [start, ...later] = route.roles;
  const current = options.profile ? new Map([...ratingsOf(options.profile)].map(([skill, r]) => [skill, r.level])) : new Map([...index.requirements(start)].map(([skill, req]) => [skill, req.level]));

  const needed = new Map<string, { level: number; at: string }>();
  for (const roleId of later) {
    for (const req of index.requirements(roleId).values()) {
      const known = needed.get(req.skill);
      if (!known || req.level > known.level) needed.set(req.skill, { level: req.level, at: roleId });
    }
  }
  const skills: RouteSkill[] = [];
  for (const [skill, { level, at }] of needed) {
    const have = current.get(skill) ?? 0;
    if (level > have) skills.push({ skill, current: have, required: level, steps: level - have, at });
  }
  skills.sort((a, b) => b.steps - a.steps || a.skill.localeCompare(b.skill));

  const requirements: RouteRequirement[] = [];
  const labels = new Set<string>();
  const addRequirement = (label: string, kind: RequirementKind, at: string) => {
    if (labels.has(label)) return;
    labels.add(label);
    requirements.push({ label, kind, at });
  };
  let months = 0;
  let monthsUnknown = 0;
  let payCuts = 0;
  const region = options.region ?? index.regions()[0];
  for (const move of route.moves) {
    for (const req of move.source?.requirements ?? []) addRequirement(req.label, req.kind ?? 'other', move.to);
    for (const label of index.role(move.to)?.entryRequirements ?? []) addRequirement(label, 'other', move.to);
    const typical = move.source?.typicalMonths;
    if (typeof typical === 'number') months += typical;
    else monthsUnknown++;
    if (region !== undefined && (payChange(index, move.from, move.to, region)?.delta ?? 0) < 0) payCuts++;
  }

  return {
    moves: route.moves.length,
    inferredMoves: route.moves.filter(isInferred).length,
    skills,
    skillSteps: skills.reduce((sum, s) => sum + s.steps, 0),
    competencies: competencyChanges(index, route.roles),
    requirements,
    certifications: requirements.filter((r) => r.kind === 'certification').length,
    learning: learningPlan(skills, index.framework.learning ?? []),
    months,
    monthsUnknown,
    ...(region !== undefined && route.roles.length > 1 ? optional('pay', payChange(index, start, route.roles[route.roles.length - 1], region)) : {}),
    payCuts,
    ...(region !== undefined ? { region } : {}),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
