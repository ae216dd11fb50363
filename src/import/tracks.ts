import type { Track } from '../format/types.js';

/** The two tracks the published frameworks fork into. */
export const IC_TRACK: Track = { id: 'ic', label: 'Individual contributor', kind: 'ic' };
export const MANAGEMENT_TRACK: Track = { id: 'management', label: 'Management', kind: 'management' };

/** The tracks of `roles` in IC, management order, only those used. */
export function usedTracks(roles: ReadonlyArray<{ track: string }>): Track[] {
  const used = new Set(roles.map((role) => role.track));
  return [IC_TRACK, MANAGEMENT_TRACK].filter((track) => used.has(track.id)).map((track) => ({ ...track }));
}
