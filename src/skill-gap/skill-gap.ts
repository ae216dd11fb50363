import { defineElement } from '../define-element.js';
import { SkillGap } from './skill-gap.component.js';

export { SkillGap };
defineElement('skill-gap', SkillGap);

declare global {
  interface HTMLElementTagNameMap {
    'skill-gap': SkillGap;
  }
}
