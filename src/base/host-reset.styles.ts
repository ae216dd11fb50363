import { css } from 'lit';

/**
 * Keeps the page's text styling out of an element. Inherited text properties flow into a shadow
 * tree from the page (`html { letter-spacing: .2em }`, `<html dir="rtl">`), and a page rule that
 * targets the element itself (`* { all: unset }`) beats anything the kit puts on `:host`. So they
 * are reset on each top-level node of the shadow tree, which no page selector reaches (`:host`
 * itself keeps the theme's font and colour for the elements' own box). The kit's text follows
 * `--career-font-family` and `--career-font-size` only.
 *
 * `direction` is not reset: a right-to-left page or element (`dir="rtl"`, set or inherited) gets
 * the layouts mirrored (the map's layout is mirrored to match, issue 15).
 *
 * A `<slot>` is left alone: slotted content (inside `<career-framework>`) is the page's own. The
 * selector weighs no more than one class, and the sheet comes first, so element rules still win.
 */
export const hostResetStyles = css`
  :host > :where(:not(slot)) {
    box-sizing: border-box; /* not inherited, but every node of the kit inherits it from here */
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    writing-mode: horizontal-tb;
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
  }
  /*
   * Text from data (role, level, family labels) takes its direction from its own first strong
   * letter, so "Manager, Data Science" keeps its comma on an Arabic page. HTML templates isolate
   * such text with <bdi> or dir="auto"; SVG has neither, and each <text> and each line (<tspan>) of
   * a wrapped label is a paragraph of its own. Where a label is anchored is unchanged: text-anchor
   * follows the element's direction.
   */
  svg text,
  svg tspan {
    unicode-bidi: plaintext;
  }
  /* A block of such text keeps the alignment of what it sits in (right on a right-to-left page). */
  [dir='auto'] {
    text-align: match-parent;
  }
`;
