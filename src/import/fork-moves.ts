import type { Move, Role } from '../format/types.js';

/**
 * The promotions along a ladder whose levels may fork into tracks (FT's IC / people-manager
 * forks, snowflake's Engineer / Group Lead paths). `levels` lists the roles of each level, lowest
 * first. A role on a forked level (roles on more than one track) moves up its own track when the
 * next level has a role on it; any other role moves to every role of the next level — so the
 * last shared level opens both forks and both forks reach a shared level above them.
 */
export function forkMoves(levels: readonly (readonly Role[])[]): Move[] {
  const moves: Move[] = [];
  for (let i = 0; i + 1 < levels.length; i++) {
    const forked = new Set(levels[i].map((role) => role.track)).size > 1;
    for (const from of levels[i]) {
      const sameTrack = levels[i + 1].filter((to) => to.track === from.track);
      const targets = forked && sameTrack.length > 0 ? sameTrack : levels[i + 1];
      for (const to of targets) moves.push({ from: from.id, to: to.id });
    }
  }
  return moves;
}
