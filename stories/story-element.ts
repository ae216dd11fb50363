// Stories render the kit's elements from their args, so every control in Storybook's panel works:
// - an arg named like one of the element's attributes (`current-role`, `move-kinds`, `region`,
//   `pay`, `locale`…) sets that attribute; an empty or missing value removes it;
// - a `--career-*` arg sets that CSS custom property on the element (the theme controls);
// - an `onCareer…` arg (Storybook's actions) listens to the matching `career-…` event;
// - any other arg the element has is set as a property (`framework`, `profile`, `columns`…).
import type { ReactiveElement } from 'lit';

export type StoryArgs = Record<string, unknown>;

const eventName = (arg: string) => arg.replace(/^on/, '').replace(/[A-Z]/g, (letter, at) => `${at ? '-' : ''}${letter.toLowerCase()}`);

/** Creates `<tag>` and applies the args to it (see above). */
export function storyElement<K extends keyof HTMLElementTagNameMap>(tag: K, args: StoryArgs): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const attributes = (customElements.get(tag) as unknown as typeof ReactiveElement | undefined)?.observedAttributes ?? [];
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--')) {
      if (value !== undefined && value !== '') element.style.setProperty(name, String(value));
    } else if (/^on[A-Z]/.test(name) && typeof value === 'function') {
      element.addEventListener(eventName(name), value as EventListener);
    } else if (attributes.includes(name)) {
      if (value === undefined || value === null || value === '' || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    } else if (value !== undefined && name in element) {
      (element as unknown as StoryArgs)[name] = value;
    }
  }
  return element;
}

/** A story's render for one element: `render: renderElement('mobility-map')`. */
export const renderElement =
  <K extends keyof HTMLElementTagNameMap>(tag: K) =>
  (args: StoryArgs) =>
    storyElement(tag, args);
