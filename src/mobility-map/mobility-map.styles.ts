import { css } from 'lit';
import { moveKindStyles } from '../base/theme.styles.js';

export const mobilityMapStyles = css`
  :host {
    --_map-height: var(--career-mobility-map-height, auto);
    --_panel-width: var(--career-mobility-map-panel-width, 360px);
    --_dim: var(--career-mobility-map-dim-opacity, 0.25);
    container-type: inline-size;
  }
  .frame {
    display: grid;
    gap: 1em;
  }
  @container (min-width: 1400px) {
    .frame {
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
    }
    .panel {
      max-height: 80vh;
      overflow: auto;
    }
  }
  .main {
    min-width: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .search {
    position: relative;
  }
  .search input {
    font: inherit;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 16em;
    background: var(--_surface);
    color: var(--_text);
  }
  .search ul {
    position: absolute;
    z-index: 3;
    top: 100%;
    left: 0;
    min-width: 100%;
    margin: 2px 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 18px var(--_shadow);
  }
  .search li {
    padding: 0.3em 0.6em;
    cursor: pointer;
    white-space: nowrap;
  }
  .search li[aria-selected='true'] {
    background: var(--_surface-alt);
    outline: 1px solid var(--_accent);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.294em 1.059em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 0.6em;
    margin-right: 0.35em;
    border-radius: 2px;
    vertical-align: middle;
  }
  /* Each move kind's colour, once: swatches, arrows, lines, cards and tags read --_kind. */
  ${moveKindStyles}
  .route { --_kind: var(--_accent); --_on-kind: var(--_accent-text); }
  .swatch { background: var(--_kind); }
  .swatch.ic { background: color-mix(in srgb, var(--_ic) 18%, var(--_surface)); border: 1.5px solid var(--_ic); }
  .swatch.management { background: color-mix(in srgb, var(--_management) 18%, var(--_surface)); border: 1.5px solid var(--_management); }
  .zoom {
    display: flex;
    gap: 0.25em;
    margin-left: auto;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  .map {
    position: relative;
    height: var(--_map-height);
    width: 100%; /* not widened by min-height through the aspect ratio (very wide maps) */
    aspect-ratio: var(--_aspect, 16 / 9);
    min-height: 320px;
    max-height: var(--career-mobility-map-max-height, 720px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .canvas {
    display: block;
    width: 100%;
    height: 100%;
    cursor: grab;
    user-select: none;
    font-family: var(--_font);
  }
  .canvas:active {
    cursor: grabbing;
  }
  .level-band { fill: var(--_surface-alt); }
  .level-label { fill: var(--_muted); font-size: 11px; }
  .level-label tspan:first-child { font-weight: 700; font-size: 12px; fill: var(--_text); }
  .track-band { stroke-width: 1; rx: var(--_radius); }
  .track-band.ic { fill: color-mix(in srgb, var(--_ic) 5%, transparent); stroke: color-mix(in srgb, var(--_ic) 25%, transparent); }
  .track-band.management { fill: color-mix(in srgb, var(--_management) 6%, transparent); stroke: color-mix(in srgb, var(--_management) 30%, transparent); stroke-dasharray: 5 3; }
  .track-band.other { fill: none; stroke: var(--_border); }
  .track-label { font-size: 11px; font-weight: 600; }
  .track-label.ic { fill: var(--_ic); }
  .track-label.management { fill: var(--_management); }
  .track-label.other { fill: var(--_muted); }
  .family-label { font-size: 13px; font-weight: 700; fill: var(--_text); }
  .cluster-label { font-size: 11px; letter-spacing: 0.06em; fill: var(--_muted); }
  .cluster-rule { stroke: var(--_border); }

  .role { cursor: pointer; outline: none; }
  .role rect {
    stroke-width: 1.5;
    rx: var(--_radius);
  }
  .role.ic rect, path.ic { fill: color-mix(in srgb, var(--_ic) 10%, var(--_surface)); stroke: var(--_ic); }
  .role.management rect, path.management { fill: color-mix(in srgb, var(--_management) 12%, var(--_surface)); stroke: var(--_management); stroke-width: 2.5; }
  .role.other rect, path.other { fill: var(--_surface); stroke: var(--_muted); }
  .role-label { font-size: 12px; fill: var(--_text); pointer-events: none; }
  .role.dim { opacity: var(--_dim); }
  .role.focused rect { fill: var(--_accent); stroke: var(--_accent); stroke-width: 3; }
  .role.focused .role-label { fill: var(--_accent-text); font-weight: 600; }
  .role.reachable rect { stroke-width: 2.5; }
  .here { font-size: 10px; font-weight: 700; fill: var(--_accent); text-transform: uppercase; letter-spacing: 0.05em; }
  .role:hover rect { stroke-width: 3; }
  .role:focus-visible rect { stroke: var(--_text); stroke-width: 3; stroke-dasharray: 4 2; }

  .flow path { fill: none; stroke: var(--_lateral); stroke-opacity: 0.55; }
  .flow-pill { fill: var(--_surface); stroke: var(--_lateral); }
  .flow text { font-size: 11px; font-weight: 700; fill: var(--_lateral); }
  .arrow path { fill: var(--_kind); }
  .move { cursor: pointer; }
  .move .hit { fill: none; stroke: transparent; stroke-width: 12; }
  .move .line { fill: none; stroke-width: 2.5; stroke: var(--_kind); }
  .move.selected .line, .move:hover .line { stroke-width: 4.5; }
  .route-step .line { stroke-width: 4; }
  .step-badge { fill: var(--_accent); stroke: var(--_surface); stroke-width: 2; }
  .step-number { fill: var(--_accent-text); font-size: 12px; font-weight: 700; pointer-events: none; }

  .tooltip {
    position: absolute;
    z-index: 2;
    display: grid;
    gap: 0.118em;
    max-width: 260px;
    padding: 0.529em 0.765em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 18px var(--_shadow);
    font-size: 0.85em;
    pointer-events: none;
  }
  .tooltip span { color: var(--_muted); }

  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75em 1em;
  }
  .panel h3 { margin: 0 0 0.208em; font-size: 1.2em; }
  .eyebrow { margin: 0; font-size: 0.75em; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--_accent); }
  .facts { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; margin: 0.25em 0; }
  .facts dt { font-size: 0.75em; color: var(--_muted); }
  .facts dd { margin: 0; font-weight: 600; }
  .facts.compact dd { font-weight: 500; }
  .summary { margin: 0.4em 0 0; color: var(--_text); max-width: 80ch; }
  .section-title { margin: 1em 0 0.5em; font-size: 1em; }
  /* Move cards, and the route cards (route-cards.styles.ts sets their grid's fit and their top edge). */
  .cards, .route-cards {
    display: grid;
    grid-template-columns: repeat(var(--_card-fit, auto-fill), minmax(var(--_card-width, 16em), 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .move-card, .route-card {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_card-top, var(--_kind));
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_surface);
  }
  .move-card.selected { box-shadow: 0 0 0 2px var(--_accent); }
  .move-card h4 { margin: 0; display: flex; align-items: center; gap: 0.4em; }
  .move-button { border: none; padding: 0; background: none; font-weight: 700; text-align: left; color: var(--_accent); text-decoration: underline; text-underline-offset: 2px; }
  .step { display: inline-grid; place-items: center; width: 1.4em; height: 1.4em; border-radius: 50%; background: var(--_accent); color: var(--_accent-text); font-size: 0.85em; }
  .tags { display: flex; flex-wrap: wrap; gap: 0.25em; margin: 0.35em 0; }
  .tag { display: inline-block; padding: 0 0.4em; border-radius: 999px; font-size: 0.75em; font-weight: 600; background: var(--_surface-alt); border: 1px solid var(--_border); color: var(--_text); }
  .tag.move-kind { background: var(--_kind); color: var(--_on-kind); border-color: transparent; }
  .tag.certification { border-color: var(--_accent); color: var(--_accent); }
  .detail h5 { margin: 0.625em 0 0.187em; font-size: 0.8em; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
  .detail ul { margin: 0; padding-left: 1.1em; }
  .muted { color: var(--_muted); font-size: 0.9em; margin: 0.167em 0; }
  .note { font-style: italic; color: var(--_muted); margin: 0.5em 0 0; }
  .notice { border-left: 4px solid var(--_step-back); background: var(--_surface-alt); padding: 0.4em 0.75em; margin: 0 0 0.75em; }
  .notice p { margin: 0.15em 0; }
  .flows { columns: 2 14em; margin: 0; padding-left: 1.1em; }
  .panel a { color: var(--_accent); }

  /* Family overview: one colour per cluster, from the series palette --career-series-1…8 (cycling).
     --career-family-color-N, its former name, is still read when a series token is unset (N 1…6;
     series 7 and 8 fall back to family colours 1 and 2, as the six-colour cycle did). */
  .family { cursor: pointer; outline: none; }
  .family .cell { fill: transparent; stroke: none; }
  .family:hover .cell, .family:focus-visible .cell { fill: var(--_surface-alt); stroke: var(--_text); stroke-dasharray: 4 2; }
  .family circle { fill: color-mix(in srgb, var(--_family) 22%, var(--_surface)); stroke: var(--_family); stroke-width: 2; }
  .family-count { font-size: 12px; font-weight: 700; fill: var(--_text); pointer-events: none; }
  .family-name { font-size: 13px; font-weight: 700; fill: var(--_text); pointer-events: none; }
  .family.c0 { --_family: var(--career-series-1, var(--career-family-color-1, light-dark(#2563eb, #7cb1ff))); }
  .family.c1 { --_family: var(--career-series-2, var(--career-family-color-2, light-dark(#c2410c, #ff9c66))); }
  .family.c2 { --_family: var(--career-series-3, var(--career-family-color-3, light-dark(#15803d, #56d68a))); }
  .family.c3 { --_family: var(--career-series-4, var(--career-family-color-4, light-dark(#7c3aed, #c4a5ff))); }
  .family.c4 { --_family: var(--career-series-5, var(--career-family-color-5, light-dark(#0e7490, #4fd1e0))); }
  .family.c5 { --_family: var(--career-series-6, var(--career-family-color-6, light-dark(#be185d, #ff7ab6))); }
  .family.c6 { --_family: var(--career-series-7, var(--career-family-color-1, light-dark(#a16207, #f2c14e))); }
  .family.c7 { --_family: var(--career-series-8, var(--career-family-color-2, light-dark(#4b5563, #aab4c0))); }
  .overview .flow path { stroke-opacity: 0.35; }
  .move:focus-visible .line { stroke-width: 5; stroke-dasharray: 6 3; }
  .move { outline: none; }
  .breadcrumb { display: flex; align-items: center; gap: 0.5em; margin-bottom: 0.5em; font-size: 0.95em; }
  .breadcrumb ol { display: flex; flex-wrap: wrap; gap: 0.25em; margin: 0; padding: 0; list-style: none; }
  .breadcrumb li + li::before { content: '›'; margin-right: 0.25em; color: var(--_muted); }
  .breadcrumb button { font: inherit; color: var(--_accent); background: none; border: none; padding: 0; cursor: pointer; text-decoration: underline; }
  .breadcrumb .back { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.15em 0.5em; text-decoration: none; color: var(--_text); }
  .breadcrumb [aria-current] { font-weight: 700; }
  .zoom .mode[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); }
  .minimap { position: absolute; right: 8px; bottom: 8px; background: var(--_surface); border: 1px solid var(--_border); border-radius: 4px; cursor: pointer; }
  .minimap .shapes { fill: var(--_surface-alt); stroke: var(--_border); vector-effect: non-scaling-stroke; }
  .minimap .view { fill: color-mix(in srgb, var(--_accent) 12%, transparent); stroke: var(--_accent); stroke-width: 1.5; }

  /* Print: the whole map fitted to the page width, above the panel; no search, zoom or tooltip. */
  @media print {
    .frame { display: block; }
    .search, .zoom, .tooltip, .minimap, .breadcrumb .back { display: none; }
    .map { max-height: none; height: auto; min-height: 0; break-inside: avoid; }
    .panel { max-height: none; overflow: visible; margin-top: calc(2 * var(--_space)); }
    .move-card h4, .detail h5 { break-after: avoid; }
    .role.dim { opacity: 0.45; }
    .viewport { transform: none !important; }
  }
  /* Forced colours: the move kinds and tracks differ by line style, as on the map, not by colour. */
  @media (forced-colors: active) {
    .swatch { background: none; border: 0; height: 0; border-top: 3px solid CanvasText; }
    .swatch.lateral { border-top-style: dashed; }
    .swatch.step-back { border-top-style: dotted; }
    .swatch.ic { height: 0.8em; border: 1.5px solid CanvasText; }
    .swatch.management { height: 0.8em; border: 2px dashed CanvasText; }
    .role.management rect, path.management { stroke-dasharray: 6 3; }
    .move.lateral .line { stroke-dasharray: 8 4; }
    .move.step-back .line { stroke-dasharray: 2 4; }
    .role.focused rect { stroke-dasharray: none; }
    /* Fading by opacity would leave CanvasText at 1.8:1: faded roles keep their text and lose
       their outline's weight instead (the focus and the route are outlined in Highlight). */
    .role.dim { opacity: 1; }
    .role.dim rect { stroke: GrayText; }
    .tag.move-kind { background: Canvas; color: CanvasText; border-color: CanvasText; }
    /* Highlight / HighlightText as the system pairs them: forced, the text would get a Canvas backplate. */
    .step { forced-color-adjust: none; }
  }
`;
