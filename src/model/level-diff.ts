import type { Framework, Level, Role } from '../format/types.js';

/**
 * What changes in a competency from one level to another.
 *
 * Each behaviour of the destination is `same` (the origin states it too), `changed` (paired with
 * the most similar behaviour of the origin, with the words that changed) or `added`; each
 * behaviour of the origin that is neither repeated nor paired is `dropped`.
 *
 * **Pairing rule** (`pairBehaviours`):
 * 1. Two behaviours are the *same* when their texts are equal once case, runs of white space and
 *    final punctuation are ignored.
 * 2. The rest are compared word by word: their similarity is 2·L / (m + n), where L is the length
 *    of the longest common subsequence of their words (case-insensitive) and m, n their word
 *    counts — 1 for the same words in the same order, 0 for no word in common.
 * 3. Pairs are taken greedily, most similar first (ties: destination order, then origin order);
 *    each behaviour pairs at most once, and only when the similarity is at least
 *    `PAIRING_THRESHOLD` (half the words agree, in order). A paired destination behaviour is
 *    `changed`, the words outside the common subsequence being the changed ones.
 * 4. Unpaired destination behaviours are `added`; unpaired origin behaviours are `dropped`.
 */
export type BehaviourChange = 'added' | 'changed' | 'same' | 'dropped';

/** The smallest similarity (see `similarity`) at which two behaviours are paired as `changed`. */
export const PAIRING_THRESHOLD = 0.5;

/** A run of a behaviour's text, marked when its words are not shared with the paired behaviour. */
export interface TextPart {
  text: string;
  changed: boolean;
}

export interface BehaviourDiff {
  change: BehaviourChange;
  /** The behaviour: the destination's, or for `dropped` the origin's. */
  text: string;
  /** For `same` and `changed`: the origin's text of the behaviour. */
  from?: string;
  /** For `same`, `changed` and `dropped`: the behaviour's position among the origin's. */
  fromIndex?: number;
  /** For `changed`: how similar the two texts are (see `similarity`). */
  similarity?: number;
  /** For `changed`: the destination text, words not in the origin marked `changed`. */
  parts?: TextPart[];
  /** For `changed`: the origin text, words not in the destination marked `changed`. */
  fromParts?: TextPart[];
}

/** Where a level's expectations are read: a level, within a family and a track when given. */
export interface LevelScope {
  level: string;
  family?: string;
  track?: string;
}

export interface ChangeCounts {
  added: number;
  changed: number;
  same: number;
  dropped: number;
}

export interface CompetencyLevelDiff {
  competency: string;
  label: string;
  /** The origin's behaviours for this competency (empty when it states none). */
  fromBehaviours: string[];
  toBehaviours: string[];
  /** Destination behaviours in their order, then the dropped origin behaviours in theirs. */
  behaviours: BehaviourDiff[];
  counts: ChangeCounts;
}

export interface LevelDiff {
  from: LevelScope & { label: string };
  to: LevelScope & { label: string };
  /** Competencies with a behaviour at either level, in the framework's order. */
  competencies: CompetencyLevelDiff[];
  counts: ChangeCounts;
  /**
   * True for a level with no expectation of its own in this scope (no competency lists a
   * behaviour for it): its column is empty because the framework says nothing, not because
   * nothing is expected.
   */
  fromHasNone: boolean;
  toHasNone: boolean;
}

/** A filter on expectations: a column or scope's family and track (unset: any). */
export interface ExpectationFilter {
  family?: string;
  track?: string;
}

/** The behaviours one competency expects in a scope, in the framework's order, without repeats. */
export interface CompetencyBehaviours {
  competency: string;
  label: string;
  behaviours: string[];
}

/**
 * The competency expectations that apply at some levels in a scope. An expectation applies when
 * its level is one of them, its track is unset or the filter's (a filter without a track takes
 * every track's), and its families are unset or include the filter's family (a filter without a
 * family takes every family's).
 */
