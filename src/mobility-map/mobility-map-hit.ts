/** What a pointer or focus event on the map is about: a move, a role or a family. */
import type { ZoomTransform } from '../base/zoom-transform.js';
import type { Scene } from './mobility-map-scene.js';
import { roleAtPoint } from './mobility-map-view.js';

export type Hit = { kind: 'move'; from: string; to: string; index: number } | { kind: 'role'; id: string } | { kind: 'family'; id: string };

/**
 * Walks the event's path inside the map's SVG: a move, a role or a family element, or — on the
 * aggregated shapes of a large map — the role under the pointer, found from the layout.
 */
export function hitTarget(event: Event, scene: Scene | undefined, t: ZoomTransform): Hit | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node instanceof SVGSVGElement) break;
    if (node.getAttribute('part') === 'move') return { kind: 'move', from: node.getAttribute('data-from')!, to: node.getAttribute('data-to')!, index: Number(node.getAttribute('data-move-index') ?? -1) };
    if (node.hasAttribute('data-role-id')) return { kind: 'role', id: node.getAttribute('data-role-id')! };
    if (node.hasAttribute('data-family-id')) return { kind: 'family', id: node.getAttribute('data-family-id')! };
    if (node.classList.contains('shapes') && event instanceof MouseEvent && scene?.kind === 'map') {
      const box = (node as SVGElement).ownerSVGElement!.getBoundingClientRect();
      const role = roleAtPoint(scene.layout, { x: event.clientX - box.left, y: event.clientY - box.top }, t);
      return role && { kind: 'role', id: role.id };
    }
  }
  return undefined;
}

/** What the map's pointer and focus listeners do, and what they read. */
export interface PointerActions {
  scene(): Scene | undefined;
  transform(): ZoomTransform;
  chooseRole(id: string): void;
  chooseMove(from: string, to: string): void;
  openFamily(id: string): void;
  /** The role under the pointer or focus (its hover card), or none. */
  hover(roleId: string | undefined): void;
  /** The keyboard's active item follows the focus. */
  activate(item: { kind: 'role' | 'family'; id: string } | { kind: 'move'; index: number } | undefined): void;
}

/** The map's click, hover and focus listeners: what the event is about (`hitTarget`) and what it does. */
export function pointerListeners(actions: PointerActions) {
  const hit = (event: Event) => hitTarget(event, actions.scene(), actions.transform());
  return {
    click(event: MouseEvent): void {
      const target = hit(event);
      if (target?.kind === 'move') actions.chooseMove(target.from, target.to);
      else if (target?.kind === 'family') actions.openFamily(target.id);
      else if (target?.kind === 'role') actions.chooseRole(target.id);
    },
    over(event: PointerEvent): void {
      const target = hit(event);
      actions.hover(target?.kind === 'role' ? target.id : undefined);
    },
    leave(): void {
      actions.hover(undefined);
    },
    focusIn(event: FocusEvent): void {
      const target = hit(event);
      if (target?.kind === 'role') actions.hover(target.id);
      actions.activate(target?.kind === 'move' ? { kind: 'move', index: target.index } : target);
    },
  };
}
