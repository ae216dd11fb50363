/**
 * What a move asks — the skills to build and the competency expectations that change — loaded on
 * first use (a file of its own beside the bundle) when the map first focuses a role: a map that is
 * only browsed never downloads it. The move cards show it (mobility-map-panel.ts).
 */
import { ENGLISH, type Localizer } from '../base/localize.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { changingCompetencies, roleLevelDiff, type CompetencyLevelDiff } from '../model/level-diff.js';
import { skillGap } from '../model/skill-gap.js';

/** The skills to build for a move, as "Python: Working → Advanced" lines. */
export function skillsToBuild(index: FrameworkIndex, from: string, to: string, l10n: Localizer = ENGLISH): string[] {
  return skillGap(index, from, to)
    .rows.filter((row) => row.gap > 0)
    .map((row) => {
      const name = index.skill(row.skill)?.label ?? row.skill;
      const before = row.current > 0 ? index.proficiencyLabel(row.current) : l10n.t('none');
      return `${name}: ${before} → ${index.proficiencyLabel(row.required)} (${row.required})`;
    });
}

/**
 * What a move asks in competency terms: the competencies whose expectations change from the
 * origin role (in its family and track) to the destination (in its own), with the destination's
 * added and changed behaviours. `described` is false when the framework states competency
 * expectations for neither role.
 */
export function competenciesToBuild(index: FrameworkIndex, from: string, to: string): { described: boolean; changes: CompetencyLevelDiff[] } {
  const origin = index.role(from);
  const destination = index.role(to);
  if (!origin || !destination || !index.framework.competencies?.length) return { described: false, changes: [] };
  const diff = roleLevelDiff(index.framework, origin, destination);
  return { described: !(diff.fromHasNone && diff.toHasNone), changes: changingCompetencies(diff) };
}

/** What a move asks, in words for the card and the table: skills, competencies, or that the framework does not say. */
export function moveAsks(index: FrameworkIndex, from: string, to: string, l10n: Localizer = ENGLISH): MoveAsks {
  const skills = skillsToBuild(index, from, to, l10n);
  const competencies = competenciesToBuild(index, from, to);
  const describesSkills = index.requirements(to).size > 0;
  return { skills, describesSkills, competencies, described: describesSkills || competencies.described };
}

/** What a move asks, in words for the card and the table. */
export interface MoveAsks {
  /** "Python: Working → Advanced (3)" lines. */
  skills: string[];
  /** The destination states skill requirements. */
  describesSkills: boolean;
  competencies: { described: boolean; changes: CompetencyLevelDiff[] };
  /** The framework says something about what the move takes. */
  described: boolean;
}
