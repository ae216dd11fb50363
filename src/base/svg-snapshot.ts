/**
 * Draws what an element shows as plain SVG, from the browser's own layout: every visible box of its
 * shadow root becomes a `<rect>` (background, border, radius), every line of text a `<text>` at the
 * position the browser laid it out, and every `<svg>` inside is copied with its computed styles
 * written onto it as presentation attributes. Colours, fonts and sizes are the resolved values of
 * the theme (no `var()`, no stylesheet), so the result stands alone — in a file, an `<img>`, a
 * slide — and rasterises without a `<foreignObject>` (which would taint a canvas).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties copied onto every element of an inline `<svg>`, as presentation attributes. */
const SVG_PROPERTIES = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing',
  'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'direction', 'unicode-bidi',
] as const;

/** Properties whose computed value is a colour (normalised to `rgb()` for other SVG readers). */
const COLOUR_PROPERTIES = new Set(['fill', 'stroke']);

/** Attributes of the live DOM that mean nothing in a picture. */
const DROPPED_ATTRIBUTES = ['style', 'tabindex', 'part', 'aria-pressed', 'aria-activedescendant'];

export interface SnapshotOptions {
  /** Elements not drawn (and their content): the element's controls, say. */
  skip?: string;
  /** Pixels cut off the top (a row of controls above the view). */
  cropTop?: number;
}

export interface Snapshot {
  width: number;
  height: number;
  /** The drawing: a `<g>` in the host's coordinates (0,0 = the host's top-left corner). */
  content: SVGGElement;
  /** The font families used, first choice first. */
  fonts: string[];
}

/** Draws the host's shadow root (or, without one, its children) at its current size. */
export function snapshotElement(host: HTMLElement, options: SnapshotOptions = {}): Snapshot {
  const box = host.getBoundingClientRect();
  const cropTop = Math.min(box.height, Math.max(0, options.cropTop ?? 0));
  const content = svgElement('g');
  const defs = append(content, 'defs');
  const context: Context = { origin: { x: box.left, y: box.top + cropTop }, skip: options.skip, fonts: new Set(), defs };
  for (const child of (host.shadowRoot ?? host).childNodes) drawNode(child, content, context);
  return { width: Math.round(box.width), height: Math.round(box.height - cropTop), content, fonts: [...context.fonts] };
}

interface Context {
  origin: { x: number; y: number };
  skip?: string;
  fonts: Set<string>;
  /** Where clip paths go. */
  defs: SVGDefsElement;
}

function drawNode(node: Node, out: SVGElement, context: Context): void {
  if (node.nodeType === Node.TEXT_NODE) return drawText(node as Text, out, context);
  if (!(node instanceof Element) || (context.skip && node.matches(context.skip))) return;
  if (node instanceof SVGSVGElement) return drawSvg(node, out, context);
  if (!(node instanceof HTMLElement) || ['SCRIPT', 'STYLE', 'TEMPLATE', 'SLOT'].includes(node.tagName)) return;
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden' || isClippedAway(style)) return;
  const rect = node.getBoundingClientRect();
  let group: SVGElement = out;
  if (Number(style.opacity) < 1 || clips(style)) {
    group = append(out, 'g', Number(style.opacity) < 1 ? { opacity: style.opacity } : {});
    if (clips(style)) group.setAttribute('clip-path', `url(#${clipPath(rect, context)})`);
  }
  drawBox(rect, style, group, context);
  if (style.display === 'list-item') drawMarker(node, rect, style, group, context);
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) return drawControlText(node, rect, style, group, context);
  // A closed <details> shows its summary only.
  const children = node instanceof HTMLDetailsElement && !node.open ? [...node.children].filter((c) => c.localName === 'summary') : node.childNodes;
  for (const child of children) drawNode(child, group, context);
}

/** `.visually-hidden` and the like: one pixel clipped to nothing. */
function isClippedAway(style: CSSStyleDeclaration): boolean {
  return style.clip === 'rect(0px, 0px, 0px, 0px)' || (style.position === 'absolute' && parseFloat(style.width) <= 1 && style.overflow === 'hidden');
}

