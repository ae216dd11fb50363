import { css } from 'lit';

/**
 * The kit's design tokens. Each public `--career-*` custom property (set by a page on any ancestor,
 * or on one element) is resolved once into a private `--_*` property on `:host`; when the page
 * leaves a token unset, the theme's default applies: light, or dark under
 * `prefers-color-scheme: dark`, or whichever `theme="light|dark"` names (on the element or an
 * ancestor such as `<career-framework>`). The full list with defaults is in docs/theming.md and in
 * each element's manifest (`@cssprop`). A token tested by the contrast test must keep every
 * text/background pair at WCAG AA (4.5:1) in both themes.
 */

/** The light theme's defaults (the `--_t-*` values the tokens fall back to). */
const light = css`
  --_t-text: #1f2933;
  --_t-muted: #52606d;
  --_t-surface: #ffffff;
  --_t-surface-alt: #f5f7fa;
  --_t-border: #d2d9e0;
  --_t-accent: #2563eb;
  --_t-accent-text: #ffffff;
  --_t-promotion: #15803d;
  --_t-promotion-text: #ffffff;
  --_t-lateral: #7c3aed;
  --_t-lateral-text: #ffffff;
  --_t-step-back: #b45309;
  --_t-step-back-text: #ffffff;
  --_t-ic: #2563eb;
  --_t-management: #c2410c;
  --_t-danger: #b91c1c;
  --_t-danger-surface: #fef2f2;
  --_t-highlight: #eaf1ff;
  --_t-shadow: rgb(0 0 0 / 0.12);
  --_t-background: transparent;
  --_t-series-1: #2563eb;
  --_t-series-2: #c2410c;
  --_t-series-3: #15803d;
  --_t-series-4: #7c3aed;
  --_t-series-5: #0e7490;
  --_t-series-6: #be185d;
  --_t-series-7: #a16207;
  --_t-series-8: #4b5563;
  color-scheme: light;
`;

/** The dark theme's defaults: light text on dark surfaces, lighter accents with dark text on them. */
const dark = css`
  --_t-text: #e6edf3;
  --_t-muted: #a8b3bf;
  --_t-surface: #161b22;
  --_t-surface-alt: #1f2630;
  --_t-border: #3d4855;
  --_t-accent: #7cb1ff;
  --_t-accent-text: #0d1117;
  --_t-promotion: #56d68a;
  --_t-promotion-text: #0d1117;
  --_t-lateral: #c4a5ff;
  --_t-lateral-text: #0d1117;
  --_t-step-back: #f2a65a;
  --_t-step-back-text: #0d1117;
  --_t-ic: #7cb1ff;
  --_t-management: #ff9c66;
  --_t-danger: #ff8a8a;
  --_t-danger-surface: #2c1517;
  --_t-highlight: #1c2a44;
  --_t-shadow: rgb(0 0 0 / 0.5);
  --_t-background: var(--_surface);
  --_t-series-1: #7cb1ff;
  --_t-series-2: #ff9c66;
  --_t-series-3: #56d68a;
  --_t-series-4: #c4a5ff;
  --_t-series-5: #4fd1e8;
  --_t-series-6: #f48fc4;
  --_t-series-7: #e8c15a;
  --_t-series-8: #c2cad3;
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    ${light}
  }
  :host([theme='dark']),
  :host(:state(dark)) {
    ${dark}
  }
  /* A chosen theme paints its own background, so it reads on any page. */
  :host([theme='light']),
  :host(:state(light)) {
    --_t-background: var(--_surface);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :state(light))) {
      ${dark}
    }
  }
  :host {
    --_font: var(--career-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--career-font-size, 14px);
    --_font-size-small: var(--career-font-size-small, 0.85em);
    --_font-size-large: var(--career-font-size-large, 1.2em);
    --_text: var(--career-color-text, var(--_t-text));
    --_muted: var(--career-color-muted, var(--_t-muted));
    --_surface: var(--career-color-surface, var(--_t-surface));
    --_surface-alt: var(--career-color-surface-alt, var(--_t-surface-alt));
    --_border: var(--career-color-border, var(--_t-border));
    --_accent: var(--career-color-accent, var(--_t-accent));
    --_accent-text: var(--career-color-accent-text, var(--_t-accent-text));
    --_focus: var(--career-color-focus, var(--_accent));
    --_focus-ring: var(--career-focus-ring, 2px solid var(--_focus));
    --_promotion: var(--career-color-promotion, var(--_t-promotion));
    --_promotion-text: var(--career-color-promotion-text, var(--_t-promotion-text));
    --_lateral: var(--career-color-lateral, var(--_t-lateral));
    --_lateral-text: var(--career-color-lateral-text, var(--_t-lateral-text));
    --_step-back: var(--career-color-step-back, var(--_t-step-back));
    --_step-back-text: var(--career-color-step-back-text, var(--_t-step-back-text));
    --_ic: var(--career-color-ic, var(--_t-ic));
    --_management: var(--career-color-management, var(--_t-management));
    --_danger: var(--career-color-danger, var(--_t-danger));
    --_danger-surface: var(--career-color-danger-surface, var(--_t-danger-surface));
    --_shadow: var(--career-shadow-color, var(--_t-shadow));
    --_series-1: var(--career-series-1, var(--_t-series-1));
    --_series-2: var(--career-series-2, var(--_t-series-2));
    --_series-3: var(--career-series-3, var(--_t-series-3));
    --_series-4: var(--career-series-4, var(--_t-series-4));
    --_series-5: var(--career-series-5, var(--_t-series-5));
    --_series-6: var(--career-series-6, var(--_t-series-6));
    --_series-7: var(--career-series-7, var(--_t-series-7));
    --_series-8: var(--career-series-8, var(--_t-series-8));
    --_radius: var(--career-radius, 6px);
    --_space: var(--career-space, 8px);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--career-background, var(--_t-background));
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
    padding: calc(2 * var(--_space));
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_danger);
    border-left-width: 4px;
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
    padding-left: 1.25rem;
    max-height: 16rem;
    overflow: auto;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
  }
`;