export function behavioursAt(framework: Framework, levels: readonly string[], filter: ExpectationFilter = {}): CompetencyBehaviours[] {
  const ids = new Set(levels);
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

/** A behaviour's text for the `same` comparison: lower case, single spaces, no final punctuation. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.;:,!]+$/u, '');
}

/** Splits a text into word and non-word tokens that join back to the text. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’-]+/gu) ?? [];
}

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/** Which words of `a` and `b` (by position in the word lists) are in their longest common subsequence. */
function commonWords(a: readonly string[], b: readonly string[]): { inA: boolean[]; inB: boolean[]; length: number } {
  const m = a.length;
  const n = b.length;
  // lengths[i][j]: LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const inA = new Array<boolean>(m).fill(false);
  const inB = new Array<boolean>(n).fill(false);
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (a[i] === b[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return { inA, inB, length: lengths[0][0] };
}

const wordsOf = (text: string) => tokens(text).filter(isWord).map((w) => w.toLowerCase());

/** 2·L / (m + n) over the two texts' words (see the pairing rule); 1 for two texts without words. */
export function similarity(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length + wb.length === 0) return 1;
  return (2 * commonWords(wa, wb).length) / (wa.length + wb.length);
}

/** A text in parts: runs of words in / not in the common subsequence (separators join the run before them). */
function partsOf(text: string, inCommon: readonly boolean[]): TextPart[] {
  const parts: TextPart[] = [];
  let word = 0;
  for (const token of tokens(text)) {
    const changed = isWord(token) ? !inCommon[word++] : (parts.at(-1)?.changed ?? false);
    const last = parts.at(-1);
    if (last && last.changed === changed) last.text += token;
    else parts.push({ text: token, changed });
  }
  return parts;
}

/** The words that changed between two behaviours, as parts of each text. */
export function wordDiff(from: string, to: string): { fromParts: TextPart[]; parts: TextPart[] } {
  const { inA, inB } = commonWords(wordsOf(from), wordsOf(to));
  return { fromParts: partsOf(from, inA), parts: partsOf(to, inB) };
}

/** The behaviours of a destination compared with an origin's, by the pairing rule above. */
export function pairBehaviours(from: readonly string[], to: readonly string[]): BehaviourDiff[] {
  const fromKeys = from.map(normalise);
  const usedFrom = new Set<number>();
  const result: Array<BehaviourDiff | undefined> = to.map((text) => {
    const at = fromKeys.findIndex((key, i) => !usedFrom.has(i) && key === normalise(text));
    if (at < 0) return undefined;
    usedFrom.add(at);
    return { change: 'same', text, from: from[at], fromIndex: at };
  });
  const candidates: Array<{ t: number; f: number; score: number }> = [];
  to.forEach((text, t) => {
    if (result[t]) return;
    from.forEach((origin, f) => {
      if (usedFrom.has(f)) return;
      const score = similarity(origin, text);
      if (score >= PAIRING_THRESHOLD) candidates.push({ t, f, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.t - b.t || a.f - b.f);
  for (const { t, f, score } of candidates) {
    if (result[t] || usedFrom.has(f)) continue;
    usedFrom.add(f);
    result[t] = { change: 'changed', text: to[t], from: from[f], fromIndex: f, similarity: score, ...wordDiff(from[f], to[t]) };
  }
  const diffs = result.map((entry, t): BehaviourDiff => entry ?? { change: 'added', text: to[t] });
  from.forEach((text, f) => usedFrom.has(f) || diffs.push({ change: 'dropped', text, fromIndex: f }));
  return diffs;
}

/** The origin's side of a pairing: its behaviours in its order, each `same`, `changed` or `dropped`. */
export function originSide(diffs: readonly BehaviourDiff[]): BehaviourDiff[] {
  return diffs.filter((d) => d.fromIndex !== undefined).sort((a, b) => a.fromIndex! - b.fromIndex!);
}

/** The destination's side of a pairing: its behaviours in its order, each `same`, `changed` or `added`. */
export function destinationSide(diffs: readonly BehaviourDiff[]): BehaviourDiff[] {
  return diffs.filter((d) => d.change !== 'dropped');
}

export function countChanges(behaviours: readonly Pick<BehaviourDiff, 'change'>[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, changed: 0, same: 0, dropped: 0 };
  for (const b of behaviours) counts[b.change]++;
  return counts;
}

function levelOf(framework: Framework, id: string): Level | undefined {
  return framework.levels.find((level) => level.id === id);
}

/**
 * Per competency, what changes from one level (in its scope) to another. The scopes may differ:
 * for a move to another family or track, the origin is read in the person's family and track and
 * the destination in the new ones. Pure: never mutates the framework.
 */
export function levelDiff(framework: Framework, from: LevelScope, to: LevelScope): LevelDiff {
  const origin = behavioursAt(framework, [from.level], from);
  const destination = behavioursAt(framework, [to.level], to);
  const competencies: CompetencyLevelDiff[] = [];
  for (const competency of framework.competencies ?? []) {
    const fromBehaviours = origin.find((c) => c.competency === competency.id)?.behaviours ?? [];
    const toBehaviours = destination.find((c) => c.competency === competency.id)?.behaviours ?? [];
    if (fromBehaviours.length === 0 && toBehaviours.length === 0) continue;
    const behaviours = pairBehaviours(fromBehaviours, toBehaviours);
    competencies.push({ competency: competency.id, label: competency.label, fromBehaviours, toBehaviours, behaviours, counts: countChanges(behaviours) });
  }
  const label = (scope: LevelScope) => levelOf(framework, scope.level)?.label ?? scope.level;
  return {
    from: { ...from, label: label(from) },
    to: { ...to, label: label(to) },
    competencies,
    counts: countChanges(competencies.flatMap((c) => c.behaviours)),
    fromHasNone: origin.length === 0,
    toHasNone: destination.length === 0,
  };
}

/** The scope of a role: its level, family and track. */
export function roleScope(role: Pick<Role, 'level' | 'family' | 'track'>): LevelScope {
  return { level: role.level, family: role.family, track: role.track };
}

/** What changes in competency terms from one role to another (a promotion, lateral move or track switch). */
export function roleLevelDiff(framework: Framework, from: Role, to: Role): LevelDiff {
  return levelDiff(framework, roleScope(from), roleScope(to));
}

/** The competencies whose expectations change (any behaviour added, changed or dropped). */
export function changingCompetencies(diff: LevelDiff): CompetencyLevelDiff[] {
  return diff.competencies.filter((c) => c.counts.added + c.counts.changed + c.counts.dropped > 0);
}
