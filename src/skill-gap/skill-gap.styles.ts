import { css } from 'lit';

export const skillGapStyles = css`
  :host {
    --_current: var(--career-skill-gap-current, var(--_accent));
    --_required: var(--career-skill-gap-required, var(--_text));
    --_gap: var(--career-skill-gap-gap, var(--_step-back));
    --_conflict: var(--career-skill-gap-conflict, var(--_danger));
    --_label-width: var(--career-skill-gap-label-width, 14em);
    --_value-width: var(--career-skill-gap-value-width, 19em);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.4em;
    font-size: 1em;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
    justify-content: space-between;
    margin-bottom: 0.75em;
  }
  .heading h2 {
    font-size: 1.1em;
  }
  .muted,
  .note {
    color: var(--_muted);
  }
  .note {
    margin: 0.25em 0 0.5em;
  }
  button {
    font: inherit;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .body {
    display: grid;
    gap: 1em;
  }
  .readiness {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: center;
    padding: 0.75em 1em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .score {
    font-size: 1.8em;
    font-weight: 700;
    line-height: 1;
  }
  .meter {
    display: block;
  }
  .meter .bg {
    fill: var(--_border);
  }
  .meter .fg {
    fill: var(--_current);
  }
  .breakdown {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.278em 1.111em;
    color: var(--_muted);
    font-size: 0.9em;
    align-items: center;
  }
  .legend svg {
    vertical-align: middle;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(8em, var(--_label-width)) minmax(8em, 1fr) minmax(10em, var(--_value-width));
    column-gap: 0.75em;
  }
  .axis,
  .group,
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .ticks {
    grid-column: 2;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    text-align: center;
    font-size: 0.8em;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
  }
  .ticks span {
    overflow-wrap: anywhere;
    padding: 0 1px;
  }
  .category {
    grid-column: 1 / -1;
    margin: 0.706em 0 0.118em;
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .row {
    align-items: center;
    padding: 0.15em 0;
    border-radius: var(--_radius);
    cursor: default;
  }
  .row:hover {
    background: var(--_surface-alt);
  }
  .row.conflict {
    box-shadow: inset 3px 0 0 var(--_conflict);
  }
  .row.conflict:dir(rtl) {
    box-shadow: inset -3px 0 0 var(--_conflict);
  }
  .name {
    padding-inline-start: 0.4em;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    font-size: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.533em;
    margin-inline-start: 0.333em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .tag.core {
    border-color: var(--_text);
    color: var(--_text);
    font-weight: 600;
  }
  .tag.emerging {
    border-style: dashed;
  }
  .track {
    display: block;
    width: 100%;
    height: 26px;
    cursor: ew-resize;
    touch-action: none;
  }
  /* Right to left (dir="rtl", set or inherited): levels grow to the left, as the axis reads. */
  .track:dir(rtl) {
    transform: scaleX(-1);
  }
  .track .rail {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .track .tick {
    fill: var(--_border);
  }
  .current-bar {
    fill: var(--_current);
  }
  .gap-bar {
    fill: color-mix(in srgb, var(--_gap) 15%, transparent);
    stroke: var(--_gap);
    stroke-dasharray: 3 2;
  }
  .marker {
    fill: var(--_surface);
    stroke: var(--_required);
    stroke-width: 1.5;
  }
  .marker.core {
    fill: var(--_required);
  }
  .values {
    font-size: 0.9em;
  }
  .gap-text {
    font-weight: 600;
  }
  .gap-text.met {
    font-weight: normal;
    color: var(--_promotion);
  }
  .flag {
    color: var(--_conflict);
    font-weight: 600;
  }
  .what-if {
    font-style: italic;
  }
  .radar > svg {
    display: block;
    margin: 0 auto;
    overflow: visible;
  }
  .radar .ring {
    fill: none;
    stroke: var(--_border);
  }
  .radar .ring-label {
    fill: var(--_muted);
    font-size: 10px;
  }
  .radar .spoke-line {
    stroke: var(--_border);
  }
  .radar .spoke-hit {
    stroke: transparent;
    stroke-width: 14;
    stroke-linecap: round;
    cursor: pointer;
  }
  .radar .spoke:focus {
    outline: none;
  }
  .radar .spoke:focus-visible .spoke-hit {
    stroke: color-mix(in srgb, var(--_accent) 25%, transparent);
  }
  .radar .required-area {
    fill: color-mix(in srgb, var(--_gap) 12%, transparent);
    stroke: var(--_gap);
    stroke-dasharray: 4 3;
  }
  .radar .current-line {
    fill: color-mix(in srgb, var(--_current) 18%, transparent);
    stroke: var(--_current);
    stroke-width: 2;
  }
  .radar .current-dot {
    fill: var(--_current);
  }
  .radar .spoke-label {
    font-size: 12px;
    fill: var(--_text);
  }
  .radar .spoke.conflict .spoke-label {
    fill: var(--_conflict);
    font-weight: 600;
  }
  .radar-values {
    margin: 0.556em 0 0;
    padding-inline-start: 1.389em;
    columns: 2 24.444em;
    font-size: 0.9em;
  }
  .lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    gap: 1em;
  }
  ul.plain,
  ol.steps {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  ol.steps li {
    margin-bottom: 0.35em;
  }
  .plan {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
  }
  a {
    color: var(--_accent);
  }
  .move {
    margin-top: 0.75em;
  }
  .move > .note {
    grid-column: 1 / -1;
  }
  .warning {
    border-inline-start: 4px solid var(--_step-back);
    padding: 0.4em 0.75em;
    background: var(--_surface-alt);
  }
  /* Paper: the light palette (theme.styles), no what-if controls, nothing cut between pages. */
  @media print {
    .heading button,
    .heading > .muted {
      display: none;
    }
    .row,
    .competency,
    .readiness,
    ol.steps li {
      break-inside: avoid;
    }
    .category,
    h3 {
      break-after: avoid;
    }
  }
  @media (forced-colors: active) {
    /* SVG keeps its fills: the page's own colours for these must give way to system colours. */
    :host {
      --_current: Highlight;
      --_required: CanvasText;
      --_gap: CanvasText;
      --_conflict: CanvasText;
    }
  }
`;