function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/** A `<clipPath>` of the box, returning its id. */
function clipPath(rect: DOMRect, context: Context): string {
  const id = `export-clip-${context.defs.childElementCount + 1}`;
  const clip = append(context.defs, 'clipPath', { id });
  append(clip, 'rect', { x: rect.left - context.origin.x, y: rect.top - context.origin.y, width: rect.width, height: rect.height });
  return id;
}

/** The background and the borders of a box. */
function drawBox(rect: DOMRect, style: CSSStyleDeclaration, out: SVGElement, context: Context): void {
  if (rect.width === 0 || rect.height === 0) return;
  const x = rect.left - context.origin.x;
  const y = rect.top - context.origin.y;
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  const background = colour(style.backgroundColor);
  if (background) append(out, 'rect', { x, y, width: rect.width, height: rect.height, rx: radius || undefined, fill: background });
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width: parseFloat(style[`border${side}Width`]) || 0,
    colour: style[`border${side}Style`] === 'none' ? undefined : colour(style[`border${side}Color`]),
    style: style[`border${side}Style`],
  }));
  const [top] = sides;
  if (sides.every((side) => side.width === top.width && side.colour === top.colour && side.style === top.style)) {
    if (top.width > 0 && top.colour) {
      const w = top.width;
      const dashes = top.style === 'dashed' ? `${3 * w} ${3 * w}` : top.style === 'dotted' ? `${w} ${w}` : undefined;
      append(out, 'rect', {
        x: x + w / 2, y: y + w / 2, width: Math.max(0, rect.width - w), height: Math.max(0, rect.height - w),
        rx: radius ? Math.max(0, radius - w / 2) : undefined, fill: 'none', stroke: top.colour, 'stroke-width': w, 'stroke-dasharray': dashes,
      });
    }
    return;
  }
  const [t, r, b, l] = sides;
  const edge = (side: { width: number; colour?: string }, ex: number, ey: number, ew: number, eh: number) => {
    if (side.width > 0 && side.colour) append(out, 'rect', { x: ex, y: ey, width: ew, height: eh, fill: side.colour });
  };
  edge(t, x, y, rect.width, t.width);
  edge(b, x, y + rect.height - b.width, rect.width, b.width);
  edge(l, x, y, l.width, rect.height);
  edge(r, x + rect.width - r.width, y, r.width, rect.height);
}

/** A list item's marker: a disc, or its number in an ordered list. */
function drawMarker(item: HTMLElement, rect: DOMRect, style: CSSStyleDeclaration, out: SVGElement, context: Context): void {
  const size = parseFloat(style.fontSize);
  const lineHeight = parseFloat(style.lineHeight) || size * 1.4;
  const rtl = style.direction === 'rtl';
  const top = rect.top + parseFloat(style.paddingTop);
  if (style.listStyleType === 'disc') {
    const cx = (rtl ? rect.right + size * 0.7 : rect.left - size * 0.7) - context.origin.x;
    append(out, 'circle', { cx, cy: top + lineHeight / 2 - context.origin.y, r: size * 0.16, fill: colour(style.color) });
  } else if (style.listStyleType === 'decimal' && item.parentElement instanceof HTMLOListElement) {
    const list = item.parentElement;
    const number = list.start + [...list.children].filter((c) => c.localName === 'li').indexOf(item);
    const marker = textLine(`${number}.`, new DOMRect(rtl ? rect.right + size * 0.4 : rect.left - size * 1.4, top, size, lineHeight), style, context);
    out.append(marker);
  }
}

/** A text field's or a select's text (its value, else its placeholder). */
function drawControlText(control: HTMLInputElement | HTMLSelectElement, rect: DOMRect, style: CSSStyleDeclaration, out: SVGElement, context: Context): void {
  if (control instanceof HTMLInputElement && ['checkbox', 'radio', 'range', 'hidden'].includes(control.type)) return;
  const text = control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.text ?? '') : control.value || control.placeholder;
  if (!text) return;
  const left = rect.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
  const height = parseFloat(style.fontSize) * 1.2;
  const line = new DOMRect(left, rect.top + (rect.height - height) / 2, rect.width, height);
  out.append(textLine(text, line, style, context, control instanceof HTMLInputElement && !control.value));
}

