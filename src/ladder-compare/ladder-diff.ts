import type { Framework, Level } from '../format/types.js';

/** What a column shows: a family, a track, or both. */
export interface ColumnFilter {
  family?: string;
  track?: string;
}

/** The behaviours one competency expects, before comparison. */
export interface CompetencyBehaviours {
  competency: string;
  label: string;
  behaviours: string[];
}

/** A behaviour or milestone after comparison with the level below and the other columns. */
export interface DiffItem {
  text: string;
  /** Not expected at the level below in the same column. False when there is no level below. */
  isNew: boolean;
  /** Not expected in any other column of the row. False when no other column is comparable. */
  differs: boolean;
}

export interface CompetencyDiff {
  competency: string;
  label: string;
  /** The competency is not expected at all at the level below (false when there is none). */
  isNew: boolean;
  /** No other column of the row expects this competency (false when none is comparable). */
  differs: boolean;
  items: DiffItem[];
}

/**
 * The competency expectations that apply to a column at some levels. An expectation applies when
 * its level is one of them, its track is unset or the column's (a column without a track takes
 * every track's), and its families are unset or include the column's family.
 */
export function expectationsAt(framework: Framework, levels: readonly Level[], filter: ColumnFilter): CompetencyBehaviours[] {
  const ids = new Set(levels.map((l) => l.id));
  const out: CompetencyBehaviours[] = [];
  for (const competency of framework.competencies ?? []) {
    const behaviours: string[] = [];
    for (const expectation of competency.expectations ?? []) {
      if (!ids.has(expectation.level)) continue;
      if (expectation.track !== undefined && filter.track !== undefined && expectation.track !== filter.track) continue;
      if (expectation.families && filter.family !== undefined && !expectation.families.includes(filter.family)) continue;
      for (const text of expectation.behaviours) if (!behaviours.includes(text)) behaviours.push(text);
    }
    if (behaviours.length > 0) out.push({ competency: competency.id, label: competency.label, behaviours });
  }
  return out;
}

/**
 * Marks each text as new (absent from `below`) and differing (absent from every list in
 * `others`). `below` undefined means there is no level below: nothing is marked new. An empty
 * `others` means there is nothing to differ from: nothing is marked differing.
 */
export function diffTexts(texts: readonly string[], below: ReadonlySet<string> | undefined, others: readonly ReadonlySet<string>[]): DiffItem[] {
  return texts.map((text) => ({
    text,
    isNew: below !== undefined && !below.has(text),
    differs: others.length > 0 && others.every((set) => !set.has(text)),
  }));
}

/** Every behaviour text of a set of competency expectations. */
export function behaviourSet(groups: readonly CompetencyBehaviours[]): Set<string> {
  return new Set(groups.flatMap((g) => g.behaviours));
}

/**
 * Competency expectations compared with the level below and with the other columns of the row,
 * at two grains: whole competencies (first expected at this level; expected in no other column)
 * and single behaviours (text absent below; text absent from every other column).
 */
export function diffExpectations(
  groups: readonly CompetencyBehaviours[],
  below: readonly CompetencyBehaviours[] | undefined,
  others: readonly (readonly CompetencyBehaviours[])[],
): CompetencyDiff[] {
  const belowSet = below ? behaviourSet(below) : undefined;
  const otherSets = others.map(behaviourSet);
  const has = (list: readonly CompetencyBehaviours[], id: string) => list.some((g) => g.competency === id);
  return groups.map((g) => ({
    competency: g.competency,
    label: g.label,
    isNew: below !== undefined && !has(below, g.competency),
    differs: others.length > 0 && others.every((other) => !has(other, g.competency)),
    items: diffTexts(g.behaviours, belowSet, otherSets),
  }));
}
