// How the bench drives <mobility-map>. The only module that knows its DOM: adjust the selectors
// here if the element's contract changes. Contract used: properties `role` and `target`; roles
// drawn as elements with `data-role-id` in the shadow root; d3-zoom on the `[part=map]` node
// (wheel to zoom, mouse drag to pan); a "Zoom in" button as a fallback.

export const TAG = 'mobility-map';

type MobilityMap = HTMLElement & { role: string | null; target?: string };

export const focusRole = (element: HTMLElement, roleId: string) => {
  (element as MobilityMap).role = roleId;
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
 * Where the map drew each role, in its own (untransformed) coordinates: `cx`/`cy` of a circle,
 * `x`/`y` of a rect or use, or the translate() of a group's transform attribute.
 */
export function rolePositions(element: HTMLElement): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of root(element).querySelectorAll<Element>('[data-role-id]')) {
    const id = node.getAttribute('data-role-id')!;
    const number = (name: string) => Number.parseFloat(node.getAttribute(name) ?? '');
    let x = number('cx');
    let y = number('cy');
    if (Number.isNaN(x)) {
      const translate = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/.exec(node.getAttribute('transform') ?? '');
      if (translate) [x, y] = [Number(translate[1]), Number(translate[2])];
      else if (node.tagName === 'rect' || node.tagName === 'use') [x, y] = [number('x'), number('y')];
    }
    if (Number.isFinite(x) && Number.isFinite(y) && !positions.has(id)) positions.set(id, { x, y });
  }
  return positions;
}
