// career-elements/vue: types for Vue 3 templates. After `import 'career-elements/define'` and
// `import type {} from 'career-elements/vue'`, Vue's language tools check `<mobility-map
// :framework="data" current-role="…" @career-role-select="onSelect">` against the elements'
// properties and the events' classes. Vue itself must know these are custom elements: set
// `compilerOptions.isCustomElement` (vite: `vue({ template: { compilerOptions: { isCustomElement:
// (tag) => tag.includes('-') } } })`). Properties are passed as properties when the element has
// them, so `:framework="object"` works.
import type { DefineComponent } from 'vue';
import type { CareerErrorEvent, CareerLoadEvent, CareerMoveSelectEvent, CareerProfileChangeEvent, CareerRoleSelectEvent, CareerSelectionChangeEvent } from '../events.js';
import type { CareerFramework } from '../provider/career-framework.component.js';
import type { LadderCompare } from '../ladder-compare/ladder-compare.component.js';
import type { MobilityMap } from '../mobility-map/mobility-map.component.js';
import type { SkillGap } from '../skill-gap/skill-gap.component.js';

/** An element's public properties (no methods), all optional, as Vue props. */
type ElementProps<E> = { [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K] };

interface LoadErrorListeners {
  onCareerLoad?: (event: CareerLoadEvent) => void;
  onCareerError?: (event: CareerErrorEvent) => void;
}

/** The kit's tags as Vue global components, for type-checking templates. */
export interface CareerElementsVue {
  'career-framework': DefineComponent<
    ElementProps<CareerFramework> &
      LoadErrorListeners & {
        onCareerSelectionChange?: (event: CareerSelectionChangeEvent) => void;
        onCareerRoleSelect?: (event: CareerRoleSelectEvent) => void;
        onCareerMoveSelect?: (event: CareerMoveSelectEvent) => void;
        onCareerProfileChange?: (event: CareerProfileChangeEvent) => void;
      }
  >;
  'mobility-map': DefineComponent<
    ElementProps<MobilityMap> & LoadErrorListeners & { onCareerRoleSelect?: (event: CareerRoleSelectEvent) => void; onCareerMoveSelect?: (event: CareerMoveSelectEvent) => void }
  >;
  'ladder-compare': DefineComponent<ElementProps<LadderCompare> & LoadErrorListeners & { onCareerRoleSelect?: (event: CareerRoleSelectEvent) => void }>;
  'skill-gap': DefineComponent<ElementProps<SkillGap> & LoadErrorListeners & { onCareerProfileChange?: (event: CareerProfileChangeEvent) => void }>;
}

declare module 'vue' {
  interface GlobalComponents extends CareerElementsVue {}
}
