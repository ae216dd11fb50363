import { css } from 'lit';

/**
 * Windows High Contrast and other forced-colour modes. The browser forces the colours of HTML
 * text, backgrounds and borders, but not SVG `fill` and `stroke`: a map drawn in the theme's
 * colours would keep grey labels on a black canvas. So the private colour tokens turn into system
 * colours here, and everything drawn from them (SVG included) follows the user's palette. What
 * colour alone told apart (move kinds, tracks) is told apart by line style in each element's
 * own `forced-colors` block.
 */
export const forcedColorsStyles = css`
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: GrayText;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_promotion: CanvasText;
      --_lateral: CanvasText;
      --_step-back: CanvasText;
      --_ic: CanvasText;
      --_management: CanvasText;
      --_danger: CanvasText;
      --_danger-surface: Canvas;
      --_focus-ring: 2px solid Highlight;
    }
  }
`;
