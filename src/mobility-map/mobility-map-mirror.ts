import type { Box, FamilyColumn, Label, MapLayout, RoleNode } from './mobility-map-layout.js';

/**
 * The map for a right-to-left page: the same layout mirrored left to right, so families read from
 * the right, the level axis stands on the right and moves point the other way. Labels keep their
 * anchors (text-anchor `start` follows the text direction, so the level names sit right-aligned
 * against the axis). Role titles stay lazily wrapped. Pure: the layout given is not changed.
 */
export function mirrorLayout(layout: MapLayout): MapLayout {
  const width = layout.width;
  const box = <T extends Box>(b: T): T => ({ ...b, x: width - b.x - b.width });
  const label = (l: Label): Label => ({ ...l, x: width - l.x - l.width, anchorX: width - l.anchorX });
  const role = (node: RoleNode): RoleNode => {
    const { id, role, trackKind, x, y, width: w, height } = node;
    let mirrored: Label | undefined;
    return Object.defineProperty({ id, role, trackKind, x: width - x - w, y, width: w, height }, 'label', {
      enumerable: true,
      get: () => (mirrored ??= label(node.label)),
    }) as RoleNode;
  };
  const family = (f: FamilyColumn): FamilyColumn => ({ ...box(f), label: label(f.label), tracks: f.tracks.map((t) => ({ ...box(t), label: label(t.label) })) });
  return {
    ...layout,
    grid: box(layout.grid),
    roles: layout.roles.map(role),
    families: layout.families.map(family),
    clusters: layout.clusters.map((c) => ({ ...box(c), label: label(c.label) })),
    levels: layout.levels.map((l) => ({ ...box(l), label: label(l.label) })),
  };
}
