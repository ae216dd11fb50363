// The contrast of every visible text of a shadow root against what is painted under it: HTML
// text nodes and SVG text alike. The background is found by hit-testing the middle of the text's
// first line (with pointer events on everywhere, so decorative shapes count) and compositing what
// is painted below it: HTML backgrounds and SVG fills, with their alpha and opacity, over the page
// (in forced colours, the Canvas backplate the browser paints behind HTML text).

export type Rgba = [number, number, number, number];

/** The sRGB channels and alpha of any CSS colour (`CanvasText` included) as the page resolves it. */
export function rgba(color: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = color;
  probe.style.forcedColorAdjust = 'none'; // or a forced colour would read as CanvasText
  document.body.append(probe);
  const parts = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

const parse = (computed: string): Rgba | undefined => {
  const parts = computed.match(/[\d.]+/g)?.map(Number);
  if (!computed.startsWith('rgb') || !parts) return undefined;
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
};

function luminance([r, g, b]: Rgba): number {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastOf(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** `top` with `alpha` painted over the opaque `bottom`. */
const over = (top: Rgba, alpha: number, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * alpha + bottom[i] * (1 - alpha)).concat(1) as Rgba;

/** The product of `opacity` from `el` up to its root (across shadow roots). */
function opacityOf(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon']);

/** The paint an element puts under text at a point: its background (HTML) or fill (SVG shapes). */
function paintOf(el: Element): { color: Rgba; alpha: number } | undefined {
  const style = getComputedStyle(el);
  const color = el instanceof SVGElement ? (SHAPES.has(el.localName) ? parse(style.fill) : undefined) : parse(style.backgroundColor);
  if (!color) return undefined;
  const fillOpacity = el instanceof SVGElement ? Number(style.fillOpacity) : 1;
  const alpha = color[3] * fillOpacity * opacityOf(el);
  return alpha > 0.01 ? { color, alpha } : undefined;
}

export interface TextSample {
  text: string;
  where: string;
  color: Rgba;
  background: Rgba;
  ratio: number;
}

function describe(el: Element): string {
  const classes = el.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.') ?? '';
  return `${el.localName}${classes ? `.${classes}` : ''}`;
}

/** A text is visible when its first line has an area of more than a pixel on screen, unclipped. */
function firstBox(node: Text | SVGTextElement): DOMRect | undefined {
  let box: DOMRect | undefined;
  if (node instanceof Text) {
    const range = document.createRange();
    range.selectNodeContents(node);
    box = [...range.getClientRects()].find((rect) => rect.width > 1 && rect.height > 1);
  } else {
    const rect = node.getBoundingClientRect();
    box = rect.width > 1 && rect.height > 1 ? rect : undefined;
  }
  if (!box || box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) return undefined;
  return box;
}

/**
 * Every visible text of `root` (HTML text nodes, SVG `<text>`), with its colour, the composited
 * background under the middle of its first line, and their contrast ratio. Text off screen or
 * hidden (visibility, display, a 1-pixel clip) is skipped.
 */
export function textSamples(root: ShadowRoot): TextSample[] {
  const probe = new CSSStyleSheet();
  probe.replaceSync('* { pointer-events: auto !important; }');
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, probe];
  const page = parse(getComputedStyle(document.documentElement).backgroundColor);
  const canvas: Rgba = page && page[3] > 0 ? page : rgba('Canvas');
  const samples: TextSample[] = [];
  const forced = matchMedia('(forced-colors: active)').matches;
  try {
    const texts: Array<Text | SVGTextElement> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent!.trim() || parent.closest('style, script, title, desc')) continue;
      if (parent instanceof SVGElement) {
        const text = parent.closest('text');
        if (text && !texts.includes(text)) texts.push(text);
      } else texts.push(node as Text);
    }
    for (const node of texts) {
      const el = node instanceof Text ? node.parentElement! : node;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      const box = firstBox(node);
      if (!box) continue;
      const color = parse(node instanceof Text ? style.color : style.fill);
      if (!color) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const stack = root.elementsFromPoint(x, y);
      // What is painted below the text: for HTML its own element's background counts, for SVG text
      // only what comes after it in the stack.
      const start = stack.indexOf(el);
      const below = start < 0 ? stack : stack.slice(node instanceof Text ? start : start + 1);
      const layers: Array<{ color: Rgba; alpha: number }> = [];
      for (const candidate of below) {
        const paint = paintOf(candidate);
        if (!paint) continue;
        layers.push(paint);
        if (paint.alpha >= 0.999) break;
      }
      // In forced colours the browser paints a backplate of Canvas behind HTML text it forces:
      // that, not the box's background, is what the glyphs are read against.
      const backplate = forced && node instanceof Text && style.forcedColorAdjust !== 'none';
      const background = backplate ? rgba('Canvas') : layers.reduceRight<Rgba>((under, layer) => over(layer.color, layer.alpha, under), canvas);
      const seen = over(color, color[3] * opacityOf(el), background);
      samples.push({ text: node.textContent!.trim().slice(0, 30), where: describe(el), color: seen, background, ratio: contrastOf(seen, background) });
    }
  } finally {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== probe);
  }
  return samples;
}

/** The samples of `root` below `minimum`, described for an assertion message. */
export function faintTexts(root: ShadowRoot, minimum = 4.5): string[] {
  return textSamples(root)
    .filter((sample) => sample.ratio < minimum)
    .map((s) => `${s.where} "${s.text}": ${s.ratio.toFixed(2)}:1 (rgb ${s.color.slice(0, 3).map(Math.round).join(',')} on ${s.background.slice(0, 3).map(Math.round).join(',')})`);
}
