import { ENGLISH, type Localizer } from '../base/localize.js';
import type { Profile, ProficiencyStep, RatingSource } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { ratingsOf, skillGap, type SkillGapResult, type SkillGapRow } from '../model/skill-gap.js';

/** The label of "no rating on record" (value 0), below the framework's first step. */
export const NO_LEVEL_LABEL = 'None';

/** Self and manager ratings this many steps apart (or more) flag the row. */
export const CONFLICT_STEPS = 2;

/** The category of skills that declare none. */
export const OTHER_CATEGORY = 'Other';

export interface SourceConflict {
  self: number;
  manager: number;
  /** How many steps of the scale apart the two ratings are. */
  steps: number;
}

export interface GapRowView extends SkillGapRow {
  label: string;
  category: string;
  currentLabel: string;
  requiredLabel: string;
  /** Self and manager disagree by CONFLICT_STEPS or more. */
  conflict?: SourceConflict;
  /** The rating before the user's what-if, when the what-if changed this skill. */
  was?: { level: number; label: string; source?: RatingSource };
}

export interface GapGroupView {
  category: string;
  rows: GapRowView[];
  /** The group's total gap steps (groups are ordered by it). */
  gap: number;
}

export interface StrengthView {
  skill: string;
  label: string;
  current: number;
  currentLabel: string;
  source?: RatingSource;
}

export interface GapView {
  result: SkillGapResult;
  /** Every row, in display order: groups by total gap, rows by gap inside a group. */
  rows: GapRowView[];
  groups: GapGroupView[];
  strengths: StrengthView[];
}

/** The steps a current level can take: "None" (0), then the framework's scale. */
export function levelSteps(index: FrameworkIndex, none = NO_LEVEL_LABEL): ProficiencyStep[] {
  return [{ value: 0, label: none }, ...index.scale];
}

export function levelLabel(index: FrameworkIndex, value: number, none = NO_LEVEL_LABEL): string {
  return value === 0 ? none : index.proficiencyLabel(value);
}

/** The position of a value on the steps (for distances in steps on any scale). */
function stepPosition(steps: readonly ProficiencyStep[], value: number): number {
  const i = steps.findIndex((step) => step.value === value);
  return i >= 0 ? i : value;
}

/**
 * The skills whose self and manager ratings are CONFLICT_STEPS or more steps apart. When a
 * source rates a skill more than once, its last rating counts.
 */
export function sourceConflicts(profile: Profile, steps: readonly ProficiencyStep[]): Map<string, SourceConflict> {
  const bySource = new Map<string, { self?: number; manager?: number }>();
  for (const rating of profile.skills) {
    if (rating.source !== 'self' && rating.source !== 'manager') continue;
    const entry = bySource.get(rating.skill) ?? {};
    entry[rating.source] = rating.level;
    bySource.set(rating.skill, entry);
  }
  const conflicts = new Map<string, SourceConflict>();
  for (const [skill, { self, manager }] of bySource) {
    if (self === undefined || manager === undefined) continue;
    const distance = Math.abs(stepPosition(steps, self) - stepPosition(steps, manager));
    if (distance >= CONFLICT_STEPS) conflicts.set(skill, { self, manager, steps: distance });
  }
  return conflicts;
}

/**
 * A new profile with one skill's current level set by the user (what-if): the skill's ratings
 * are replaced by one rating without a source, or removed for level 0 ("None").
 * The input profile is never mutated.
 */
export function withRating(profile: Profile, skill: string, level: number): Profile {
  const skills = profile.skills.filter((rating) => rating.skill !== skill);
  return { ...profile, skills: level > 0 ? [...skills, { skill, level }] : skills };
}

/** How a row reads to a screen reader: "SQL: current Working, required Practitioner, gap 1". */
export function rowSentence(row: Pick<GapRowView, 'label' | 'currentLabel' | 'requiredLabel' | 'gap'>, l10n: Localizer = ENGLISH): string {
  return l10n.t('{skill}: current {current}, required {required}, gap {gap}', { skill: row.label, current: row.currentLabel, required: row.requiredLabel, gap: row.gap });
}

/**
 * The skill gap from a person (profile, or a role id for that role's requirements) to a target,
 * with labels on the framework's scale, source conflicts, what-if changes against `baseline`,
 * and rows grouped by skill category. The gap itself is the model's `skillGap`.
 * `order` (skill ids) keeps a given row order instead — during a what-if, so the row being
 * changed does not jump away from the user's pointer and focus.
 */
export function gapView(
  index: FrameworkIndex,
  from: Profile | string,
  target: string,
  options: { focus?: string; baseline?: Profile; order?: readonly string[]; none?: string; other?: string } = {},
): GapView {
  const result = skillGap(index, from, target, { focus: options.focus });
  const steps = levelSteps(index, options.none);
  const label = (value: number) => levelLabel(index, value, options.none);
  const conflicts = typeof from === 'string' ? new Map<string, SourceConflict>() : sourceConflicts(from, steps);
  const before = options.baseline ? ratingsOf(options.baseline) : undefined;
  const now = before && typeof from !== 'string' ? ratingsOf(from) : undefined;

  const groups = new Map<string, GapGroupView>();
  for (const row of result.rows) {
    const skill = index.skill(row.skill);
    const category = skill?.category ?? options.other ?? OTHER_CATEGORY;
    const view: GapRowView = {
      ...row,
      label: skill?.label ?? row.skill,
      category,
      currentLabel: label(row.current),
      requiredLabel: label(row.required),
    };
    const conflict = conflicts.get(row.skill);
    if (conflict) view.conflict = conflict;
    const previous = before?.get(row.skill);
    if (now && (previous?.level ?? 0) !== (now.get(row.skill)?.level ?? 0)) {
      view.was = { level: previous?.level ?? 0, label: label(previous?.level ?? 0), ...(previous?.source ? { source: previous.source } : {}) };
    }
    let group = groups.get(category);
    if (!group) groups.set(category, (group = { category, rows: [], gap: 0 }));
    group.rows.push(view);
    group.gap += row.gap;
  }
  let ordered: GapGroupView[];
  if (options.order) {
    const position = new Map(options.order.map((skill, i) => [skill, i]));
    const at = (skill: string) => position.get(skill) ?? position.size;
    for (const group of groups.values()) group.rows.sort((a, b) => at(a.skill) - at(b.skill));
    ordered = [...groups.values()].sort((a, b) => at(a.rows[0].skill) - at(b.rows[0].skill));
  } else {
    const categoryOrder = new Map<string, number>();
    for (const skill of index.framework.skills ?? []) {
      const category = skill.category ?? OTHER_CATEGORY;
      if (!categoryOrder.has(category)) categoryOrder.set(category, categoryOrder.size);
    }
    ordered = [...groups.values()].sort(
      (a, b) => b.gap - a.gap || (categoryOrder.get(a.category) ?? categoryOrder.size) - (categoryOrder.get(b.category) ?? categoryOrder.size),
    );
  }
  return { result, rows: ordered.flatMap((g) => g.rows), groups: ordered, strengths: strengthsOf(index, result, label) };
}

/** Transferable strengths with labels. Skills unknown to the framework are not strengths (listed apart). */
function strengthsOf(index: FrameworkIndex, result: SkillGapResult, label: (value: number) => string): StrengthView[] {
  return result.strengths
    .filter((s) => index.skill(s.skill))
    .map((s) => ({ ...s, label: index.skill(s.skill)!.label, currentLabel: label(s.current) }));
}
