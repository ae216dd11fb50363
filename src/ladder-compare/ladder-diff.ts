import type { Framework, Level } from '../format/types.js';
import { behavioursAt, pairBehaviours, type BehaviourChange, type CompetencyBehaviours, type ExpectationFilter } from '../model/level-diff.js';

export type { CompetencyBehaviours };

/** What a column shows: a family, a track, or both. */
export type ColumnFilter = ExpectationFilter;

/** A behaviour or milestone after comparison with the level below and the other columns. */
export interface DiffItem {
  text: string;
  /** Not expected at the level below in the same column. False when there is no level below. */
  isNew: boolean;
  /**
   * For a behaviour, against the level below in the same column (see `levelDiff`'s pairing rule):
   * `added` (then `isNew`), `changed` (a reworded behaviour of the level below) or `same`. Unset
   * when there is no level below, and for milestones.
   */
  change?: Exclude<BehaviourChange, 'dropped'>;
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

/** The competency expectations that apply to a column at some levels (see `behavioursAt`). */
export function expectationsAt(framework: Framework, levels: readonly Level[], filter: ColumnFilter): CompetencyBehaviours[] {
  return behavioursAt(framework, levels.map((level) => level.id), filter);
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
 * and single behaviours. A behaviour is compared with the same competency at the level below by
 * `levelDiff`'s pairing rule — so one the level below states word for word is never new, and a
 * reworded one is `changed` — and differs when its text is in no other column.
 */
export function diffExpectations(
  groups: readonly CompetencyBehaviours[],
  below: readonly CompetencyBehaviours[] | undefined,
  others: readonly (readonly CompetencyBehaviours[])[],
): CompetencyDiff[] {
  const otherSets = others.map(behaviourSet);
  const has = (list: readonly CompetencyBehaviours[], id: string) => list.some((g) => g.competency === id);
  return groups.map((g) => {
    const items = diffTexts(g.behaviours, undefined, otherSets);
    if (below) {
      const paired = pairBehaviours(below.find((b) => b.competency === g.competency)?.behaviours ?? [], g.behaviours).filter((d) => d.change !== 'dropped');
      paired.forEach((d, i) => {
        items[i].change = d.change as Exclude<BehaviourChange, 'dropped'>;
        items[i].isNew = d.change === 'added';
      });
    }
    return {
      competency: g.competency,
      label: g.label,
      isNew: below !== undefined && !has(below, g.competency),
      differs: others.length > 0 && others.every((other) => !has(other, g.competency)),
      items,
    };
  });
}
