import type { Family, Framework, Level, Move, PayBand, Role, Skill, SkillRequirement, Track } from '../format/types.js';

export interface GenerateOptions {
  /** How many roles (spread over families, levels and the two tracks). */
  roles: number;
  /** How many job families (grouped into clusters of four). */
  families: number;
  /** How many levels; the management track starts at the fourth. Default 7. */
  levels?: number;
  /** How many skills in the framework. Default 40. */
  skills?: number;
  /** Declared moves per role (promotions, laterals across families, a few step-backs). Default 5. */
  movesPerRole?: number;
  /** Seed of the pseudo-random generator: the same options give the same framework. Default 1. */
  seed?: number;
}

/** A small, fast, seeded PRNG (mulberry32). Returns floats in [0, 1). */
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

const MANAGEMENT_FROM_LEVEL = 4;
const REGIONS = [
  { id: 'US', currency: 'USD', base: 60000 },
  { id: 'EU', currency: 'EUR', base: 50000 },
] as const;

/**
 * A large, valid career-framework/1 for benchmarks and scale tests: `families` families in
 * clusters, `levels` levels, an IC and a management track (management from level 4), roles with
 * skill requirements, `movesPerRole` declared moves per role and pay bands in two regions.
 * Deterministic for a given seed.
 */
export function generateFramework(options: GenerateOptions): Framework {
  const { roles: roleCount, families: familyCount, levels: levelCount = 7, skills: skillCount = 40, movesPerRole = 5, seed = 1 } = options;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

  const levels: Level[] = Array.from({ length: levelCount }, (_, i): Level => ({
    id: `L${i + 1}`,
    rank: i + 1,
    label: `Level ${i + 1}`,
    trackLabels: i + 1 >= MANAGEMENT_FROM_LEVEL ? { ic: `IC${i + 1}`, management: `M${i + 2 - MANAGEMENT_FROM_LEVEL}` } : ({ ic: `IC${i + 1}` } as Record<string, string>),
  }));
  const tracks: Track[] = [
    { id: 'ic', label: 'Individual contributor', kind: 'ic' },
    { id: 'management', label: 'Management', kind: 'management' },
  ];
  const families: Family[] = Array.from({ length: familyCount }, (_, i) => ({
    id: `family-${i + 1}`,
    label: `Family ${i + 1}`,
    cluster: `Cluster ${Math.floor(i / 4) + 1}`,
  }));
  const skills: Skill[] = Array.from({ length: Math.max(1, skillCount) }, (_, i) => ({ id: `skill-${i + 1}`, label: `Skill ${i + 1}` }));

  // Slots: every (family, track, level) cell that exists; roles are dealt round-robin over them.
  const cells: Array<{ family: Family; track: Track; level: Level }> = [];
  for (const family of families) {
    for (const level of levels) {
      cells.push({ family, track: tracks[0], level });
      if (level.rank >= MANAGEMENT_FROM_LEVEL) cells.push({ family, track: tracks[1], level });
    }
  }
  const roles: Role[] = [];
  const byCell = new Map<string, Role[]>();
  for (let i = 0; i < roleCount; i++) {
    const { family, track, level } = cells[i % cells.length];
    const key = `${family.id}|${track.id}|${level.id}`;
    const siblings = byCell.get(key) ?? [];
    const requirements = new Map<string, SkillRequirement>();
    const wanted = 3 + Math.floor(rand() * 4);
    while (requirements.size < Math.min(wanted, skills.length)) {
      const skill = pick(skills).id;
      requirements.set(skill, { skill, level: Math.min(5, Math.max(1, Math.round(level.rank * 5 / levelCount + rand() - 0.5))) });
    }
    const role: Role = {
      id: `role-${i + 1}`,
      title: `${family.label} ${track.id === 'ic' ? 'Specialist' : 'Manager'} ${level.rank}.${siblings.length + 1}`,
      family: family.id,
      track: track.id,
      level: level.id,
      summary: `Generated role ${i + 1}.`,
      skills: [...requirements.values()],
    };
    siblings.push(role);
    byCell.set(key, siblings);
    roles.push(role);
  }

  const moves: Move[] = [];
  const declared = new Set<string>();
  const cellRoles = (family: string, track: string, level: number) => byCell.get(`${family}|${track}|L${level}`) ?? [];
  for (const role of roles) {
    const rank = Number(role.level.slice(1));
    for (let attempt = 0, made = 0; made < movesPerRole && attempt < movesPerRole * 4; attempt++) {
      const roll = rand();
      const family = roll < 0.45 ? role.family : pick(families).id;
      const track = rand() < 0.8 ? role.track : pick(tracks).id;
      const level = roll < 0.55 ? rank + 1 : roll < 0.92 ? rank : rank - 1;
      const candidates = cellRoles(family, track, level);
      if (candidates.length === 0) continue;
      const to = pick(candidates);
      const key = `${role.id}>${to.id}`;
      if (to.id === role.id || declared.has(key)) continue;
      declared.add(key);
      made++;
      moves.push({ from: role.id, to: to.id, typicalMonths: 6 + Math.floor(rand() * 30) });
    }
  }

  const payBands: PayBand[] = [];
  for (const region of REGIONS) {
    for (const level of levels) {
      for (const track of tracks) {
        if (track.id === 'management' && level.rank < MANAGEMENT_FROM_LEVEL) continue;
        const min = Math.round(region.base * (1 + 0.25 * (level.rank - 1)) * (track.id === 'management' ? 1.05 : 1));
        payBands.push({ level: level.id, track: track.id, region: region.id, currency: region.currency, base: { min, max: Math.round(min * 1.3) } });
      }
    }
  }

  return {
    format: 'career-framework/1',
    id: `generated-${seed}`,
    name: `Generated framework (${roleCount} roles, seed ${seed})`,
    locale: 'en',
    levels,
    tracks,
    families,
    skills,
    roles,
    moves,
    payBands,
  };
}
