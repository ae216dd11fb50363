// Timing helpers of the bench page. A change is timed two ways in one go:
// - painted: to the end of the second animation frame after it (after updateComplete when the
//   target is an element), so the frame showing it has been produced. Headless Chromium paints at
//   60 Hz, so this includes waiting for vsync: `floor.frame` is that wait with nothing to draw.
// - cost: the main-thread time of the change itself plus the rendering of the frame that shows
//   it (rAF callbacks, style, layout, paint recording) without the idle wait for vsync: the
//   action and its updateComplete, then from the frame's start (or the action's end, if later) to
//   a task queued from the frame's animation callback, which runs after that frame's rendering.

export type Samples = Record<string, number[]>;

/** A change timed to its frame, in ms. */
export interface FrameTime {
  painted: number;
  cost: number;
}

/** Resolves after the next animation frame with the frame's start time. */
export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in a task of its own (after the current frame's rendering when called from a rAF). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves once the frame showing the current state has been produced. */
export async function painted(element?: Element): Promise<void> {
  const pending = (element as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
  if (pending) await pending;
  await frame();
  await frame();
}

/** Times an action to its frame (see the top of this file). */
export async function timeFrame(action: () => unknown, element?: Element): Promise<FrameTime> {
  const start = performance.now();
  await action();
  const pending = (element as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
  if (pending) await pending;
  const acted = performance.now();
  const frameStart = await new Promise<number>((resolve) => requestAnimationFrame((time) => nextTask().then(() => resolve(time))));
  const rendered = performance.now();
  await frame();
  return { painted: performance.now() - start, cost: acted - start + (rendered - Math.max(frameStart, acted)) };
}

/**
 * Times an action that starts an animation (the map's framing move), frame by frame: the action's
 * frame as in `timeFrame`, then every animation frame while `state()` (e.g. a transform) keeps
 * changing, and the frame after it stops (where the settled view is drawn). Returns the worst
 * frame's cost (ms), the frames counted, and the time to the settled frame (painted).
 */
export async function timeAnimation(action: () => unknown, state: () => unknown, element?: Element, maxFrames = 240): Promise<{ worst: number; frames: number; painted: number }> {
  const start = performance.now();
  const first = await timeFrame(action, element);
  let worst = first.cost;
  let frames = 1;
  let last = state();
  for (let still = 0; still < 2 && frames < maxFrames; frames++) {
    const cost = await new Promise<number>((resolve) => requestAnimationFrame((time) => nextTask().then(() => resolve(performance.now() - time))));
    const now = state();
    still = now === last ? still + 1 : 0;
    last = now;
    worst = Math.max(worst, cost);
  }
  return { worst, frames, painted: performance.now() - start };
}

/**
 * Lets a gesture end: d3-zoom and Cytoscape both finish a wheel gesture on a ~150 ms timer (and may
 * redraw then), so pan and zoom steps wait this long, untimed, between each other.
 */
export async function settle(element?: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 250));
  await painted(element);
}

/** Milliseconds of a synchronous computation. */
export function timeSync(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/**
 * Runs `measure` once to warm up, then `runs` times, and keeps the results under `name` (a frame
 * time's painted ms under `name`, its cost under `name.cost`).
 */
export async function sample(samples: Samples, name: string, runs: number, measure: (run: number) => Promise<number | FrameTime> | number): Promise<void> {
  const kept: number[] = [];
  const costs: number[] = [];
  for (let run = -1; run < runs; run++) {
    const result = await measure(run);
    if (run < 0) continue;
    kept.push(typeof result === 'number' ? result : result.painted);
    if (typeof result !== 'number') costs.push(result.cost);
  }
  samples[name] = kept;
  if (costs.length > 0) samples[`${name}.cost`] = costs;
}

/** Used JS heap in bytes after a full garbage collection (Chromium with --expose-gc and precise memory info). */
export async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  await frame();
  gc?.();
  gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

/** A fixed-size, visible stage the elements and the peer are drawn into. */
export function stage(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'stage';
  document.body.append(element);
  return element;
}

export interface RenderedElement<T extends HTMLElement> {
  element: T;
  time: FrameTime;
}

/**
 * The first render of a kit element: creates it with its attributes, lets it render its empty
 * state, then times setting `framework` (a fresh object, so validation and indexing are included,
 * as on a real page) to the painted frame.
 */
export async function firstRender<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  framework: unknown,
  into: HTMLElement,
): Promise<RenderedElement<T>> {
  const element = document.createElement(tag) as T & { framework?: unknown; updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  into.replaceChildren(element);
  await element.updateComplete;
  await frame();
  const time = await timeFrame(() => (element.framework = framework), element);
  return { element, time };
}

/** A problem the element shows instead of a chart (error panel or status), or undefined. */
export function shownProblem(element: HTMLElement): string | undefined {
  const panel = element.shadowRoot?.querySelector('[part~=error], [part~=status]');
  return panel ? (panel.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200) : undefined;
}
