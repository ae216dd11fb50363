// How the bench drives <skill-gap>: attributes `current-role` and `target`; a what-if change is ArrowUp
// (ArrowDown back) on a focused `[data-skill-id]` row of the shadow root.

export const TAG = 'skill-gap';

export const attributes = (role: string, target: string) => ({ 'current-role': role, target });

/** Raises (or lowers) the current level of the first skill row. False when no row is drawn. */
export function whatIfStep(element: HTMLElement, up = true, row = 0): boolean {
  const rows = element.shadowRoot?.querySelectorAll<HTMLElement>('[data-skill-id]') ?? [];
  const node = rows[row % Math.max(1, rows.length)];
  if (!node) return false;
  node.focus();
  node.dispatchEvent(new KeyboardEvent('keydown', { key: up ? 'ArrowUp' : 'ArrowDown', code: up ? 'ArrowUp' : 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
  return true;
}
