// JSX types for using the elements directly in React 19 (no wrapper): after
// `import 'career-elements/define'` and `import type {} from 'career-elements/react/jsx'`,
// `<mobility-map current-role="…" region="US" oncareer-role-select={…} />` type-checks.
// React 19 sets properties for the names the element has (`framework={object}` works) and adds
// listeners for `on` + the exact event name. For camel-case callbacks use the components of
// career-elements/react.
import type { WebComponentProps } from '@lit/react';
import type { CareerErrorEvent, CareerLoadEvent, CareerMoveSelectEvent, CareerProfileChangeEvent, CareerRoleSelectEvent, CareerSelectionChangeEvent } from '../events.js';
import type { CareerFramework } from '../provider/career-framework.component.js';
import type { LadderCompare } from '../ladder-compare/ladder-compare.component.js';
import type { MobilityMap } from '../mobility-map/mobility-map.component.js';
import type { SkillGap } from '../skill-gap/skill-gap.component.js';

/** React 19's listener props: `on` followed by the event's own name. */
interface LoadErrorListeners {
  'oncareer-load'?: (event: CareerLoadEvent) => void;
  'oncareer-error'?: (event: CareerErrorEvent) => void;
}
interface RoleSelectListener {
  'oncareer-role-select'?: (event: CareerRoleSelectEvent) => void;
}
interface MoveSelectListener {
  'oncareer-move-select'?: (event: CareerMoveSelectEvent) => void;
}
interface ProfileChangeListener {
  'oncareer-profile-change'?: (event: CareerProfileChangeEvent) => void;
}
interface SelectionChangeListener {
  'oncareer-selection-change'?: (event: CareerSelectionChangeEvent) => void;
}

/** The tags of the kit as React 19 intrinsic elements. */
export interface CareerElementsJsx {
  'career-framework': WebComponentProps<CareerFramework> & LoadErrorListeners & RoleSelectListener & MoveSelectListener & ProfileChangeListener & SelectionChangeListener;
  'mobility-map': WebComponentProps<MobilityMap> & LoadErrorListeners & RoleSelectListener & MoveSelectListener;
  'ladder-compare': WebComponentProps<LadderCompare> & LoadErrorListeners & RoleSelectListener;
  'skill-gap': WebComponentProps<SkillGap> & LoadErrorListeners & ProfileChangeListener;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CareerElementsJsx {}
  }
}
