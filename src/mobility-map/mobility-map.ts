import { defineElement } from '../define-element.js';
import { MobilityMap } from './mobility-map.component.js';

export { MobilityMap };
defineElement('mobility-map', MobilityMap);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-map': MobilityMap;
  }
}
