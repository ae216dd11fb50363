import type { Role } from '../format/types.js';
import type { FrameworkIndex } from './framework-index.js';
import type { InferredMove, InferredMoves, NeededSkill, SharedSkill } from './inferred-move.js';
import { IMPORTANCE_WEIGHT } from './skill-gap.js';

export { DEFAULT_INFER_THRESHOLD, isInferred, type InferredMove, type InferredMoves, type NeededSkill, type SharedSkill } from './inferred-move.js';

/** The weight of one requirement in the overlap: importance weight × required level. */
function weightOf(level: number, importance: keyof typeof IMPORTANCE_WEIGHT | undefined): number {
  return IMPORTANCE_WEIGHT[importance ?? 'core'] * level;
}

/**
 * The weighted overlap of two roles' skill requirements, 0..1: the weighted Jaccard (Ruzicka)
 * similarity Σ min(aₛ, bₛ) / Σ max(aₛ, bₛ) over every skill either role requires, where a
 * skill's weight in a role is its importance weight (core 3, emerging 2, optional 1) times the
 * proficiency level required. 1 when both require the same skills at the same levels and
 * importance; 0 when they share no skill. Symmetric.
 */
export function skillOverlap(index: FrameworkIndex, a: string, b: string): number {
  const left = index.requirements(a);
  const right = index.requirements(b);
  let min = 0;
  let max = 0;
  for (const [skill, req] of left) {
    const wa = weightOf(req.level, req.importance);
    const other = right.get(skill);
    const wb = other ? weightOf(other.level, other.importance) : 0;
    min += Math.min(wa, wb);
    max += Math.max(wa, wb);
  }
  for (const [skill, req] of right) if (!left.has(skill)) max += weightOf(req.level, req.importance);
  return max === 0 ? 0 : min / max;
}

interface Entry {
  role: Role;
  /** Position in the entry list (for the per-role "already seen" stamps). */
  n: number;
  rank: number;
  total: number;
  /** Skill numbers in the global order (rarest first), and their weights. */
  skills: Int32Array;
  weights: Float64Array;
  /** How many of `skills` form the prefix that any match must share. */
  prefix: number;
}

/**
 * Moves between roles whose requirements overlap at least `threshold` (0..1, see `skillOverlap`),
 * where the framework has no move (declared or implied) between them:
 * - lateral moves: to a role of the same level rank, in any family or track;
 * - cross-family promotions: to a role of the next rank up in another family.
 *
 * Indexed by skill, never a scan over every pair: roles' skills are put in one global order,
 * rarest first, and only each role's *prefix* is indexed — the shortest run whose remaining
 * weight is below threshold × its total. Two roles at or above the threshold share at least
 * threshold × either total (Σ min ≥ t · Σ max ≥ t · total), so their first shared skill lies in
 * both prefixes: candidates come from the prefix postings of the ranks that can be reached, and
 * each candidate is then measured exactly. A threshold of 0 or below is taken as "any shared
 * skill"; above 1 (or not a number) infers nothing.
 */
