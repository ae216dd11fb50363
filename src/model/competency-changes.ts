import type { Role } from '../format/types.js';
import type { FrameworkIndex } from './framework-index.js';

/** A competency whose expectations change between two roles: the behaviours the later role adds. */
export interface CompetencyChange {
  competency: string;
  label: string;
  /** Behaviours expected in the later role(s) and not in the first one. */
  added: string[];
}

/**
 * The behaviours each competency expects of a role: the expectations at the role's level whose
 * track is unset or the role's, and whose families are unset or include the role's family.
 */
export function roleExpectations(index: FrameworkIndex, role: Role): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const competency of index.framework.competencies ?? []) {
    for (const expectation of competency.expectations ?? []) {
      if (expectation.level !== role.level) continue;
      if (expectation.track !== undefined && expectation.track !== role.track) continue;
      if (expectation.families && !expectation.families.includes(role.family)) continue;
      let set = out.get(competency.id);
      if (!set) out.set(competency.id, (set = new Set()));
      for (const text of expectation.behaviours) set.add(text);
    }
  }
  return out;
}

/**
 * COMPETENCY HOOK — the competency expectation changes along a sequence of roles, each behaviour
 * counted once: what the roles after the first expect, per competency, that the first role does
 * not. Frameworks without competencies give none. (When the competency model's `levelDiff` lands,
 * this hook is where routes take it up; the contract — changes per competency — stays.)
 */
export function competencyChanges(index: FrameworkIndex, roleIds: readonly string[]): CompetencyChange[] {
  if (!index.framework.competencies?.length || roleIds.length < 2) return [];
  const roles = roleIds.map((id) => index.role(id)).filter((role): role is Role => !!role);
  if (roles.length < 2) return [];
  const start = roleExpectations(index, roles[0]);
  const added = new Map<string, Set<string>>();
  for (const role of roles.slice(1)) {
    for (const [competency, behaviours] of roleExpectations(index, role)) {
      const before = start.get(competency);
      for (const text of behaviours) {
        if (before?.has(text)) continue;
        let set = added.get(competency);
        if (!set) added.set(competency, (set = new Set()));
        set.add(text);
      }
    }
  }
  return (index.framework.competencies ?? [])
    .filter((competency) => added.has(competency.id))
    .map((competency) => ({ competency: competency.id, label: competency.label, added: [...added.get(competency.id)!] }));
}
