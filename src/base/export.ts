/**
 * Export of an element's current view: a standalone SVG document (the browser's layout drawn as
 * SVG, styles resolved, fonts named, the framework named in a caption line) and a PNG rasterised
 * from it on a canvas — in the page, offline, with no server. The SVG reaches the canvas as a
 * `data:` image, which the strict policy the kit supports allows (`img-src 'self' data:`).
 *
 * The elements load this module on first use (a dynamic import: its own chunk, outside the
 * elements' bundles), so pages that never export do not download it.
 */
import { colour, snapshotElement, svgElement } from './svg-snapshot.js';

/** Height of the caption line under the view that names the framework, in px. */
export const CAPTION_HEIGHT = 22;

/** The largest side of a PNG, in px (browsers refuse larger canvases). */
export const MAX_PNG_SIDE = 16_384;

/** How long a download's object URL lives after the click (some browsers read it late). */
const REVOKE_AFTER_MS = 30_000;

export interface ExportOptions {
  /** The document's title (its `<title>`). */
  title: string;
  /** The caption under the view (the framework's name); none when empty. */
  caption?: string;
  /** Longer text for the document's `<desc>` (the framework's description, its credit). */
  description?: string;
  /** Elements of the view that are not drawn: the controls. */
  skip?: string;
  /** Pixels cut off the top of the view (the row of the Export button). */
  cropTop?: number;
}

export interface ExportDocument {
  /** The SVG document, as text. */
  svg: string;
  /** Its size in px: the view's width; the view's height (less `cropTop`) plus the caption line. */
  width: number;
  height: number;
}

/** The element's current view as a standalone SVG document. */
export function exportDocument(host: HTMLElement, options: ExportOptions): ExportDocument {
  const snapshot = snapshotElement(host, { skip: options.skip, cropTop: options.cropTop });
  const style = getComputedStyle(host);
  const token = (name: string, fallback: string) => colour(style.getPropertyValue(name).trim() || fallback) ?? fallback;
  const caption = options.caption?.trim();
  const width = Math.max(1, snapshot.width);
  const height = Math.max(1, snapshot.height + (caption ? CAPTION_HEIGHT : 0));
  const root = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    role: 'img',
  });
  const title = svgElement('title');
  title.textContent = options.title;
  root.append(title);
  const desc = svgElement('desc');
  desc.textContent = [options.description, `Fonts: ${snapshot.fonts.join('; ') || style.fontFamily}.`].filter(Boolean).join(' ');
  root.append(desc);
  root.append(svgElement('rect', { width, height, fill: colour(style.backgroundColor) ?? token('--_surface', '#ffffff') }));
  root.append(snapshot.content);
  if (caption) {
    const line = svgElement('text', {
      class: 'caption',
      x: style.direction === 'rtl' ? width - 8 : 8,
      y: height - 7,
      direction: style.direction === 'rtl' ? 'rtl' : undefined,
      fill: token('--_muted', '#52606d'),
      'font-size': 11,
    });
    line.textContent = caption;
    root.append(line);
  }
  for (const comment of comments(root)) comment.remove();
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

function comments(root: Node): Comment[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Comment[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Comment);
  return found;
}

/**
 * Rasterises an SVG document to a PNG of its size × `scale`: the SVG as a `data:` image drawn on
 * a canvas. Rejects (a `RangeError`) when the scale is not a positive number or the PNG would be
 * larger than browsers allow.
 */
export async function rasterize(doc: ExportDocument, scale = 1): Promise<Blob> {
  const width = Math.round(doc.width * scale);
  const height = Math.round(doc.height * scale);
  if (!(scale > 0) || !Number.isFinite(scale) || width < 1 || height < 1) throw new RangeError(`toPNG: scale must be a positive number (got ${String(scale)})`);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) throw new RangeError(`toPNG: ${width}×${height} px is larger than ${MAX_PNG_SIDE} px a side; use a smaller scale`);
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toPNG: the canvas gave no image'))), 'image/png'));
}

/**
 * Offers a file for download: an `<a download>` with an object URL, clicked once, removed, and
 * its URL revoked a little later. The anchor is placed in `parent` (the element's shadow root).
 */
export function download(parent: ParentNode, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  parent.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A file name from words: lower case, letters, digits and hyphens. */
export function fileName(...words: (string | undefined)[]): string {
  return (
    words
      .filter(Boolean)
      .join('-')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'career-view'
  );
}
