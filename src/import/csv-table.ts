import { parse, type CsvError } from 'csv-parse/browser/esm/sync';
import type { ImportReport } from './report.js';

/** One data row of a CSV sheet, its cells keyed by normalised column name. */
export interface CsvRow {
  /** The 1-based line the row starts on (rows may span lines inside quotes). */
  line: number;
  cells: Record<string, string>;
  /** `file:line:column` of one of the row's cells, for the import report. */
  where(column: string): string;
}

export interface CsvTable {
  file: string;
  /** The normalised column names, in sheet order. */
  columns: string[];
  rows: CsvRow[];
  /** False when a required column is missing: the rows are then empty. */
  usable: boolean;
}

/** A header as a column key: trimmed, lower case, spaces and dashes as `_` (`"Level Rank"` → `level_rank`). */
export function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const newlines = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

/**
 * Parses CSV text (RFC 4180: quoted fields with commas, quotes and newlines; a UTF-8 BOM; CRLF,
 * LF or CR line ends) with csv-parse. Reports each malformed row with `file:line:column` (the
 * column is the field's position, 1-based) and skips it; reports missing required columns by name
 * with the columns found.
 */
export function readCsv(text: string, file: string, required: readonly string[], report: ImportReport): CsvTable {
  const records: Array<{ record: string[]; info: { lines: number } }> = [];
  try {
    records.push(
      ...(parse(text, {
        bom: true,
        info: true,
        skip_empty_lines: true,
        record_delimiter: ['\r\n', '\n', '\r'],
        skip_records_with_error: true,
        on_skip: (error: CsvError | undefined) => {
          if (error) reportMalformed(error, file, report);
        },
      }) as unknown as typeof records),
    );
  } catch (error) {
    reportMalformed(error as CsvError, file, report);
  }
  if (records.length === 0) {
    report.error(`${file}:1:1`, 'csv-empty', `${file} has no header row: expected the columns ${required.join(', ')}`);
    return { file, columns: [], rows: [], usable: false };
  }
  const [header, ...body] = records;
  const columns = header.record.map(columnKey);
  const missing = required.filter((column) => !columns.includes(column));
  for (const column of missing) {
    report.error(
      `${file}:${header.info.lines}`,
      'csv-missing-column',
      `${file} has no "${column}" column; the columns found are: ${header.record.map((h) => h.trim()).join(', ') || 'none'}`,
    );
  }
  if (missing.length > 0) return { file, columns, rows: [], usable: false };

  const rows = body.map(({ record, info }): CsvRow => {
    const line = info.lines - record.reduce((sum, cell) => sum + newlines(cell), 0);
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => (cells[column] = (record[i] ?? '').trim()));
    return { line, cells, where: (column) => `${file}:${line}:${Math.max(columns.indexOf(column), 0) + 1}` };
  });
  return { file, columns, rows, usable: true };
}

function reportMalformed(error: CsvError, file: string, report: ImportReport): void {
  const { lines, column: field } = error as unknown as { lines?: number; column?: unknown };
  const line = lines ?? 1;
  const fields = Array.isArray(error.record) ? error.record.length : undefined;
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && fields !== undefined) {
    const expected = Number(/expect (\d+)/.exec(error.message)?.[1] ?? fields);
    const column = Math.min(fields, expected) + 1;
    const what = fields < expected ? `only ${fields} of the ${expected} columns` : `${fields} fields where the header has ${expected} columns`;
    report.error(`${file}:${line}:${column}`, 'csv-row-length', `the row has ${what} (from column ${column}); the row was skipped — check for a missing or extra comma, or an unquoted comma inside a value`);
    return;
  }
  const column = (typeof field === 'number' ? field : 0) + 1;
  report.error(`${file}:${line}:${column}`, 'csv-syntax', `${error.message}; the row was skipped — a value containing quotes must be quoted as a whole, with quotes doubled ("")`);
}
