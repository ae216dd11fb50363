// How the bench drives <mobility-map>. The only module that knows its DOM: adjust the selectors
// here if the element's contract changes. Contract used: properties `role` and `target`; roles
// drawn as elements with `data-role-id` in the shadow root (at a large framework's level of
// detail only the roles that matter are: the hovered role is a destination of the focused one);
// positions from the exported `layoutMap`; d3-zoom on the `[part=map]` node
// (wheel to zoom, mouse drag to pan); a "Zoom in" button as a fallback.

import { layoutMap } from '../../../src/mobility-map/mobility-map-layout.js';
import { FrameworkIndex } from '../../../src/model/framework-index.js';

export const TAG = 'mobility-map';

type MobilityMap = HTMLElement & { currentRole: string | null; target?: string | null; framework?: unknown; showOverview(): void; showFamily(id: string): void };

export const focusRole = (element: HTMLElement, roleId: string) => {
  (element as MobilityMap).currentRole = roleId;
};

export const setTarget = (element: HTMLElement, roleId: string) => {
  (element as MobilityMap).target = roleId;
};

const root = (element: HTMLElement) => element.shadowRoot!;
const mapNode = (element: HTMLElement) => root(element).querySelector<HTMLElement | SVGElement>('[part~=map]');

function centre(node: Element): { clientX: number; clientY: number } {
  const box = node.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

/** One zoom step: a wheel notch over the map's centre (d3-zoom applies it at once). */
export function zoomStep(element: HTMLElement, zoomIn = true): void {
  const map = mapNode(element);
  if (map) {
    map.dispatchEvent(new WheelEvent('wheel', { ...centre(map), deltaY: zoomIn ? -100 : 100, bubbles: true, cancelable: true, composed: true, view: window }));
    return;
  }
  const button = [...root(element).querySelectorAll('button')].find((b) => /zoom in/i.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
  button?.click();
}

/** One pan step: press on the map, move the mouse 40 px, release (d3-zoom listens on the window for the move). */
export function panStep(element: HTMLElement, dx = 40): void {
  const map = mapNode(element);
  if (!map) return;
  const at = centre(map);
  const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
  map.dispatchEvent(new MouseEvent('mousedown', { ...init, ...at }));
  window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: at.clientX + dx, clientY: at.clientY }));
  window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: at.clientX + dx, clientY: at.clientY }));
}

const roleNode = (element: HTMLElement, roleId: string) =>
  [...root(element).querySelectorAll<Element>('[data-role-id]')].find((node) => node.getAttribute('data-role-id') === roleId);

/** Hovers a role: the pointer and mouse events a highlight may listen to. False when the role is not drawn. */
export function hoverRole(element: HTMLElement, roleId: string): boolean {
  const node = roleNode(element, roleId);
  if (!node) return false;
  const at = centre(node);
  for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']) {
    const Event = type.startsWith('pointer') ? PointerEvent : MouseEvent;
    node.dispatchEvent(new Event(type, { ...at, bubbles: !type.endsWith('enter'), composed: true, view: window }));
  }
  return true;
}

/** Ends a hover (so the next hover is a change). */
export function unhoverRole(element: HTMLElement, roleId: string): void {
  const node = roleNode(element, roleId);
  for (const type of ['pointerout', 'pointerleave', 'mouseout', 'mouseleave']) {
    const Event = type.startsWith('pointer') ? PointerEvent : MouseEvent;
    node?.dispatchEvent(new Event(type, { bubbles: !type.endsWith('leave'), composed: true, view: window }));
  }
}

/**
 * Where the map places each role, in its own (untransformed) coordinates: the top-left of the
 * role's box. Large frameworks draw most roles as aggregated shapes (level of detail), so this
 * reads the element's pure layout of its framework rather than the drawn `[data-role-id]` nodes.
 */
export function rolePositions(element: HTMLElement): Map<string, { x: number; y: number }> {
  const layout = layoutMap(new FrameworkIndex((element as MobilityMap).framework as never));
  return new Map(layout.roles.map((node) => [node.id, { x: node.x, y: node.y }]));
}

/** The view's transform (the viewport `<g>`): it changes on every frame of a zoom animation. */
export const viewTransform = (element: HTMLElement) => root(element).querySelector('g.viewport')?.getAttribute('transform') ?? '';

/** Clears the focus and the target (back to the level the map shows without one). */
export const clearFocus = (element: HTMLElement) => {
  (element as MobilityMap).currentRole = null;
  (element as MobilityMap).target = null;
};

/** The family overview (semantic zoom's top level). */
export const showOverview = (element: HTMLElement) => (element as MobilityMap).showOverview();

/** One family's roles by level and track (semantic zoom's step in). */
export const showFamily = (element: HTMLElement, familyId: string) => (element as MobilityMap).showFamily(familyId);
