import type { Role } from '../format/types.js';
import type { FrameworkIndex } from './framework-index.js';
import { roleLevelDiff } from './level-diff.js';

/** A competency whose expectations change along a route: the behaviours the later roles add or reword. */
export interface CompetencyChange {
  competency: string;
  label: string;
  /** Behaviours new at some move of the route (levelDiff's `added`). */
  added: string[];
  /** Behaviours reworded at some move of the route (levelDiff's `changed`), in the later wording. */
  changed: string[];
}

/**
 * The competency expectation changes along a sequence of roles: `levelDiff` between each role and
 * the next (in each role's family and track), each behaviour counted once across the sequence.
 * Frameworks without competencies give none.
 */
export function competencyChanges(index: FrameworkIndex, roleIds: readonly string[]): CompetencyChange[] {
  if (!index.framework.competencies?.length) return [];
  const roles = roleIds.map((id) => index.role(id)).filter((role): role is Role => !!role);
  const found = new Map<string, CompetencyChange>();
  for (let i = 1; i < roles.length; i++) {
    for (const competency of roleLevelDiff(index.framework, roles[i - 1], roles[i]).competencies) {
      for (const behaviour of competency.behaviours) {
        if (behaviour.change !== 'added' && behaviour.change !== 'changed') continue;
        let change = found.get(competency.competency);
        if (!change) found.set(competency.competency, (change = { competency: competency.competency, label: competency.label, added: [], changed: [] }));
        const list = change[behaviour.change];
        if (!change.added.includes(behaviour.text) && !change.changed.includes(behaviour.text)) list.push(behaviour.text);
      }
    }
  }
  return (index.framework.competencies ?? []).flatMap((competency) => found.get(competency.id) ?? []);
}
