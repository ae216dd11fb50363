// The package entry — the public API, and only it: the format's types and vocabulary, validation,
// the model functions, the events, the provider's context and the element classes. Layout
// functions and other internals are not exported: they change with the elements. Every name here
// is listed in etc/api-report.md (`npm run api-report` rewrites it; a test holds them equal).
// Importing this registers nothing; import `career-elements/define` (or the self-contained
// `career-elements.js`) to register the tags.

// The format: types, constants and the vocabulary of closed sets.
export * from './format/types.js';
export * from './format/vocabulary.js';

// Validation.
export { validateProfile, parseFrameworkText, isCurrencyCode } from './format/validate.js';
export { validateFramework } from './model/validate.js';

// The model: index and moves, skill gap, routes, pay, level diffs, competency gap, learning plans, loading.
export { FrameworkIndex, type CareerMove, type Ladder, type RoleFilter } from './model/framework-index.js';
export { skillGap, profileFromRole, ratingsOf, roleGapSteps, IMPORTANCE_WEIGHT, DEFAULT_IMPORTANCE, type SkillGapResult, type SkillGapRow } from './model/skill-gap.js';
export { bestRoute, findRoutes, type Route, type RouteOptions, type RouteRanking, type RouteSearch, type NoRouteReason } from './model/routes.js';
export { routeTotals, type RouteTotals, type RouteTotalsOptions, type RouteSkill, type RouteRequirement } from './model/route-totals.js';
export { competencyChanges, type CompetencyChange } from './model/competency-changes.js';
export { inferMoves, isInferred, DEFAULT_INFER_THRESHOLD, type InferredMove, type InferredMoves, type SharedSkill, type NeededSkill } from './model/inferred-moves.js';
export { payChange, midpoint, formatMoney, type PayChange } from './model/pay.js';
export {
  levelDiff,
  roleLevelDiff,
  pairBehaviours,
  behavioursAt,
  PAIRING_THRESHOLD,
  type LevelDiff,
  type LevelScope,
  type CompetencyLevelDiff,
  type BehaviourDiff,
  type BehaviourChange,
  type ChangeCounts,
  type TextPart,
} from './model/level-diff.js';
export { competencyGap, type CompetencyGapResult, type CompetencyGapRow, type ChecklistItem } from './model/competency-gap.js';
export { learningPlan, fallbackHours, type LearningPlan, type PlanStep, type PlanGap } from './model/learning-plan.js';
export { loadFramework, type LoadedFramework } from './base/load-framework.js';

// View state: what an element shows, as a plain versioned object (getViewState / setViewState).
export { VIEW_STATE_VERSION, type ViewState } from './base/view-state.js';

// Events and the provider's context.
export * from './events.js';
export { careerContext, type CareerContextValue, type CareerSelection } from './context.js';

// The element classes (registering them is the define entry's job).
export { defineElement } from './define-element.js';
export { CareerElement } from './base/career-element.js';
export { CareerFramework } from './provider/career-framework.component.js';
export { MobilityMap } from './mobility-map/mobility-map.component.js';
export { LadderCompare, type PayVisibility } from './ladder-compare/ladder-compare.component.js';
export { SkillGap } from './skill-gap/skill-gap.component.js';

// Languages and themes.
export { Localizer, registerStrings, safeLocale, type Strings, type Message } from './base/localize.js';
export type { ThemeName } from './base/theme.styles.js';
