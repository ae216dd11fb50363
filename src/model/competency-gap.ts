import type { Level, Profile, RatingSource, Role } from '../format/types.js';
import { RATING_SOURCES } from '../format/vocabulary.js';
import type { FrameworkIndex } from './framework-index.js';
import { behavioursAt, pairBehaviours, roleScope, type BehaviourChange } from './level-diff.js';

/** A target behaviour as a checklist item: `same` when the person's current level states it too. */
export interface ChecklistItem {
  text: string;
  change: Exclude<BehaviourChange, 'dropped'>;
}

export interface CompetencyGapRow {
  competency: string;
  label: string;
  /** The level the person operates at in this competency (undefined: none on record). */
  current?: Level;
  /** Where `current` came from: the profile's rating, or the current role's level standing in. */
  source?: RatingSource;
  /** The target role's level: what its expectations are stated at. */
  required: Level;
  /** Levels still to climb, by rank order (0 when at or above the target level). */
  gap: number;
  met: boolean;
  /** The target's behaviours for this competency, marked against the current level's. */
  checklist: ChecklistItem[];
}

export interface CompetencyGapResult {
  target: string;
  rows: CompetencyGapRow[];
  /** 0..1, the share of rows whose current level is at or above the target's (1 with no rows). */
  readiness: number;
  met: number;
}

/**
 * The level a person operates at in each competency: the profile's `competencies` ratings (when
 * one competency is rated by several sources, certified wins, then manager, self, inferred) —
 * unknown levels left out.
 */
export function competencyRatings(index: FrameworkIndex, profile: Profile | undefined): Map<string, { level: Level; source?: RatingSource }> {
  const trust = (source: RatingSource | undefined) => RATING_SOURCES[source ?? 'inferred'].trust;
  const out = new Map<string, { level: Level; source?: RatingSource }>();
  for (const rating of profile?.competencies ?? []) {
    const level = index.level(rating.level);
    if (!level) continue;
    const existing = out.get(rating.competency);
    if (!existing || trust(rating.source) > trust(existing.source)) {
      out.set(rating.competency, { level, ...(rating.source ? { source: rating.source } : {}) });
    }
  }
  return out;
}

/**
 * The competency gap from a person to a target role. Rows are the competencies the target expects
 * at its level (in its family and track), in the framework's order. A row's current level is the
 * profile's rating of that competency, else the current role's level (`inferred`) — without a
 * profile the current role's level stands in for every competency — else none.
 *
 * readiness = (rows whose current level ranks at or above the target's level) / (rows);
 * 1 when the target expects no competency. Each target behaviour is a checklist item, `same` when
 * the person's current level states it too (levelDiff's pairing rule), else `changed` or `added`.
 */
export function competencyGap(index: FrameworkIndex, person: { role?: string; profile?: Profile }, targetId: string): CompetencyGapResult {
  const target = index.role(targetId);
  if (!target) return { target: targetId, rows: [], readiness: 1, met: 0 };
  const framework = index.framework;
  const required = index.level(target.level)!;
  const roleId = person.role ?? person.profile?.role;
  const role: Role | undefined = roleId ? index.role(roleId) : undefined;
  const ratings = competencyRatings(index, person.profile);
  const order = index.levels;
  const position = (level: Level | undefined) => (level ? order.indexOf(level) + 1 : 0);
  const scope = role ? roleScope(role) : roleScope(target);

  const rows: CompetencyGapRow[] = behavioursAt(framework, [target.level], roleScope(target)).map((expected) => {
    const rated = ratings.get(expected.competency);
    const current = rated?.level ?? (role ? index.level(role.level) : undefined);
    const source: RatingSource | undefined = rated ? rated.source : current ? 'inferred' : undefined;
    const gap = Math.max(0, position(required) - position(current));
    const stated = current ? (behavioursAt(framework, [current.id], scope).find((c) => c.competency === expected.competency)?.behaviours ?? []) : [];
    const checklist = pairBehaviours(stated, expected.behaviours)
      .filter((d) => d.change !== 'dropped')
      .map((d): ChecklistItem => ({ text: d.text, change: d.change as ChecklistItem['change'] }));
    return { competency: expected.competency, label: expected.label, ...(current ? { current } : {}), ...(source ? { source } : {}), required, gap, met: gap === 0 && current !== undefined, checklist };
  });
  const met = rows.filter((row) => row.met).length;
  return { target: targetId, rows, readiness: rows.length === 0 ? 1 : met / rows.length, met };
}

/**
 * A new profile with one competency's level set by the user (what-if): its ratings are replaced
 * by one without a source, or removed for `undefined` ("None"). Never mutates the input.
 */
export function withCompetencyLevel(profile: Profile, competency: string, level: string | undefined): Profile {
  const kept = (profile.competencies ?? []).filter((rating) => rating.competency !== competency);
  return { ...profile, competencies: level ? [...kept, { competency, level }] : kept };
}
