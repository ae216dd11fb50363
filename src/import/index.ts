// The importers' entry (`career-elements/import`): pure functions that turn what HR already has
// into a career-framework/1 object plus a report. Kept out of the main entry so the elements'
// bundle does not carry the CSV and YAML parsers.
export { importCsv, CSV_SHEETS, CSV_COLUMNS, type CsvSheets, type CsvImportOptions } from './csv.js';
export { importDdat, DDAT_PROFICIENCY, type DdatSources, type DdatImportOptions } from './ddat.js';
export { importFt, FT_PROFICIENCY, type FtSource, type FtImportOptions } from './ft.js';
export { importSnowflake, type SnowflakeImportOptions } from './snowflake.js';
export type { ImportProblem, ImportResult } from './report.js';
