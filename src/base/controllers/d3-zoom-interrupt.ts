import { selection } from 'd3-selection';

/**
 * What d3-zoom needs of d3-transition, for the self-contained bundle only (vite.config.ts aliases
 * `d3-transition` here; the ESM library in dist/lib and the tests use the real module).
 *
 * d3-zoom imports d3-transition for two things: `interrupt(node)` at the start of a gesture, and
 * `selection.interrupt()` in `zoom.transform`, both to stop d3 transitions running on the zoomed
 * node. The kit starts none: `ZoomController` animates with `requestAnimationFrame` and
 * d3-interpolate, and the zoomed SVG lives in a shadow root where no one else can start one. So
 * there is never a transition to stop, and the real module would add its whole transition engine
 * with d3-color (about 7 kB min+gzip to `<mobility-map>`) for that no-op. `test/node/bundle.test.mjs`
 * zooms the built bundle by wheel, drag and the "+" button.
 */
export function interrupt(): void {}

// Typed as d3-transition types it (@types/d3-transition augments d3-selection's Selection).
(selection.prototype as { interrupt: (name?: string) => unknown }).interrupt = function interruptNothing(this: unknown) {
  return this;
};
