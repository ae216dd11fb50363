import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type CssProps = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the `style`
 * attribute, so it works under a strict Content Security Policy without `'unsafe-inline'` (lit's
 * `styleMap` writes the attribute on first render). Names are CSS names: `left`,
 * `--_aspect`. Use it in an element position: `<div ${cssProps({ left: '4px' })}>`.
 */
class CssPropsDirective extends Directive {
  #applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element position: <div ${cssProps({...})}>');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.#applied) if (!next.has(name)) style.removeProperty(name);
    this.#applied = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
