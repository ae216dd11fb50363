import type { Move, Problem, Profile, ProficiencyStep } from '../format/types.js';
import { validateProfile } from '../format/validate.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { competencyGap, withCompetencyLevel, type CompetencyGapResult } from '../model/competency-gap.js';
import { profileFromRole } from '../model/skill-gap.js';
import { gapView, levelSteps, NO_LEVEL_LABEL, OTHER_CATEGORY, withRating, type GapView } from './gap-view.js';
import { learningPlan, type LearningPlan } from '../model/learning-plan.js';

/**
 * What `<skill-gap>` shows instead of a gap: problems with its input (under `title`, an English
 * message the element translates), or the prompt to choose a target.
 */
export type GapMessage = { kind: 'message'; title: string; problems: Problem[] } | { kind: 'empty' };

/** The words the model puts into labels, in the element's language. */
export interface GapWords {
  /** The label of "no level" (value 0). */
  none: string;
  /** The person when the profile has no name and no role. */
  yourProfile: string;
  /** The category of skills that declare none. */
  other: string;
}

const ENGLISH_WORDS: GapWords = { none: NO_LEVEL_LABEL, yourProfile: 'Your profile', other: OTHER_CATEGORY };

/** Everything `<skill-gap>` draws when it has a person and a target. */
export interface GapModel {
  kind: 'ready';
  view: GapView;
  plan: LearningPlan;
  steps: ProficiencyStep[];
  fromLabel: string;
  targetLabel: string;
  focusLabel?: string;
  /** The framework's declared move from the person's role to the target, if any. */
  move?: Move;
  /** Profile skills that are not in the framework. */
  unknownSkills: Problem[];
  /** The levels shown are the user's what-if, not the input's. */
  whatIf: boolean;
  /** The competency gap, when the framework describes competencies. */
  competencies?: CompetencyGapResult;
  /**
   * Show the skills sections (readiness, chart, strengths, plan): the target lists skills, or
   * nothing else describes the gap. A competency-only target shows its competencies alone.
   */
  showSkills: boolean;
  /** The framework describes neither skills nor competency expectations for the target. */
  undescribed: boolean;
}

/** The person, target and focus in effect (the element's own values, else the provider's). */
export interface GapInputs {
  role?: string;
  target?: string;
  profile?: Profile;
  focus?: string;
}

/** A what-if session: the user's changed profile, the input it started from, and the row order. */
export interface WhatIf {
  basis: Profile | string;
  baseline: Profile;
  profile: Profile;
  order: string[];
  target: string;
  focus?: string;
}

const profileChecks = new WeakMap<object, WeakMap<object, ReturnType<typeof validateProfile>>>();

/** validateProfile, remembered per (profile, framework) object pair. */
export function checkProfile(profile: unknown, index: FrameworkIndex): ReturnType<typeof validateProfile> {
  if (typeof profile !== 'object' || profile === null) return validateProfile(profile, index.framework);
  let byFramework = profileChecks.get(profile);
  if (!byFramework) profileChecks.set(profile, (byFramework = new WeakMap()));
  let result = byFramework.get(index.framework);
  if (!result) byFramework.set(index.framework, (result = validateProfile(profile, index.framework)));
  return result;
}

function unknownRole(field: 'current-role' | 'target', id: string): Problem {
  const what = field === 'current-role' ? 'current role' : 'target role';
  return { path: field, code: `unknown-${field}`, message: `the ${what} "${id}" is not in this framework` };
}

/** The what-if session still applies: same target, focus and input as when it started. */
export function isActive(session: WhatIf | undefined, inputs: GapInputs): session is WhatIf {
  const basis = inputs.profile ?? inputs.role;
  return !!session && session.target === inputs.target && session.focus === inputs.focus && (session.basis === basis || session.profile === inputs.profile);
}

/**
 * What `<skill-gap>` shows for its inputs: the gap (with the what-if session's levels when it
 * still applies), or the problems that keep it from being shown. Pure: no DOM, input never mutated.
 */
