import {
  scaleOf,
  type Family,
  type Framework,
  type LearningResource,
  type Level,
  type Move,
  type PayBand,
  type ProficiencyStep,
  type Role,
  type Skill,
  type SkillRequirement,
  type Track,
} from '../format/types.js';

import type { MoveKind } from '../format/vocabulary.js';

export type { MoveKind } from '../format/vocabulary.js';

/** A move between two roles as the model sees it: declared in the framework or implied. */
export interface CareerMove {
  from: string;
  to: string;
  kind: MoveKind;
  /** The destination is in another job family. */
  crossFamily: boolean;
  /** The destination is on another track (IC ↔ management). */
  trackSwitch: boolean;
  /** False for an implied promotion the model added. */
  declared: boolean;
  /** The declared move with its requirements, learning and mentors, when declared. */
  source?: Move;
}

export interface RoleFilter {
  family?: string;
  track?: string;
  level?: string;
}

export interface Ladder {
  family: Family;
  track: Track;
  roles: Role[];
}

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list ?? []) map.set(item.id, item);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * An index over a valid career framework that answers the questions every element asks.
 * Pure: builds from the framework without touching (or copying) it, and has no DOM.
 */
export class FrameworkIndex {
  readonly framework: Framework;
  /** The proficiency scale, ascending (the default 1–5 scale when the framework has none). */
  readonly scale: readonly ProficiencyStep[];
  /** Levels ordered by rank. */
  readonly levels: readonly Level[];

  /** Each role's number: its position in `framework.roles` (the moves are indexed by it). */
  readonly #roleNumbers = new Map<string, number>();
  readonly #levels: Map<string, Level>;
  readonly #tracks: Map<string, Track>;
  readonly #families: Map<string, Family>;
  readonly #skills: Map<string, Skill>;
  readonly #learning: Map<string, LearningResource>;
  /** Roles by family, then track, each list ordered by level rank (then title). */
  readonly #ladders = new Map<string, Map<string, Role[]>>();
  /** Moves out of and into each role, by role number (a framework has tens of thousands). */
  readonly #out: Array<CareerMove[] | undefined>;
  readonly #in: Array<CareerMove[] | undefined>;
  /** The roles with moves out, by number, in the order their first move was indexed (the order of `allMoves`). */
  readonly #origins: number[] = [];
  /** The rank of each role's level, by role number. */
  readonly #ranks: Float64Array;
  #requirements = new Map<string, Map<string, SkillRequirement>>();

