// The package entry: types, validation, the model, events, context and element classes.
// Importing it registers nothing; import `career-elements/define` (or the self-contained
// `career-elements.js`) to register the tags.
export * from './format/types.js';
export { validateFramework, validateProfile, parseFrameworkText, isCurrencyCode } from './format/validate.js';
export { FrameworkIndex, type CareerMove, type MoveKind, type Ladder, type RoleFilter } from './model/framework-index.js';
export { skillGap, profileFromRole, ratingsOf, roleGapSteps, IMPORTANCE_WEIGHT, type SkillGapResult, type SkillGapRow } from './model/skill-gap.js';
export { bestRoute, type Route } from './model/routes.js';
export { payChange, midpoint, formatMoney, type PayChange } from './model/pay.js';
export { loadFramework, type LoadedFramework } from './base/load-framework.js';
export { careerContext, type CareerContextValue, type CareerSelection } from './context.js';
export * from './events.js';
export { defineElement } from './define-element.js';
export { CareerElement } from './base/career-element.js';
export { CareerFramework } from './provider/career-framework.component.js';
export { importCsv, CSV_SHEETS, CSV_COLUMNS, type CsvSheets, type CsvImportOptions } from './import/csv.js';
export { importDdat, DDAT_PROFICIENCY, type DdatSources, type DdatImportOptions } from './import/ddat.js';
export { importFt, FT_PROFICIENCY, type FtSource, type FtImportOptions } from './import/ft.js';
export { importSnowflake, type SnowflakeImportOptions } from './import/snowflake.js';
export type { ImportProblem, ImportResult } from './import/report.js';
