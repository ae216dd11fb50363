import { css, unsafeCSS } from 'lit';
import { MOVE_KINDS, wordsOf } from '../format/vocabulary.js';

/**
 * Each move kind's colour token, from the vocabulary: `--_promotion: var(--career-color-promotion,
 * #15803d);`. (unsafeCSS of the kit's own constant table — never of data.)
 */
const moveKindColours = unsafeCSS(wordsOf(MOVE_KINDS).map((kind) => `--_${kind}: var(--career-color-${kind}, ${MOVE_KINDS[kind].colour});`).join('\n'));

/**
 * One rule per move kind, from the vocabulary: an element with the kind's class reads its colour
 * as `--_kind` (swatches, arrows, lines, cards and tags): `.promotion { --_kind: var(--_promotion); }`.
 */
export const moveKindStyles = unsafeCSS(wordsOf(MOVE_KINDS).map((kind) => `.${kind} { --_kind: var(--_${kind}); }`).join('\n'));

/**
 * The kit's public theming knobs. Each `--career-*` custom property is resolved once into a
 * private `--_*` property on `:host`, so a page can theme every element, or one, through CSS.
 */
export const themeStyles = css`
  :host {
    --_font: var(--career-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--career-color-text, #1f2933);
    --_muted: var(--career-color-muted, #52606d);
    --_surface: var(--career-color-surface, #ffffff);
    --_surface-alt: var(--career-color-surface-alt, #f5f7fa);
    --_border: var(--career-color-border, #d2d9e0);
    --_accent: var(--career-color-accent, #2563eb);
    --_accent-text: var(--career-color-accent-text, #ffffff);
    ${moveKindColours}
    --_ic: var(--career-color-ic, #2563eb);
    --_management: var(--career-color-management, #c2410c);
    --_danger: var(--career-color-danger, #b91c1c);
    --_danger-surface: var(--career-color-danger-surface, #fef2f2);
    --_radius: var(--career-radius, 6px);
    --_focus-ring: var(--career-focus-ring, 2px solid #2563eb);
    --_font-size: var(--career-font-size, 14px);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.4;
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
    padding: 1rem;
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_danger);
    border-left-width: 4px;
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    color: var(--_text);
  }
  .error h2 {
    font-size: 1em;
    margin: 0 0 0.5rem;
    color: var(--_danger);
  }
  .error ul {
    margin: 0;
    padding-left: 1.25rem;
    max-height: 16rem;
    overflow: auto;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
  }
`;
