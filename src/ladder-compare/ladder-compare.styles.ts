import { css } from 'lit';

export const ladderCompareStyles = css`
  :host {
    --_column-width: var(--career-ladder-compare-column-width, 12em);
    --_bar: var(--career-ladder-compare-bar-color, var(--_accent));
    --_highlight: var(--career-ladder-compare-highlight, var(--_row-highlight));
    --_new: var(--career-ladder-compare-new, var(--_promotion));
    --_differs: var(--career-ladder-compare-differs, var(--_lateral));
    --_changed: var(--career-ladder-compare-changed, light-dark(#9a3412, #f2a65a));
    --_changed-bg: var(--career-ladder-compare-changed-words, light-dark(#fde68a, #4a3b0b));
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
    border-bottom-width: 2px;
  }
  .group {
    text-align: center;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }
  .column {
    min-width: var(--_column-width);
    border-top: 4px solid var(--_border);
  }
  .column.ic {
    border-top-color: var(--_ic);
  }
  .column.management {
    border-top-color: var(--_management);
  }
  .corner,
  .level {
    width: 11em;
    min-width: 9em;
    background: var(--_surface-alt);
  }
  .level {
    font-weight: normal;
  }
  .level-id {
    font-weight: 700;
  }
  tr[data-highlighted] > td,
  tr[data-highlighted] > th {
    background: var(--_highlight);
  }
  .expand,
  .pick,
  .role {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .expand,
  .pick {
    display: block;
    margin-top: 0.471em;
    padding: 0.176em 0.588em;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.85em;
  }
  .roles,
  .focus,
  .notices {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .roles > li + li {
    margin-top: 0.25em;
  }
  .role {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: transparent;
  }
  .role:hover {
    text-decoration-color: currentColor;
  }
  .selected .role {
    color: var(--_text);
  }
  .here {
    display: inline-block;
    margin-inline-start: 0.467em;
    padding: 0 0.533em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.75em;
    font-weight: 600;
  }
  .focus {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-top: 0.2em;
  }
  .focus li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.562em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .track-level {
    font-size: 0.8em;
    color: var(--_muted);
    font-weight: 600;
  }
  .empty {
    margin: 0;
    padding: 0.412em 0.588em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .pay {
    margin-top: 0.4em;
  }
  .bar {
    display: block;
    overflow: visible;
  }
  /* Right to left (dir="rtl", set or inherited): pay grows to the left. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .bar .track {
    fill: var(--_border);
  }
  .bar .range {
    fill: var(--_bar);
    opacity: 0.75;
  }
  .bar .mid {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .pay-text,
  .pay-extra,
  .pay-roles {
    font-size: 0.85em;
  }
  .pay-roles,
  .pay-extra,
  .muted {
    color: var(--_muted);
  }
  .no-band {
    margin: 0.471em 0 0;
    font-size: 0.85em;
    font-style: italic;
    color: var(--_muted);
  }
  .notices {
    margin-bottom: 0.588em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .expectations {
    margin-top: 0.588em;
    padding-top: 0.471em;
    border-top: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .expectations h4 {
    margin: 0.4em 0 0.15em;
    font-size: 1em;
  }
  .expectations ul {
    margin: 0;
    padding-inline-start: 1em;
  }
  .expectations p {
    margin: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.412em;
    border-radius: 4px;
    font-size: 0.85em;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .tag.new {
    color: var(--_new);
  }
  .tag.differs {
    color: var(--_differs);
  }
  .tag.changed {
    color: var(--_changed);
  }
  .pick[aria-pressed='true'] {
    background: var(--_highlight);
    border-color: var(--_accent);
  }
  @media print {
    .expand,
    .pick {
      display: none;
    }
    /* Every column on the page: no scroll box to clip the right-hand tracks. */
    .scroll {
      overflow: visible;
    }
    .column {
      min-width: 0;
    }
    tr {
      break-inside: avoid;
    }
  }
  /* Forced colours: IC and management columns differ by the style of their top border. */
  @media (forced-colors: active) {
    :host {
      --_bar: CanvasText;
    }
    /* Highlight / HighlightText as the system pairs them: forced, the text would get a Canvas backplate. */
    .here {
      forced-color-adjust: none;
    }
    .column.management {
      border-top-style: double;
      border-top-width: 6px;
    }
  }
`;
