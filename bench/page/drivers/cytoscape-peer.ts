// The peer: Cytoscape.js drawing the same role graph (roles as nodes, declared and implied moves
// as edges) at the same positions (preset layout), with role titles as labels, straight
// "haystack" edges (Cytoscape's fastest) and its default canvas renderer. Zoom is the same wheel
// event as ours, pan the same mouse drag (each falls back to Cytoscape's API if ignored).

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { FrameworkIndex } from '../../../src/model/framework-index.js';

export type Positions = Map<string, { x: number; y: number }>;

/** The graph as Cytoscape elements: one node per role at its position, one edge per move. */
export function graphElements(index: FrameworkIndex, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = index.framework.roles.map((role) => ({
    group: 'nodes',
    data: { id: role.id, label: role.title },
    position: { ...(positions.get(role.id) ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = index.allMoves().map((move) => ({
    group: 'edges',
    data: { id: `${move.from}>${move.to}`, source: move.from, target: move.to },
  }));
  return [...nodes, ...edges];
}

const style = [
  { selector: 'node', style: { label: 'data(label)', width: 10, height: 10, 'font-size': 8 } },
  { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' as const, opacity: 0.4 } },
];

/** Draws the graph into a fresh container (the caller waits for the painted frame). */
export function draw(into: HTMLElement, elements: ElementDefinition[]): Core {
  const container = document.createElement('div');
  container.className = 'peer';
  into.replaceChildren(container);
  return cytoscape({ container, elements, style, layout: { name: 'preset', fit: true } });
}

function centre(cy: Core): { clientX: number; clientY: number } {
  const box = cy.container()!.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

/** One zoom step: a wheel notch over the centre, as for <mobility-map>; falls back to the API if ignored. */
/** Returns false when the event was ignored and the API was used. */
export function zoomStep(cy: Core, zoomIn = true): boolean {
  const before = cy.zoom();
  cy.container()!.dispatchEvent(
    new WheelEvent('wheel', { ...centre(cy), deltaY: zoomIn ? -100 : 100, bubbles: true, cancelable: true, composed: true, view: window }),
  );
  if (cy.zoom() !== before) return true;
  cy.zoom({ level: before * (zoomIn ? 1.15 : 1 / 1.15), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  return false;
}

/** One pan step: the same 40 px mouse drag as for <mobility-map>; falls back to cy.panBy if ignored. */
export function panStep(cy: Core, dx = 40): boolean {
  const before = cy.pan().x;
  const at = centre(cy);
  const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, buttons: 1 };
  cy.container()!.querySelector('canvas')?.dispatchEvent(new MouseEvent('mousedown', { ...init, ...at }));
  window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: at.clientX + dx, clientY: at.clientY }));
  window.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0, clientX: at.clientX + dx, clientY: at.clientY }));
  if (cy.pan().x !== before) return true;
  cy.panBy({ x: dx, y: 0 });
  return false;
}

export function destroy(cy: Core | undefined): void {
  cy?.destroy();
}

/**
 * Positions when <mobility-map> is not available: a grid with one column per family and track
 * and one row per level (top level at the top), roles of one cell in rows of four.
 */
export function gridPositions(index: FrameworkIndex): Positions {
  const positions: Positions = new Map();
  const cells = new Map<string, number>();
  const families = new Map(index.framework.families.map((family, i) => [family.id, i]));
  const tracks = new Map(index.framework.tracks.map((track, i) => [track.id, i]));
  const top = index.levels.length;
  for (const role of index.framework.roles) {
    const column = families.get(role.family)! * tracks.size + tracks.get(role.track)!;
    const row = top - index.levels.findIndex((level) => level.id === role.level);
    const key = `${column}:${row}`;
    const k = cells.get(key) ?? 0;
    cells.set(key, k + 1);
    positions.set(role.id, { x: column * 120 + (k % 4) * 25, y: row * 160 + Math.floor(k / 4) * 20 });
  }
  return positions;
}
