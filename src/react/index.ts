// career-elements/react: React components for the kit's elements, made with @lit/react, for
// React 18 and 19. Properties go to the element as properties (objects included), and every event
// the element fires has a typed callback: `onCareerRoleSelect={(event) => event.detail.roleId}`.
// Importing this module registers the elements.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  CareerErrorEvent,
  CareerLoadEvent,
  CareerMoveSelectEvent,
  CareerProfileChangeEvent,
  CareerRoleSelectEvent,
  CareerSelectionChangeEvent,
} from '../events.js';
import { CareerFramework as CareerFrameworkElement } from '../provider/career-framework.js';
import { LadderCompare as LadderCompareElement } from '../ladder-compare/ladder-compare.js';
import { MobilityMap as MobilityMapElement } from '../mobility-map/mobility-map.js';
import { SkillGap as SkillGapElement } from '../skill-gap/skill-gap.js';

/** The React prop for each event of the kit. */
const events = {
  onCareerLoad: 'career-load' as EventName<CareerLoadEvent>,
  onCareerError: 'career-error' as EventName<CareerErrorEvent>,
  onCareerRoleSelect: 'career-role-select' as EventName<CareerRoleSelectEvent>,
  onCareerMoveSelect: 'career-move-select' as EventName<CareerMoveSelectEvent>,
  onCareerProfileChange: 'career-profile-change' as EventName<CareerProfileChangeEvent>,
  onCareerSelectionChange: 'career-selection-change' as EventName<CareerSelectionChangeEvent>,
};
const { onCareerLoad, onCareerError, onCareerRoleSelect, onCareerMoveSelect, onCareerProfileChange } = events;

/** `<career-framework>`: the provider; the events of the elements inside bubble through it too. */
export const CareerFramework = createComponent({
  react: React,
  tagName: 'career-framework',
  elementClass: CareerFrameworkElement,
  displayName: 'CareerFramework',
  events,
});

/** `<mobility-map>`. */
export const MobilityMap = createComponent({
  react: React,
  tagName: 'mobility-map',
  elementClass: MobilityMapElement,
  displayName: 'MobilityMap',
  events: { onCareerLoad, onCareerError, onCareerRoleSelect, onCareerMoveSelect },
});

/** `<ladder-compare>`. */
export const LadderCompare = createComponent({
  react: React,
  tagName: 'ladder-compare',
  elementClass: LadderCompareElement,
  displayName: 'LadderCompare',
  events: { onCareerLoad, onCareerError, onCareerRoleSelect },
});

/** `<skill-gap>`. */
export const SkillGap = createComponent({
  react: React,
  tagName: 'skill-gap',
  elementClass: SkillGapElement,
  displayName: 'SkillGap',
  events: { onCareerLoad, onCareerError, onCareerProfileChange },
});

export type { CareerElementsJsx } from './jsx.js';
