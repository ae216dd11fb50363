import type { Framework, Move, Role } from '../format/types.js';

/** A role: `id` (or `id:family`), its level rank 1–5, and its required skills by id. */
export type Spec = [id: string, rank: number, skills?: Record<string, number>];

/**
 * A framework where every role is in a family of its own (so the model implies no promotion) and
 * the moves are exactly the declared ones, unless a role names its family as `id:family`.
 */
export function graph(roles: Spec[], moves: Array<[string, string, Partial<Move>?]>, extra: Partial<Framework> = {}): Framework {
  const parsed = roles.map(([spec, rank, skills]) => {
    const [id, family = `f-${spec}`] = spec.split(':');
    return { id, family, rank, skills: skills ?? {} };
  });
  const skillIds = [...new Set(parsed.flatMap((r) => Object.keys(r.skills)))];
  return {
    format: 'career-framework/1',
    id: 'graph',
    name: 'Graph',
    levels: [1, 2, 3, 4, 5].map((rank) => ({ id: `L${rank}`, rank, label: `Level ${rank}` })),
    tracks: [{ id: 'ic', label: 'IC' }],
    families: [...new Set(parsed.map((r) => r.family))].map((id) => ({ id, label: id })),
    skills: skillIds.map((id) => ({ id, label: id.toUpperCase() })),
    roles: parsed.map((r): Role => ({
      id: r.id, title: r.id, family: r.family, track: 'ic', level: `L${r.rank}`,
      skills: Object.entries(r.skills).map(([skill, level]) => ({ skill, level })),
    })),
    moves: moves.map(([from, to, more]) => ({ from, to, ...more })),
    ...extra,
  };
}