export function gapModel(index: FrameworkIndex, inputs: GapInputs, session?: WhatIf, words: GapWords = ENGLISH_WORDS): GapModel | GapMessage {
  const { role, target, profile, focus } = inputs;
  const problems: Problem[] = [];
  if (role && !index.role(role)) problems.push(unknownRole('current-role', role));
  if (!target) {
    if (problems.length) return { kind: 'message', title: 'The skill gap could not be shown', problems };
    return { kind: 'empty' };
  }
  const targetRole = index.role(target);
  if (!targetRole) problems.push(unknownRole('target', target));
  const area = focus ? targetRole?.focusAreas?.find((a) => a.id === focus) : undefined;
  if (targetRole && focus && !area) {
    const known = (targetRole.focusAreas ?? []).map((a) => `"${a.id}"`).join(', ');
    problems.push({ path: 'focus', code: 'unknown-focus', message: `focus area "${focus}" is not one of ${targetRole.title}'s${known ? ` (${known})` : ' (it has none)'}` });
  }
  const check = profile !== undefined ? checkProfile(profile, index) : undefined;
  if (check && !check.valid) {
    return { kind: 'message', title: 'This profile could not be used', problems: [...problems, ...check.errors] };
  }
  if (!profile && !role) problems.push({ path: 'current-role', code: 'no-person', message: 'set a current role or a profile to compare with the target' });
  if (problems.length) return { kind: 'message', title: 'The skill gap could not be shown', problems };

  const active = isActive(session, inputs);
  const view = gapView(index, active ? session.profile : (profile ?? role!), target, {
    focus,
    none: words.none,
    other: words.other,
    ...(active ? { baseline: session.baseline, order: session.order } : {}),
  });
  const fromRole = role ?? profile?.role;
  const move = fromRole ? index.move(fromRole, target)?.source : undefined;
  const competencies = index.framework.competencies?.length
    ? competencyGap(index, { role, profile: active ? session.profile : profile }, target)
    : undefined;
  const hasCompetencyRows = (competencies?.rows.length ?? 0) > 0;
  const plan = learningPlan(
    view.result.rows.map((row) => ({ skill: row.skill, steps: row.gap })),
    index.framework.learning ?? [],
  );
  return {
    kind: 'ready',
    view,
    plan,
    steps: levelSteps(index, words.none),
    fromLabel: profile ? (profile.name ?? (fromRole ? index.role(fromRole)?.title : undefined) ?? words.yourProfile) : index.role(role!)!.title,
    targetLabel: targetRole!.title,
    ...(area ? { focusLabel: area.label } : {}),
    ...(move ? { move } : {}),
    unknownSkills: check?.warnings.filter((w) => w.code === 'unknown-skill') ?? [],
    whatIf: active,
    ...(competencies ? { competencies } : {}),
    showSkills: view.rows.length > 0 || !hasCompetencyRows,
    undescribed: view.rows.length === 0 && !hasCompetencyRows,
  };
}

/**
 * The what-if session after the user set one skill's current level: the running session (when
 * it still applies) or a new one that starts from the input, keeping the rows' present order.
 * Undefined when nothing changes.
 */
export function whatIfWithLevel(index: FrameworkIndex, model: GapModel, inputs: GapInputs, session: WhatIf | undefined, skill: string, level: number): WhatIf | undefined {
  const row = model.view.rows.find((r) => r.skill === skill);
  if (!row || row.current === level || !inputs.target) return undefined;
  const running = runningWhatIf(index, model, inputs, session);
  return { ...running, profile: withRating(running.profile, skill, level) };
}

/** The what-if session after the user set one competency's level (a level id; undefined: none). */
export function whatIfWithCompetency(index: FrameworkIndex, model: GapModel, inputs: GapInputs, session: WhatIf | undefined, competency: string, level: string | undefined): WhatIf | undefined {
  const row = model.competencies?.rows.find((r) => r.competency === competency);
  if (!row || row.current?.id === level || !inputs.target) return undefined;
  const running = runningWhatIf(index, model, inputs, session);
  return { ...running, profile: withCompetencyLevel(running.profile, competency, level) };
}

/** The running what-if session, or a new one starting from the input with the rows' present order. */
function runningWhatIf(index: FrameworkIndex, model: GapModel, inputs: GapInputs, session: WhatIf | undefined): WhatIf {
  if (isActive(session, inputs)) return session;
  const start = (): Profile => inputs.profile ?? profileFromRole(index, inputs.role!);
  return {
    basis: inputs.profile ?? inputs.role!,
    baseline: start(),
    profile: start(),
    order: model.view.rows.map((r) => r.skill),
    target: inputs.target!,
    ...(inputs.focus ? { focus: inputs.focus } : {}),
  };
}