  constructor(framework: Framework) {
    this.framework = framework;
    this.scale = scaleOf(framework);
    this.levels = [...framework.levels].sort((a, b) => a.rank - b.rank);
    this.#levels = byId(framework.levels);
    this.#tracks = byId(framework.tracks);
    this.#families = byId(framework.families);
    this.#skills = byId(framework.skills);
    this.#learning = byId(framework.learning);

    const roles = framework.roles;
    this.#ranks = new Float64Array(roles.length);
    // Filled, not sized: an array written at scattered indexes is kept as a slow dictionary.
    this.#out = roles.map(() => undefined);
    this.#in = roles.map(() => undefined);
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i];
      this.#roleNumbers.set(role.id, i);
      this.#ranks[i] = this.rank(role);
      let tracks = this.#ladders.get(role.family);
      if (!tracks) this.#ladders.set(role.family, (tracks = new Map()));
      push(tracks, role.track, role);
    }
    // Sorted by rank, then title: the rank is read once per role, the title compared only within a rank.
    const byTitle = new Intl.Collator().compare;
    for (const tracks of this.#ladders.values()) {
      for (const [track, ladder] of tracks) {
        const sorted = ladder
          .map((role) => ({ role, rank: this.rank(role) }))
          .sort((a, b) => a.rank - b.rank || byTitle(a.role.title, b.role.title))
          .map((entry) => entry.role);
        tracks.set(track, sorted);
      }
    }
    this.#indexMoves();
  }

  #indexMoves(): void {
    const roles = this.framework.roles;
    const promotes = new Uint8Array(roles.length);
    for (const move of this.framework.moves ?? []) {
      const from = this.#roleNumbers.get(move.from);
      const to = this.#roleNumbers.get(move.to);
      if (from === undefined || to === undefined) continue;
      const career = this.#add(from, to, move);
      if (career.kind === 'promotion' && !career.crossFamily && !career.trackSwitch) promotes[from] = 1;
    }
    // Implied promotions: from the last role (by title) of each rank of a ladder to every role of
    // the next rank up in its family and track, unless it declares a promotion of its own. A ladder
    // is sorted by rank, so it is read once as runs of one rank.
    for (const ladder of this.#allLadders()) {
      let start = 0;
      while (start < ladder.length) {
        let next = start;
        while (next < ladder.length && this.rank(ladder[next]) === this.rank(ladder[start])) next++;
        let end = next;
        while (end < ladder.length && this.rank(ladder[end]) === this.rank(ladder[next])) end++;
        const from = this.#roleNumbers.get(ladder[next - 1].id)!;
        if (!promotes[from]) {
          for (let j = next; j < end; j++) this.#add(from, this.#roleNumbers.get(ladder[j].id)!);
        }
        start = next;
      }
    }
  }

  *#allLadders(): IterableIterator<Role[]> {
    for (const tracks of this.#ladders.values()) yield* tracks.values();
  }

  /** Indexes the move between two roles (by number): declared when it has a `source`, else implied. */
  #add(fromNumber: number, toNumber: number, source?: Move): CareerMove {
    const roles = this.framework.roles;
    const from = roles[fromNumber];
    const to = roles[toNumber];
    const delta = this.#ranks[toNumber] - this.#ranks[fromNumber];
    const kind: MoveKind = delta > 0 ? 'promotion' : delta < 0 ? 'step-back' : 'lateral';
    const crossFamily = from.family !== to.family;
    const trackSwitch = from.track !== to.track;
    const move: CareerMove = source
      ? { from: from.id, to: to.id, kind, crossFamily, trackSwitch, declared: true, source }
      : { from: from.id, to: to.id, kind, crossFamily, trackSwitch, declared: false };
    const out = this.#out[fromNumber];
    if (out) out.push(move);
    else {
      this.#out[fromNumber] = [move];
      this.#origins.push(fromNumber);
    }
    const into = this.#in[toNumber];
    if (into) into.push(move);
    else this.#in[toNumber] = [move];
    return move;
  }

  role(id: string): Role | undefined {
    const number = this.#roleNumbers.get(id);
    return number === undefined ? undefined : this.framework.roles[number];
  }
  roleIds(): IterableIterator<string> {
    return this.#roleNumbers.keys();
  }
  level(id: string): Level | undefined {
    return this.#levels.get(id);
  }
  track(id: string): Track | undefined {
    return this.#tracks.get(id);
  }
  family(id: string): Family | undefined {
    return this.#families.get(id);
  }
  skill(id: string): Skill | undefined {
    return this.#skills.get(id);
  }
  learningResource(id: string): LearningResource | undefined {
    return this.#learning.get(id);
  }

  /** The rank of a role's level (or of a level id). */
  rank(role: Role | string): number {
    const levelId = typeof role === 'string' ? role : role.level;
    return this.#levels.get(levelId)?.rank ?? 0;
  }

  /** The label of a proficiency value on this framework's scale. */
  proficiencyLabel(value: number): string {
    return this.scale.find((step) => step.value === value)?.label ?? String(value);
  }

  /** The roles matching every given field of the filter, in framework order. */
  rolesBy(filter: RoleFilter): Role[] {
    return this.framework.roles.filter(
      (role) =>
        (filter.family === undefined || role.family === filter.family) &&
        (filter.track === undefined || role.track === filter.track) &&
        (filter.level === undefined || role.level === filter.level),
    );
  }

  /** The roles of one family and track, ordered by level rank (then title). */
  ladder(family: string, track: string): Role[] {
    return this.#ladders.get(family)?.get(track) ?? [];
  }

  /** Every non-empty ladder, in family then track order of the framework. */
  ladders(): Ladder[] {
    const out: Ladder[] = [];
    for (const family of this.framework.families) {
      for (const track of this.framework.tracks) {
        const roles = this.ladder(family.id, track.id);
        if (roles.length > 0) out.push({ family, track, roles });
      }
    }
    return out;
  }

  /** Moves out of a role: declared ones plus the implied promotion where none is declared. */
  movesFrom(roleId: string): readonly CareerMove[] {
    const number = this.#roleNumbers.get(roleId);
    return (number !== undefined && this.#out[number]) || [];
  }

  /** Moves into a role (declared and implied). */
  movesTo(roleId: string): readonly CareerMove[] {
    const number = this.#roleNumbers.get(roleId);
    return (number !== undefined && this.#in[number]) || [];
  }

  /** The move from one role to another, when there is one. */
  move(from: string, to: string): CareerMove | undefined {
    return this.movesFrom(from).find((move) => move.to === to);
  }

  /** Every move of the framework, declared and implied. */
  allMoves(): CareerMove[] {
    return this.#origins.flatMap((number) => this.#out[number]!);
  }

  /** The regions that have pay bands, in order of first appearance. */
  regions(): string[] {
    return [...new Set((this.framework.payBands ?? []).map((band) => band.region))];
  }

  /**
   * The pay band for a role in a region. Most specific wins: family + track + level, then
   * family + level, then track + level, then level alone.
   */
  payBand(roleId: string, region: string): PayBand | undefined {
    const role = this.role(roleId);
    if (!role) return undefined;
    let best: PayBand | undefined;
    let bestScore = -1;
    for (const band of this.framework.payBands ?? []) {
      if (band.region !== region || band.level !== role.level) continue;
      if (band.family !== undefined && band.family !== role.family) continue;
      if (band.track !== undefined && band.track !== role.track) continue;
      const score = (band.family !== undefined ? 2 : 0) + (band.track !== undefined ? 1 : 0);
      if (score > bestScore) {
        best = band;
        bestScore = score;
      }
    }
    return best;
  }

  /** A role's skill requirements by skill id, including those of one focus area when named. */
  requirements(roleId: string, focus?: string): Map<string, SkillRequirement> {
    const key = focus === undefined ? roleId : `${roleId}\u0000${focus}`;
    let map = this.#requirements.get(key);
    if (map) return map;
    const role = this.role(roleId);
    map = new Map();
    for (const req of role?.skills ?? []) map.set(req.skill, req);
    const area = focus === undefined ? undefined : role?.focusAreas?.find((a) => a.id === focus);
    for (const req of area?.skills ?? []) {
      const existing = map.get(req.skill);
      if (!existing || existing.level < req.level) map.set(req.skill, req);
    }
    this.#requirements.set(key, map);
    return map;
  }
}
