import { defineElement } from '../define-element.js';
import { CareerFramework } from './career-framework.component.js';

export { CareerFramework };
defineElement('career-framework', CareerFramework);

declare global {
  interface HTMLElementTagNameMap {
    'career-framework': CareerFramework;
  }
}
