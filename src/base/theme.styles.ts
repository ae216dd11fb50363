import { css, unsafeCSS } from 'lit';
import { MOVE_KINDS, wordsOf } from '../format/vocabulary.js';

/** A theme an element or `<career-framework>` can choose with `theme`. */
export type ThemeName = 'light' | 'dark';

/**
 * Each move kind's colour token and the colour of text on it, from the vocabulary:
 * `--_promotion: var(--career-color-promotion, light-dark(#15803d, #56d68a));` and
 * `--_promotion-text: var(--career-color-promotion-text, light-dark(#ffffff, #0d1117));`. A kind
 * with no dark colour keeps its one colour, with white text, in both themes. (unsafeCSS of the
 * kit's own constant table — never of data.)
 */
const moveKindColours = unsafeCSS(
  wordsOf(MOVE_KINDS)
    .map((kind) => {
      const row: { colour: string; dark?: string } = MOVE_KINDS[kind];
      const onDark = row.dark ? '#0d1117' : '#ffffff';
      return `--_${kind}: var(--career-color-${kind}, light-dark(${row.colour}, ${row.dark ?? row.colour}));
    --_${kind}-text: var(--career-color-${kind}-text, light-dark(#ffffff, ${onDark}));`;
    })
    .join('\n'),
);

/**
 * One rule per move kind, from the vocabulary: an element with the kind's class reads its colour
 * as `--_kind` and the text on it as `--_on-kind` (swatches, arrows, lines, cards and tags).
 */
export const moveKindStyles = unsafeCSS(wordsOf(MOVE_KINDS).map((kind) => `.${kind} { --_kind: var(--_${kind}); --_on-kind: var(--_${kind}-text); }`).join('\n'));

/**
 * The kit's design tokens. Each public `--career-*` custom property (set by a page on any ancestor,
 * or on one element) is resolved once into a private `--_*` property on `:host`. When the page
 * leaves a colour unset, the default is `light-dark(light, dark)`, which the element's
 * `color-scheme` resolves: the page's `prefers-color-scheme` by default, or the scheme that
 * `theme="light|dark"` names (on the element or an ancestor such as `<career-framework>`, whose
 * choice is inherited as a private custom property: no script). The full list with defaults is in docs/theming.md and in each element's
 * manifest (`@cssprop`); test/theme.test.ts keeps every text/background pair at WCAG AA (4.5:1)
 * in both themes.
 */

export const themeStyles = css`
  :host {
    /* Both schemes, the page's preference deciding, until a theme is chosen: on the element, or on
       an ancestor such as <career-framework theme="dark">, whose choice its children inherit as
       --_theme-scheme and --_theme-background (below). */
    color-scheme: var(--_theme-scheme, light dark);
    --_font: var(--career-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--career-font-size, 14px);
    --_text: var(--career-color-text, light-dark(#1f2933, #e6edf3));
    --_muted: var(--career-color-muted, light-dark(#52606d, #a8b3bf));
    --_surface: var(--career-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--career-color-surface-alt, light-dark(#f5f7fa, #1f2630));
    --_border: var(--career-color-border, light-dark(#d2d9e0, #3d4855));
    --_accent: var(--career-color-accent, light-dark(#2563eb, #7cb1ff));
    --_accent-text: var(--career-color-accent-text, light-dark(#ffffff, #0d1117));
    --_focus: var(--career-color-focus, var(--_accent));
    --_focus-ring: var(--career-focus-ring, 2px solid var(--_focus));
    ${moveKindColours}
    --_ic: var(--career-color-ic, light-dark(#2563eb, #7cb1ff));
    --_management: var(--career-color-management, light-dark(#c2410c, #ff9c66));
    --_danger: var(--career-color-danger, light-dark(#b91c1c, #ff8a8a));
    --_danger-surface: var(--career-color-danger-surface, light-dark(#fef2f2, #2c1517));
    --_shadow: var(--career-shadow-color, light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5)));
    --_row-highlight: var(--career-color-highlight, light-dark(#eaf1ff, #1c2a44));
    --_background: var(--_theme-background, light-dark(transparent, var(--_surface)));
    --_radius: var(--career-radius, 6px);
    --_space: var(--career-space, 8px);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--career-background, var(--_background));
    line-height: 1.4;
  }
  /* A chosen theme paints its own background, so it reads on any page. */
  :host([theme='light']) {
    --_theme-scheme: light;
    --_theme-background: var(--_surface);
  }
  :host([theme='dark']) {
    --_theme-scheme: dark;
    --_theme-background: var(--_surface);
  }
  /* Print black on white: the light palette whatever the theme, no painted background. (Each
     element hides its own controls: role names and moves are buttons too.) */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background: none;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    padding: calc(2 * var(--_space));
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    padding: calc(1.5 * var(--_space)) calc(2 * var(--_space));
    color: var(--_text);
  }
  .error h2 {
    font-size: 1em;
    margin: 0 0 var(--_space);
    color: var(--_danger);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
    max-height: 16em;
    overflow: auto;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
  }
`;
