/**
 * Text measuring for the map's layout. In a browser, widths come from the browser's own metrics
 * (canvas `measureText` in the element's computed font, cached); without a DOM (Node tests), from
 * a deterministic estimate that errs wide. Every function does bounded work on any input: a
 * 100,000-character title costs about what a 100-character one does.
 */

/** The advance width in px of `text` set at `fontSize` px, bold or not. */
export type TextMeasure = (text: string, fontSize: number, bold?: boolean) => number;

const NARROW = new Set("ijlI.,:;'|!()[]`");
const SEMI = new Set('frt -/');
const WIDE = new Set('mwMW@%');
/** Han, kana, hangul, fullwidth forms and other East Asian wide characters: about 1 em each. */
const EAST_ASIAN_WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** A deterministic estimate for a proportional sans-serif face, erring wide. */
export const estimateWidth: TextMeasure = (text, fontSize, bold = false) => {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.28;
    else if (SEMI.has(char)) em += 0.37;
    else if (WIDE.has(char)) em += 0.86;
    else if (char >= 'A' && char <= 'Z') em += 0.68;
    else if (EAST_ASIAN_WIDE.test(char)) em += 1;
    else em += 0.55;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

const CACHE_LIMIT = 20_000;
const measures = new Map<string, TextMeasure>();

/**
 * The browser's own widths for `fontFamily` (a CSS font-family list, e.g. from
 * `getComputedStyle(element).fontFamily`), cached per text; the estimate where there is no canvas.
 */
export function browserMeasure(fontFamily: string): TextMeasure {
  const known = measures.get(fontFamily);
  if (known) return known;
  const context = canvasContext();
  if (!context) return estimateWidth;
  const cache = new Map<string, number>();
  const measure: TextMeasure = (text, fontSize, bold = false) => {
    const key = `${fontSize}${bold ? 'b' : ''}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
      width = context.measureText(text).width;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
  measures.set(fontFamily, measure);
  return measure;
}

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
function canvasContext() {
  if (context !== undefined) return context;
  try {
    if (typeof OffscreenCanvas !== 'undefined') context = new OffscreenCanvas(1, 1).getContext('2d');
    else if (typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d');
    else context = null;
  } catch {
    context = null;
  }
  return context;
}

/** The most characters that could fit in `width` (no glyph is narrower than 0.2 em). */
function fitBound(width: number, fontSize: number): number {
  return Math.max(1, Math.ceil(width / (fontSize * 0.2)) + 1);
}

/** The longest prefix of `chars` (whole code points) no wider than `maxWidth`, by binary search. */
function longestFitting(chars: string[], maxWidth: number, fontSize: number, bold: boolean, measure: TextMeasure, suffix = ''): number {
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + suffix, fontSize, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Shortens `text` with an ellipsis until it fits `maxWidth`: at a word boundary when one leaves
 * at least half of what fits (so what shows is still words of the accessible name), else between
 * characters. A binary search: O(log n) measurements of at most one line of text.
 */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false, measure: TextMeasure = estimateWidth): string {
  const limit = 2 * fitBound(maxWidth, fontSize);
  if (text.length <= limit && measure(text, fontSize, bold) <= maxWidth) return text;
  const chars = Array.from(text.slice(0, limit));
  const fit = longestFitting(chars, maxWidth, fontSize, bold, measure, '…');
  let cut = chars.slice(0, Math.max(1, fit)).join('');
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space >= cut.length / 2 && /\s/.test(chars[fit] ?? ' ') === false) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

const segmenters = new Map<string, Intl.Segmenter | null>();
function wordSegmenter(locale?: string): Intl.Segmenter | null {
  const key = locale ?? '';
  if (!segmenters.has(key)) {
    let segmenter: Intl.Segmenter | null = null;
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      try {
        segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
      } catch {
        segmenter = null;
      }
    }
    segmenters.set(key, segmenter);
  }
  return segmenters.get(key)!;
}

/**
 * The places a line may break: after spaces and hyphens, and between the words of scripts written
 * without spaces (Chinese, Japanese, Thai…), as `Intl.Segmenter` finds them. Each piece keeps its
 * trailing spaces; punctuation stays with the word before it, opening brackets with the word after.
 */
export function breakPieces(text: string, locale?: string): string[] {
  const segmenter = wordSegmenter(locale);
  if (!segmenter) return text.split(/(?<=\s)/);
  const pieces: string[] = [];
  const opening = /^[\p{Ps}\p{Pi}]+$/u;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const last = pieces.at(-1);
    const startsPiece = last === undefined || (isWordLike && !opening.test(last)) || (opening.test(segment) && /\s$/.test(last));
    if (startsPiece) pieces.push(segment);
    else pieces[pieces.length - 1] += segment;
  }
  return pieces;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`: at spaces and between the
 * words of scripts without spaces; a word too long for a line is cut with an ellipsis (a run of
 * Chinese or Japanese breaks between characters); what is left past the last line is truncated
 * with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false, measure: TextMeasure = estimateWidth, locale?: string): string[] {
  const bound = maxLines * fitBound(maxWidth, fontSize);
  const clipped = text.length > bound;
  const pieces = breakPieces(text.trim().slice(0, bound + 1).replace(/\s+/g, ' '), locale);
  const fits = (line: string) => measure(line.trimEnd(), fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < pieces.length; i++) {
    if (lines.length === maxLines - 1) {
      // The last line: everything left, truncated if it does not fit.
      const rest = current + pieces.slice(i).join('');
      lines.push(clipped || !fits(rest) ? truncate(rest.trim(), maxWidth, fontSize, bold, measure) : rest.trim());
      return lines.filter(Boolean);
    }
    const piece = pieces[i];
    if (fits(current + piece)) {
      current += piece;
      continue;
    }
    if (current) {
      lines.push(current.trim());
      current = '';
      i--; // the piece starts the next line
      continue;
    }
    // A piece wider than a whole line. A word of a spaced script is cut with an ellipsis, so what
    // shows stays words of the accessible name; a run of Chinese or Japanese breaks anywhere.
    if (!EAST_ASIAN_WIDE.test(piece)) {
      lines.push(truncate(piece.trim(), maxWidth, fontSize, bold, measure));
      continue;
    }
    const chars = Array.from(piece);
    const take = Math.max(1, longestFitting(chars, maxWidth, fontSize, bold, measure));
    lines.push(chars.slice(0, take).join(''));
    pieces[i] = chars.slice(take).join('');
    if (pieces[i]) i--;
  }
  if (current.trim()) lines.push(clipped ? truncate(current.trim(), maxWidth, fontSize, bold, measure) : current.trim());
  return lines;
}

/** How the map measures and breaks its titles, and whether it is mirrored. */
export interface TextSetting {
  /** The font family titles are drawn in (a layout is cached per font). */
  font?: string;
  measure?: TextMeasure;
  /** The language titles are broken for. */
  locale?: string;
  /** The page reads right to left: the map is mirrored. */
  rtl?: boolean;
}

/**
 * Titles are measured by the browser in the font the map draws them in — the kit's own
 * (--career-font-family), never the host's, which a page rule can restyle — and broken for the
 * element's language; a right-to-left page (dir="rtl", set or inherited) gets the map mirrored.
 */
export function textSettingOf(element: Element, locale: string | undefined): TextSetting {
  const style = getComputedStyle(element);
  const font = style.getPropertyValue('--_font').trim() || style.fontFamily;
  return { font, measure: browserMeasure(font), locale, rtl: style.direction === 'rtl' };
}
