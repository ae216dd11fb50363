/**
 * What a key does on the map and in its search field: pure mappings from keys to actions, so the
 * element only carries them out.
 */
import type { Direction } from './mobility-map-layout.js';

/** How much one "+" or "−" zooms. */
export const ZOOM_STEP = 1.3;

export type MapKeyAction =
  | { type: 'move'; direction: Direction }
  | { type: 'select' }
  | { type: 'clear' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' };

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The action of a key pressed on the map, or undefined when the map leaves the key alone. */
export function mapKeyAction(key: string): MapKeyAction | undefined {
  if (key in ARROWS) return { type: 'move', direction: ARROWS[key] };
  switch (key) {
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    default:
      return undefined;
  }
}

export type SearchKeyAction = { type: 'highlight'; index: number } | { type: 'pick'; index: number } | { type: 'close' };

/** The action of a key in the search field with `count` results, the `current` one highlighted. */
export function searchKeyAction(key: string, current: number, count: number): SearchKeyAction | undefined {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (count === 0) return undefined;
    return { type: 'highlight', index: (current + (key === 'ArrowDown' ? 1 : count - 1)) % count };
  }
  if (key === 'Enter') return count > 0 ? { type: 'pick', index: Math.min(current, count - 1) } : undefined;
  if (key === 'Escape') return { type: 'close' };
  return undefined;
}

/** Where the keyboard is on a walk along the focused role's moves. */
export type WalkPosition = { kind: 'role'; id: string } | { kind: 'move'; index: number };

/**
 * Walking the graph by keyboard: from the focused role, → enters its moves (in the order
 * announced); ↓ and ↑ go through them (↑ from the first returns to the role); → on a move goes on
 * to its destination, ← back to the origin. Undefined when the key is not part of the walk (the
 * map then moves between roles by position).
 */
export function walkStep(key: string, at: WalkPosition, focusId: string | undefined, moves: ReadonlyArray<{ from: string; to: string }>): WalkPosition | undefined {
  if (at.kind === 'role') {
    return at.id === focusId && key === 'ArrowRight' && moves.length > 0 ? { kind: 'move', index: 0 } : undefined;
  }
  const move = moves[at.index];
  if (!move) return undefined;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', index: Math.min(moves.length - 1, at.index + 1) };
    case 'ArrowUp':
      return at.index === 0 ? { kind: 'role', id: move.from } : { kind: 'move', index: at.index - 1 };
    case 'ArrowRight':
      return { kind: 'role', id: move.to };
    case 'ArrowLeft':
      return { kind: 'role', id: move.from };
    default:
      return undefined;
  }
}
