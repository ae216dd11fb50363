import { defineElement } from '../define-element.js';
import { LadderCompare } from './ladder-compare.component.js';

export { LadderCompare };
defineElement('ladder-compare', LadderCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-compare': LadderCompare;
  }
}