/** A text node, one `<text>` per line the browser broke it into. */
function drawText(node: Text, out: SVGElement, context: Context): void {
  const parent = node.parentElement;
  if (!parent || !node.data.trim()) return;
  const style = getComputedStyle(parent);
  if (style.visibility === 'hidden') return;
  for (const line of textLines(node, style)) out.append(textLine(line.text, line.rect, style, context));
}

/** The lines of a text node as laid out: its text split where the browser broke the lines. */
function textLines(node: Text, style: CSSStyleDeclaration): { text: string; rect: DOMRect }[] {
  const range = document.createRange();
  const pre = style.whiteSpace.startsWith('pre');
  const data = node.data;
  /** One line: the characters from `start` to `end`, without the white space the browser drops at its ends. */
  const line = (start: number, end: number) => {
    if (!pre) {
      while (start < end && /\s/.test(data[start])) start++;
      while (end > start && /\s/.test(data[end - 1])) end--;
    }
    if (start === end) return [];
    range.setStart(node, start);
    range.setEnd(node, end);
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    return rect ? [{ text: transform(pre ? data.slice(start, end) : data.slice(start, end).replace(/\s+/g, ' '), style), rect }] : [];
  };
  range.selectNodeContents(node);
  if ([...range.getClientRects()].filter((r) => r.width > 0).length <= 1) return line(0, data.length);
  // Several lines: walk the characters and start a line where one drops below the previous.
  const lines: { text: string; rect: DOMRect }[] = [];
  let start = 0;
  let top: number | undefined;
  for (let i = 0; i < data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getClientRects()[0];
    if (!r || r.width === 0) continue;
    if (top !== undefined && r.top >= top + r.height / 2) {
      lines.push(...line(start, i));
      start = i;
    }
    top = r.top;
  }
  lines.push(...line(start, data.length));
  return lines;
}

function transform(text: string, style: CSSStyleDeclaration): string {
  if (style.textTransform === 'uppercase') return text.toLocaleUpperCase();
  if (style.textTransform === 'lowercase') return text.toLocaleLowerCase();
  return text;
}

/** One line of text at the box the browser drew it in, on the font's baseline. */
function textLine(text: string, rect: DOMRect, style: CSSStyleDeclaration, context: Context, muted = false): SVGTextElement {
  const { ascent, descent } = fontMetrics(style);
  const rtl = style.direction === 'rtl';
  context.fonts.add(style.fontFamily);
  const element = svgElement('text', {
    x: (rtl ? rect.right : rect.left) - context.origin.x,
    y: rect.top + (rect.height - ascent - descent) / 2 + ascent - context.origin.y,
    fill: colour(style.color) ?? 'currentColor',
    'fill-opacity': muted ? 0.6 : undefined,
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
    'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
    'letter-spacing': style.letterSpacing === 'normal' ? undefined : style.letterSpacing,
    'text-decoration': style.textDecorationLine.includes('underline') && colour(style.textDecorationColor) ? 'underline' : undefined,
    direction: rtl ? 'rtl' : undefined,
    // The line is a paragraph of its own: its characters are ordered by its own first strong letter
    // ("Manager," stays "Manager," in an Arabic sentence), anchored where the browser drew it.
    'unicode-bidi': 'plaintext',
    'xml:space': 'preserve',
  });
  element.textContent = text;
  return element;
}

const metricsCache = new Map<string, { ascent: number; descent: number }>();
let measureContext: CanvasRenderingContext2D | null | undefined;

