import { css } from 'lit';

/** The route cards' and suggested moves' styles: part of the map's styles, their templates load on first use. */
export const routeCardStyles = css`
  .routes { margin-top: 0.75em; }
  /* The grid and the card are the move cards' (mobility-map.styles.ts): alternatives fill the row. */
  .route-cards { --_card-fit: auto-fit; --_card-width: 15em; }
  .route-card { --_card-top: var(--_border); }
  .route-card.chosen { border-top-color: var(--_accent); box-shadow: 0 0 0 2px var(--_accent); }
  .route-card h4 { margin: 0; font-size: 1em; }
  .route-choose { padding: 0.2em 0.5em; font-weight: 700; color: var(--_accent); border: 1px solid var(--_accent); }
  .route-choose[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); }
  .route-path { margin: 0.4em 0; font-size: 0.9em; }
  .route-plan summary { cursor: pointer; color: var(--_accent); font-weight: 600; margin-top: 0.25em; }
  .route-plan ol { margin: 0; padding-inline-start: 1.1em; }
  [data-inferred].move-card { border-top-style: dashed; }
  .move.inferred .line { stroke-dasharray: 6 4; }
  .role[data-route-step] rect { stroke-width: 3; }
  /* Highlight / HighlightText as the system pairs them: forced, the text would get a Canvas backplate. */
  @media (forced-colors: active) { .route-choose[aria-pressed='true'] { forced-color-adjust: none; } }
`;