export function inferMoves(index: FrameworkIndex, threshold: number): InferredMoves {
  const moves: InferredMove[] = [];
  const byRole = new Map<string, InferredMove[]>();
  const intoRole = new Map<string, InferredMove[]>();
  const result: InferredMoves = { threshold, moves, from: (roleId) => byRole.get(roleId) ?? [], into: (roleId) => intoRole.get(roleId) ?? [] };
  if (!(threshold <= 1)) return result;
  const t = Math.max(threshold, Number.MIN_VALUE);

  // Skills numbered by frequency, rarest first: the global order of the prefixes.
  const frequency = new Map<string, number>();
  for (const role of index.framework.roles) for (const skill of index.requirements(role.id).keys()) frequency.set(skill, (frequency.get(skill) ?? 0) + 1);
  const numbers = new Map([...frequency].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([skill], i) => [skill, i]));

  // Postings of prefix skills, per rank.
  const postings = new Map<number, Entry[][]>();
  const entries: Entry[] = [];
  for (const role of index.framework.roles) {
    const reqs = [...index.requirements(role.id).values()].sort((a, b) => numbers.get(a.skill)! - numbers.get(b.skill)!);
    const weights = Float64Array.from(reqs, (req) => weightOf(req.level, req.importance));
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total === 0) continue;
    let rest = total;
    let prefix = 0;
    while (prefix < reqs.length && rest >= t * total) rest -= weights[prefix++];
    const entry: Entry = { role, n: entries.length, rank: index.rank(role), total, skills: Int32Array.from(reqs, (req) => numbers.get(req.skill)!), weights, prefix };
    entries.push(entry);
    let byRank = postings.get(entry.rank);
    if (!byRank) postings.set(entry.rank, (byRank = []));
    for (let i = 0; i < prefix; i++) (byRank[entry.skills[i]] ??= []).push(entry);
  }
  const ranks = [...new Set(index.levels.map((level) => level.rank))].sort((a, b) => a - b);

  const mine = new Float64Array(numbers.size);
  const seenBy = new Int32Array(entries.length).fill(-1);
  const add = (from: Entry, to: Entry, similarity: number) => {
    if (index.move(from.role.id, to.role.id)) return;
    const move = inferredMove(index, from.role, to.role, similarity);
    moves.push(move);
    push(byRole, from.role.id, move);
    push(intoRole, to.role.id, move);
  };
  for (const from of entries) {
    for (let i = 0; i < from.skills.length; i++) mine[from.skills[i]] = from.weights[i];
    const nextRank = ranks[ranks.indexOf(from.rank) + 1];
    for (const rank of nextRank === undefined ? [from.rank] : [from.rank, nextRank]) {
      const lateral = rank === from.rank;
      const byRank = postings.get(rank);
      if (!byRank) continue;
      for (let i = 0; i < from.prefix; i++) {
        for (const to of byRank[from.skills[i]] ?? []) {
          // The overlap is symmetric: each pair of one rank is measured once, for both directions.
          if ((lateral && to.n <= from.n) || seenBy[to.n] === from.n) continue;
          seenBy[to.n] = from.n;
          if (!lateral && to.role.family === from.role.family) continue;
          // Size filter: the overlap is at most the smaller total over the larger.
          if (Math.min(from.total, to.total) < t * Math.max(from.total, to.total)) continue;
          let shared = 0;
          for (let j = 0; j < to.skills.length; j++) shared += Math.min(mine[to.skills[j]], to.weights[j]);
          const similarity = shared / (from.total + to.total - shared);
          if (similarity < t) continue;
          add(from, to, similarity);
          if (lateral) add(to, from, similarity);
        }
      }
    }
    for (let i = 0; i < from.skills.length; i++) mine[from.skills[i]] = 0;
  }
  moves.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const list of byRole.values()) list.sort((a, b) => b.similarity - a.similarity || (a.to < b.to ? -1 : 1));
  return result;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function inferredMove(index: FrameworkIndex, from: Role, to: Role, similarity: number): InferredMove {
  const have = index.requirements(from.id);
  const shared: SharedSkill[] = [];
  const needs: NeededSkill[] = [];
  for (const req of index.requirements(to.id).values()) {
    const level = have.get(req.skill)?.level ?? 0;
    if (level >= req.level) shared.push({ skill: req.skill, level: req.level });
    else needs.push({ skill: req.skill, from: level, to: req.level });
  }
  shared.sort((a, b) => b.level - a.level || a.skill.localeCompare(b.skill));
  needs.sort((a, b) => b.to - b.from - (a.to - a.from) || a.skill.localeCompare(b.skill));
  const delta = index.rank(to) - index.rank(from);
  return {
    from: from.id,
    to: to.id,
    kind: delta > 0 ? 'promotion' : 'lateral',
    crossFamily: from.family !== to.family,
    trackSwitch: from.track !== to.track,
    declared: false,
    inferred: true,
    similarity,
    shared,
    needs,
    explanation: explainOverlap(index, shared, needs),
  };
}

/**
 * The sentence behind an inferred move: shared skills grouped by level, then what is still
 * needed: "Shares SQL, Python and Statistics at Practitioner; needs Machine learning to Working".
 * At most `limit` skills per part, then "and N more".
 */
export function explainOverlap(index: FrameworkIndex, shared: readonly SharedSkill[], needs: readonly NeededSkill[], limit = 4): string {
  const name = (id: string) => index.skill(id)?.label ?? id;
  const parts: string[] = [];
  if (shared.length > 0) {
    const groups = new Map<number, string[]>();
    for (const s of shared.slice(0, limit)) {
      const list = groups.get(s.level);
      if (list) list.push(name(s.skill));
      else groups.set(s.level, [name(s.skill)]);
    }
    const phrases = [...groups].map(([level, names]) => `${andList(names)} at ${index.proficiencyLabel(level)}`);
    parts.push(`shares ${phrases.join(', ')}${more(shared.length, limit)}`);
  }
  if (needs.length > 0) {
    const phrases = needs.slice(0, limit).map((n) => `${name(n.skill)} to ${index.proficiencyLabel(n.to)}`);
    parts.push(`needs ${andList(phrases)}${more(needs.length, limit)}`);
  } else {
    parts.push('needs nothing more');
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function more(count: number, limit: number): string {
  return count > limit ? ` and ${count - limit} more` : '';
}

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
