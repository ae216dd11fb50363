/**
 * Deterministic text measuring for layout without a DOM: an estimate of the advance width of a
 * string in a proportional sans-serif face, erring wide so real text fits in the estimated box.
 */

const NARROW = new Set("ijlI.,:;'|!()[]`");
const SEMI = new Set('frt -/');
const WIDE = new Set('mwMW@%');

/** Estimated width in pixels of `text` set at `fontSize` px (bold text about 6 % wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.28;
    else if (SEMI.has(char)) em += 0.37;
    else if (WIDE.has(char)) em += 0.86;
    else if (char >= 'A' && char <= 'Z') em += 0.68;
    else em += 0.55;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * Shortens `text` with an ellipsis until it fits `maxWidth`, dropping whole words while there are
 * several (so what shows is still words of the accessible name), else characters.
 */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) {
    const space = cut.lastIndexOf(' ');
    cut = (space > 0 ? cut.slice(0, space) : cut.slice(0, -1)).trimEnd();
  }
  return `${cut}…`;
}

/**
 * Breaks `text` at spaces into at most `maxLines` lines no wider than `maxWidth`; a word too long
 * for a line, and the remainder past the last line, are truncated with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = words[i];
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => truncate(line, maxWidth, fontSize, bold));
}