/** The ascent and descent of a computed font (the browser's own metrics, cached per font). */
function fontMetrics(style: CSSStyleDeclaration): { ascent: number; descent: number } {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  let metrics = metricsCache.get(font);
  if (!metrics) {
    measureContext ??= document.createElement('canvas').getContext('2d');
    const size = parseFloat(style.fontSize);
    metrics = { ascent: size * 0.9, descent: size * 0.22 };
    if (measureContext) {
      measureContext.font = font;
      const m = measureContext.measureText('Hg');
      if (m.fontBoundingBoxAscent) metrics = { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
    }
    metricsCache.set(font, metrics);
  }
  return metrics;
}

/** An inline `<svg>`: copied where it sits, its computed styles written onto every element. */
function drawSvg(source: SVGSVGElement, out: SVGElement, context: Context): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') return;
  const rect = source.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const copy = source.cloneNode(true) as SVGSVGElement;
  copySvgStyles(source, copy, context);
  copy.setAttribute('x', String(rect.left - context.origin.x));
  copy.setAttribute('y', String(rect.top - context.origin.y));
  copy.setAttribute('width', String(rect.width));
  copy.setAttribute('height', String(rect.height));
  copy.setAttribute('overflow', style.overflow === 'visible' ? 'visible' : 'hidden');
  out.append(copy);
}

/** Walks a live SVG element and its copy side by side, writing the computed styles on the copy. */
function copySvgStyles(source: Element, copy: Element, context: Context): void {
  const style = getComputedStyle(source);
  if (style.display === 'none') {
    copy.remove();
    return;
  }
  for (const name of DROPPED_ATTRIBUTES) copy.removeAttribute(name);
  for (const name of SVG_PROPERTIES) {
    let value = style.getPropertyValue(name);
    if (!value || value === 'normal' || value === 'auto' || value === 'ltr') continue;
    if (COLOUR_PROPERTIES.has(name)) value = colour(value) ?? 'none';
    copy.setAttribute(name, value);
  }
  if (style.transform !== 'none' && !source.hasAttribute('transform')) copy.setAttribute('transform', style.transform);
  if (source instanceof SVGTextElement) context.fonts.add(style.fontFamily);
  if (style.textTransform === 'uppercase' || style.textTransform === 'lowercase') {
    for (const text of textNodes(copy)) text.data = transform(text.data, style);
  }
  const sources = source.children;
  const copies = [...copy.children];
  for (let i = 0; i < sources.length; i++) copySvgStyles(sources[i], copies[i], context);
}

function textNodes(node: Node): Text[] {
  return [...node.childNodes].flatMap((child) => (child.nodeType === Node.TEXT_NODE ? [child as Text] : textNodes(child)));
}

const colourCache = new Map<string, string | undefined>();
let colourContext: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as `rgb()` / `rgba()` (`color-mix()` and `color(srgb …)` included, which other
 * SVG readers do not know), or undefined when it is fully transparent. Paint keywords pass.
 */
export function colour(value: string): string | undefined {
  if (value === 'none' || value.startsWith('url(') || value === 'currentcolor' || value === 'context-stroke' || value === 'context-fill') return value;
  if (colourCache.has(value)) return colourCache.get(value);
  let result: string | undefined = value;
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value);
  if (rgb) {
    const parts = rgb[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length === 4 && Number(parts[3]) === 0) result = undefined;
  } else if (value === 'transparent') {
    result = undefined;
  } else {
    // Paint one pixel with it and read it back: the browser resolves any colour syntax.
    colourContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (colourContext) {
      colourContext.clearRect(0, 0, 1, 1);
      colourContext.fillStyle = value;
      colourContext.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = colourContext.getImageData(0, 0, 1, 1).data;
      result = a === 0 ? undefined : a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`;
    }
  }
  colourCache.set(value, result);
  return result;
}

type Attributes = Record<string, string | number | undefined>;

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name.startsWith('xml:')) element.setAttributeNS('http://www.w3.org/XML/1998/namespace', name, String(value));
    else element.setAttribute(name, typeof value === 'number' ? String(+value.toFixed(2)) : value);
  }
  return element;
}

function append<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const element = svgElement(tag, attributes);
  parent.append(element);
  return element;
}
