import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProficiencyStep } from '../format/types.js';
import { levelAxis } from './skill-gap-layout.js';

/**
 * The step a slider key moves to, as an index into `count` steps from index `at` (ARIA's slider
 * keys: right/up and Page Up one step up, left/down and Page Down one step down, Home and End the
 * ends), clamped to the steps; undefined for any other key.
 */
export function stepForKey(key: string, at: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowUp: at + 1,
    PageUp: at + 1,
    ArrowLeft: at - 1,
    ArrowDown: at - 1,
    PageDown: at - 1,
    Home: 0,
    End: count - 1,
  };
  if (!(key in moves) || count === 0) return undefined;
  return Math.max(0, Math.min(count - 1, moves[key]));
}

/** Right to left, the track grows to the left: the arrow keys swap. */
const MIRRORED_KEYS: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * Rows that act as sliders over a list of steps — a skill's proficiency, a competency's level —
 * changed by keyboard (see `stepForKey`), click, and drag with the primary button. `set(id, value)`
 * is called with the step the user chose; the host decides what it means.
 */
export class LevelSliderController<Value> implements ReactiveController {
  private dragging?: { id: string; pointerId: number };

  constructor(
    host: ReactiveControllerHost,
    private readonly set: (id: string, value: Value) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dragging = undefined;
  }

  /** A keydown on the slider of `id`, whose value is `current` on `steps`. */
  keydown(event: KeyboardEvent, id: string, steps: readonly Value[], current: Value): void {
    const at = Math.max(0, steps.indexOf(current));
    // Right to left, the track grows to the left: the left arrow moves up.
    const mirrored = (event.currentTarget as Element).matches(':dir(rtl)') ? MIRRORED_KEYS[event.key] : undefined;
    const next = stepForKey(mirrored ?? event.key, at, steps.length);
    if (next === undefined) return;
    event.preventDefault();
    this.set(id, steps[next]);
  }

  /**
   * A pointer event (down, move, up or cancel) on the slider of `id`; `valueAt` reads the step
   * under the pointer. Down sets the value and captures the pointer, move drags it, up ends it.
   */
  pointer(event: PointerEvent, id: string, valueAt: (event: PointerEvent) => Value): void {
    if (event.type === 'pointerdown') {
      if (event.button !== 0) return;
      (event.currentTarget as Element | null)?.setPointerCapture?.(event.pointerId);
      this.dragging = { id, pointerId: event.pointerId };
    } else if (event.type === 'pointermove') {
      if (this.dragging?.id !== id || this.dragging.pointerId !== event.pointerId) return;
    } else {
      this.dragging = undefined;
      return;
    }
    this.set(id, valueAt(event));
  }
}

/**
 * Reads the step under the pointer on a horizontal track (the event's current target), as the
 * track is drawn now (it may have been resized since the last layout): from its left edge, or from
 * its right edge right to left, where the track is mirrored.
 */
export function stepUnderPointer(steps: readonly ProficiencyStep[]): (event: PointerEvent) => number {
  return (event) => {
    const track = event.currentTarget as Element;
    const rect = track.getBoundingClientRect();
    const along = track.matches(':dir(rtl)') ? rect.right - event.clientX : event.clientX - rect.left;
    return levelAxis(steps, rect.width).valueAt(along);
  };
}
