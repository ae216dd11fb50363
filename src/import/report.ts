import type { Framework } from '../format/types.js';

/**
 * One thing an importer could not map, or could only map partly. `path` says where in the source:
 * `file:line:column` for CSV (line and column 1-based), a JSON Pointer into the parsed source for
 * YAML and JSON. Errors mean source data was left out of the framework; warnings mean the source
 * holds something the career-framework/1 format has no place for, or that was filled in.
 */
export interface ImportProblem {
  severity: 'error' | 'warning';
  path: string;
  code: string;
  message: string;
}

/** What every importer returns: the framework and everything it could not map. */
export interface ImportResult {
  framework: Framework;
  report: ImportProblem[];
}

/** Collects an importer's report while it walks the source. */
export class ImportReport {
  readonly items: ImportProblem[] = [];

  error(path: string, code: string, message: string): void {
    this.items.push({ severity: 'error', path, code, message });
  }

  warn(path: string, code: string, message: string): void {
    this.items.push({ severity: 'warning', path, code, message });
  }
}

/** Turns any thrown value into a message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
