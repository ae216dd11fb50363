import type { ReactiveController, ReactiveElement } from 'lit';

/** A cell of a grid: [row, column]. */
export type Cell = [number, number];

const ARROWS: Readonly<Record<string, Cell>> = Object.freeze({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] });

/**
 * The cell a key moves to in a grid of `rows` × `columns` cells (ARIA's grid keys): arrows one
 * cell, Home / End the row's first / last cell, with Ctrl the grid's first / last cell; clamped to
 * the grid. Undefined for any other key.
 */
export function cellForKey(key: string, ctrlKey: boolean, [r, c]: Cell, rows: number, columns: number): Cell | undefined {
  let next: Cell;
  const arrow = ARROWS[key];
  if (arrow) next = [r + arrow[0], c + arrow[1]];
  else if (key === 'Home') next = ctrlKey ? [0, 0] : [r, 0];
  else if (key === 'End') next = ctrlKey ? [rows - 1, columns - 1] : [r, columns - 1];
  else return undefined;
  return clampCell(next, rows, columns);
}

export function clampCell([r, c]: Cell, rows: number, columns: number): Cell {
  return [Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(columns - 1, c))];
}

/**
 * Roving focus in a grid whose cells carry `data-cell="row:column"`: one cell is in the tab
 * order (`tabIndex(cell)`), arrow keys move focus between cells (see `cellForKey`), and focusing
 * a cell by pointer or Tab makes it the active one.
 */
export class GridFocusController implements ReactiveController {
  /** The active cell (the one in the tab order), clamped to the grid at each render. */
  active: Cell;
  private size: Cell = [1, 1];
  private focusAfterUpdate = false;

  constructor(
    private readonly host: ReactiveElement,
    initial: Cell = [0, 0],
  ) {
    this.active = initial;
    host.addController(this);
  }

  /** The grid's size as rendered now; clamps the active cell to it. */
  resize(rows: number, columns: number): void {
    this.size = [Math.max(1, rows), Math.max(1, columns)];
    this.active = clampCell(this.active, ...this.size);
  }

  isActive(r: number, c: number): boolean {
    return this.active[0] === r && this.active[1] === c;
  }

  tabIndex(r: number, c: number): 0 | -1 {
    return this.isActive(r, c) ? 0 : -1;
  }

  /** Handles a grid key; returns the new active cell when the key moved it. */
  keydown(event: KeyboardEvent): Cell | undefined {
    const next = cellForKey(event.key, event.ctrlKey, this.active, ...this.size);
    if (!next) return undefined;
    event.preventDefault();
    this.active = next;
    this.focusAfterUpdate = true;
    this.host.requestUpdate();
    return next;
  }

  /** Handles focus entering the grid: the focused cell becomes the active one. */
  focusin(event: FocusEvent): HTMLElement | undefined {
    const cell = (event.composedPath() as Element[]).find((node) => node instanceof HTMLElement && node.dataset.cell !== undefined) as HTMLElement | undefined;
    if (!cell) return undefined;
    const [r, c] = cell.dataset.cell!.split(':').map(Number);
    if (!this.isActive(r, c)) {
      this.active = [r, c];
      this.host.requestUpdate();
    }
    return cell;
  }

  hostUpdated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-cell="${this.active[0]}:${this.active[1]}"]`)?.focus();
  }
}
