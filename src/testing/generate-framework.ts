import type { Family, Framework, Level, Move, PayBand, Role, Skill, SkillRequirement, Track } from '../format/types.js';

/** What to generate. Only `roles` is required; the rest default to realistic shapes for that size. */
export interface GenerateOptions {
  roles: number;
  /** Job families (default: roles / 40, between 10 and 25). */
  families?: number;
  /** Levels, ranked 1..n (default 7). */
  levels?: number;
  /** Skills in the catalogue (default: roles / 15, between 30 and 200). */
  skills?: number;
  /** Declared moves per role, on average (default 5). */
  movesPerRole?: number;
  /** The same seed gives the same framework (default 1). */
  seed?: number;
}

const FAMILY_NAMES = [
  'Data', 'Engineering', 'Finance', 'Risk', 'Audit', 'Compliance', 'People', 'Legal', 'Marketing', 'Sales',
  'Product', 'Design', 'Operations', 'Security', 'Infrastructure', 'Support', 'Procurement', 'Treasury',
  'Research', 'Communications', 'Strategy', 'Facilities', 'Learning', 'Analytics', 'Quality',
];
const CLUSTERS = ['Technology', 'Governance', 'Business', 'Corporate'];
const SPECIALTIES = ['Analyst', 'Specialist', 'Engineer', 'Consultant', 'Advisor', 'Partner', 'Architect', 'Coordinator', 'Scientist', 'Lead'];
const SKILL_CATEGORIES = ['Technical', 'Domain', 'People', 'Business'];
const IMPORTANCE = ['core', 'core', 'core', 'optional', 'optional', 'emerging'] as const;
const REGIONS = [
  { id: 'us', currency: 'USD', factor: 1 },
  { id: 'uk', currency: 'GBP', factor: 0.78 },
];
/** How many roles sit at each rank, relative: a pyramid that thins out at the top. */
const RANK_WEIGHTS = [14, 20, 22, 18, 12, 8, 6];

/** mulberry32: a small, fast, seeded PRNG returning [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A seeded, valid career-framework/1 of any size, shaped like a real one: families in clusters,
 * an IC and a management track (management from rank 3), a level pyramid, per-family skill pools,
 * about `movesPerRole` declared moves per role (promotions, track switches, laterals inside and
 * across families), pay bands for two regions. For benchmarks and tests.
 */
export function generateFramework(options: GenerateOptions): Framework {
  const roleCount = Math.max(1, Math.floor(options.roles));
  const familyCount = clamp(Math.floor(options.families ?? clamp(Math.round(roleCount / 40), 10, 25)), 1, roleCount);
  const levelCount = clamp(Math.floor(options.levels ?? 7), 2, 20);
  const skillCount = clamp(Math.floor(options.skills ?? clamp(Math.round(roleCount / 15), 30, 200)), 4, 5000);
  const movesPerRole = Math.max(0, options.movesPerRole ?? 5);
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];

  const levels = Array.from({ length: levelCount }, (_, i): Level => {
    const trackLabels: Record<string, string> = { ic: `IC${i + 1}` };
    if (i >= 2) trackLabels.management = `M${i - 1}`;
    return { id: `L${i + 1}`, rank: i + 1, label: `Level ${i + 1}`, trackLabels };
  });
  const tracks: Track[] = [
    { id: 'ic', label: 'Individual contributor', kind: 'ic' },
    { id: 'management', label: 'Management', kind: 'management' },
  ];
  const families: Family[] = Array.from({ length: familyCount }, (_, i) => {
    const name = FAMILY_NAMES[i % FAMILY_NAMES.length];
    const round = Math.floor(i / FAMILY_NAMES.length);
    return {
      id: `f${pad(i + 1, 3)}`,
      label: round === 0 ? name : `${name} ${round + 1}`,
      cluster: CLUSTERS[i % CLUSTERS.length],
    };
  });
  const skills: Skill[] = Array.from({ length: skillCount }, (_, i) => ({
    id: `s${pad(i + 1, 4)}`,
    label: `Skill ${i + 1}`,
    category: SKILL_CATEGORIES[i % SKILL_CATEGORIES.length],
  }));
  const generalSkills = skills.slice(0, 4);
  const familyPools = families.map(() => Array.from({ length: 12 }, () => pick(skills.slice(4))));

  // Families differ in size; ranks follow the pyramid.
  const familyWeights = families.map(() => 0.5 + next());
  const rankWeights = levels.map((_, i) => RANK_WEIGHTS[Math.min(i, RANK_WEIGHTS.length - 1)]);
  const weighted = (weights: number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let at = next() * total;
    for (let i = 0; i < weights.length; i++) if ((at -= weights[i]) < 0) return i;
    return weights.length - 1;
  };

  const roles: Role[] = [];
  const cells = new Map<string, Role[]>();
  const cellKey = (family: string, track: string, rank: number) => `${family}|${track}|${rank}`;
  for (let i = 0; i < roleCount; i++) {
    const familyIndex = i < familyCount ? i : weighted(familyWeights);
    const family = families[familyIndex];
    const rankIndex = weighted(rankWeights);
    const track = rankIndex >= 2 && next() < 0.25 ? 'management' : 'ic';
    const key = cellKey(family.id, track, rankIndex + 1);
    const cell = cells.get(key) ?? [];
    cells.set(key, cell);
    const n = cell.length;
    const specialty = SPECIALTIES[n % SPECIALTIES.length];
    const title = `${family.label} ${track === 'management' ? 'Manager' : specialty}${n >= (track === 'management' ? 1 : SPECIALTIES.length) ? ` ${n + 1}` : ''} ${levels[rankIndex].label}`;
    const required = new Map<string, SkillRequirement>();
    const skillTotal = 5 + Math.floor(next() * 6);
    for (let k = 0; k < skillTotal; k++) {
      const skill = k < 1 ? pick(generalSkills) : pick(familyPools[familyIndex]);
      const level = clamp(Math.round(((rankIndex + 1) / levelCount) * 5 + (next() - 0.5) * 1.6), 1, 5);
      required.set(skill.id, { skill: skill.id, level, importance: pick(IMPORTANCE) });
    }
    const role: Role = {
      id: `${family.id}-r${pad(i + 1, 5)}`,
      title,
      family: family.id,
      track,
      level: levels[rankIndex].id,
      summary: `${title}: works in ${family.label} at ${levels[rankIndex].label.toLowerCase()}.`,
      skills: [...required.values()],
    };
    cell.push(role);
    roles.push(role);
  }

  const moves = generateMoves(roles, cells, cellKey, families, levelCount, movesPerRole, next);
  const payBands = generatePayBands(levels, families);
  return {
    format: 'career-framework/1',
    id: `generated-${roleCount}`,
    name: `Generated framework (${roleCount} roles)`,
    locale: 'en-US',
    levels,
    tracks,
    families,
    skills,
    roles,
    moves,
    payBands,
  };
}

