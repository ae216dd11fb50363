/**
 * Registers a custom element once. Defining a tag already defined by the same class is a no-op;
 * a different class keeps the first definition and warns, so two copies of the kit on one page
 * never throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element) console.warn(`<${tag}> is already defined by another copy of career-elements; keeping the first.`);
}
