// The package entry: types, validation, the model, events, context and element classes.
// Importing it registers nothing; import `career-elements/define` (or the self-contained
// `career-elements.js`) to register the tags.
export * from './format/types.js';
export { validateFramework, validateProfile, parseFrameworkText, isCurrencyCode } from './format/validate.js';
export { FrameworkIndex, type CareerMove, type MoveKind, type Ladder, type RoleFilter } from './model/framework-index.js';
export { skillGap, profileFromRole, ratingsOf, roleGapSteps, IMPORTANCE_WEIGHT, type SkillGapResult, type SkillGapRow } from './model/skill-gap.js';
export { findRoutes, bestRoute, medianMonths, type Route, type RouteOptions, type RouteRanking, type RouteSearch, type NoRouteReason } from './model/routes.js';
export { routeTotals, type RouteTotals, type RouteTotalsOptions, type RouteSkill, type RouteRequirement } from './model/route-totals.js';
export { competencyChanges, type CompetencyChange } from './model/competency-changes.js';
export { inferMoves, isInferred, DEFAULT_INFER_THRESHOLD, type InferredMove, type InferredMoves, type SharedSkill, type NeededSkill } from './model/inferred-moves.js';
export { payChange, midpoint, formatMoney, type PayChange } from './model/pay.js';
export { loadFramework, type LoadedFramework } from './base/load-framework.js';
export { careerContext, type CareerContextValue, type CareerSelection } from './context.js';
export * from './events.js';
export { defineElement } from './define-element.js';
export { CareerElement } from './base/career-element.js';
export { CareerFramework } from './provider/career-framework.component.js';
export { SkillGap } from './skill-gap/skill-gap.component.js';
export { learningPlan, fallbackHours, type LearningPlan, type PlanStep, type PlanGap } from './skill-gap/learning-plan.js';
export { gapView, sourceConflicts, withRating, rowSentence, type GapView, type GapRowView, type GapGroupView, type SourceConflict } from './skill-gap/gap-view.js';
export { radarLayout, levelAxis, RADAR_MAX_SKILLS, type RadarLayout, type LevelAxis } from './skill-gap/skill-gap-layout.js';
export { LadderCompare, type PayVisibility } from './ladder-compare/ladder-compare.component.js';
export { compareLayout, type CompareLayout, type CompareOptions, type CompareColumn, type CompareRow, type CompareCell, type ColumnSpec, type CompareMode } from './ladder-compare/ladder-compare-layout.js';
export { alignByRank, alignByMap, sourceKeys, type LevelMapRow, type CompareSource, type AlignedRow } from './ladder-compare/ladder-align.js';
export { payScales, payBar, bandKey, type PayScale, type PayBar } from './ladder-compare/ladder-pay-scale.js';
export { MobilityMap } from './mobility-map/mobility-map.component.js';
export { layoutMap, layoutLabels, neighbour, fitTransform, MAP_METRICS, type MapLayout, type RoleNode, type FamilyColumn, type TrackColumn, type LevelRow, type ClusterSpan, type Label, type LayoutOptions, type Box, type ZoomTransform } from './mobility-map/mobility-map-layout.js';
export { familyFlows, movePath, type FamilyFlow, type FlowSummary, type MovePath } from './mobility-map/mobility-map-paths.js';
