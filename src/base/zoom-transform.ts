/** A pan-and-zoom transform: screen = layout × k + (x, y). Pure data, shared by layouts and the zoom controller. */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}