function generateMoves(
  roles: Role[],
  cells: Map<string, Role[]>,
  cellKey: (family: string, track: string, rank: number) => string,
  families: Family[],
  levelCount: number,
  movesPerRole: number,
  next: () => number,
): Move[] {
  const rankOf = (role: Role) => Number(role.level.slice(1));
  const moves: Move[] = [];
  const cellAt = (family: string, track: string, rank: number) => cells.get(cellKey(family, track, rank)) ?? [];
  const sameCluster = new Map(families.map((f) => [f.id, families.filter((g) => g.cluster === f.cluster && g.id !== f.id)]));
  let quota = 0;
  for (const role of roles) {
    quota += movesPerRole;
    const wanted = Math.floor(quota);
    quota -= wanted;
    const targets = new Set<string>();
    const add = (candidates: readonly Role[]) => {
      if (candidates.length === 0) return;
      const to = candidates[Math.floor(next() * candidates.length)];
      if (to.id !== role.id) targets.add(to.id);
    };
    const rank = rankOf(role);
    // A promotion in its own ladder, to the nearest rank above that has roles.
    for (let up = rank + 1; up <= levelCount && targets.size === 0 && wanted > 0; up++) add(cellAt(role.family, role.track, up));
    for (let attempt = 0; targets.size < wanted && attempt < wanted * 6; attempt++) {
      const dice = next();
      const toRank = clamp(rank + (next() < 0.6 ? 0 : next() < 0.85 ? 1 : -1), 1, levelCount);
      if (dice < 0.35) {
        add(cellAt(role.family, next() < 0.7 ? role.track : role.track === 'ic' ? 'management' : 'ic', toRank));
      } else if (dice < 0.8) {
        const peers = sameCluster.get(role.family)!;
        const family = peers.length > 0 && next() < 0.7 ? peers[Math.floor(next() * peers.length)] : families[Math.floor(next() * families.length)];
        add(cellAt(family.id, role.track, toRank));
      } else {
        add(cellAt(families[Math.floor(next() * families.length)].id, next() < 0.5 ? 'ic' : 'management', toRank));
      }
    }
    for (const to of targets) {
      const move: Move = { from: role.id, to, typicalMonths: 6 + Math.floor(next() * 30) };
      if (next() < 0.2) move.requirements = [{ label: 'Manager endorsement', kind: 'other' }];
      moves.push(move);
    }
  }
  return moves;
}

function generatePayBands(levels: Level[], families: Family[]): PayBand[] {
  const bands: PayBand[] = [];
  const premium = families.filter((_, i) => i % 7 === 0).map((f) => f.id);
  for (const region of REGIONS) {
    for (const level of levels) {
      const min = Math.round((42000 * 1.2 ** (level.rank - 1) * region.factor) / 1000) * 1000;
      const band = (extra: number, fields: Partial<PayBand>): PayBand => ({
        level: level.id,
        region: region.id,
        currency: region.currency,
        base: { min: Math.round(min * extra), mid: Math.round(min * extra * 1.2), max: Math.round(min * extra * 1.4) },
        bonusTargetPercent: 5 + level.rank * 2,
        ...fields,
      });
      bands.push(band(1, {}));
      if (level.rank >= 3) bands.push(band(1.1, { track: 'management' }));
      for (const family of premium) bands.push(band(1.15, { family }));
    }
  }
  return bands;
}
