import { readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Problem } from '../format/types.js';
import { parseFrameworkText } from '../format/validate.js';
import { validateFramework } from '../model/validate.js';
import { CSV_SHEETS, importCsv, type CsvSheets } from '../import/csv.js';
import { importDdat } from '../import/ddat.js';
import { importFt } from '../import/ft.js';
import type { ImportResult } from '../import/report.js';
import { importSnowflake } from '../import/snowflake.js';

/** Where the CLI writes; tests and embedders may capture it. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const consoleOutput: CliOutput = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** Exit codes: 0 fine (warnings allowed), 1 the data has errors, 2 the command could not run. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const USAGE = `Usage:
  career-elements validate <framework.json> [--json]
  career-elements import <csv|ddat|ft|snowflake> <input…> [-o framework.json] [--id ID] [--name NAME]

  import csv       <folder or sheet files: roles.csv role-skills.csv moves.csv pay-bands.csv learning.csv>
  import ddat      <roles.csv> [skills.csv]      (UK Government DDaT capability framework)
  import ft        <job-family.yml…>              (Financial Times engineering-progression)
  import snowflake <snowflake.json>               (Medium's snowflake tracks)

Exit codes: 0 valid (warnings allowed), 1 errors in the data, 2 the command could not run.`;

/** A problem with the command itself (unreadable file, unknown format): exit code 2. */
class UsageError extends Error {}

/** Runs the CLI on its arguments (without `node` and the script) and returns the exit code. */
export async function run(args: string[], output: CliOutput = consoleOutput): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        id: { type: 'string' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      output.out(USAGE);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (command === 'validate') return await validateCommand(rest, values.json ?? false, output);
    if (command === 'import') return await importCommand(rest, values, output);
    throw new UsageError(`unknown command ${JSON.stringify(command)}; expected "validate" or "import"`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.err(`career-elements: ${message}`);
    if (!(error instanceof UsageError)) output.err('Run "career-elements --help" for usage.');
    return EXIT.usage;
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

function formatProblem(severity: string, problem: Problem): string {
  return `${severity.padEnd(7)} ${problem.path || '/'}: ${problem.message}`;
}

async function validateCommand(files: string[], json: boolean, output: CliOutput): Promise<number> {
  if (files.length !== 1) throw new UsageError('validate takes one framework file: career-elements validate <framework.json>');
  const text = await readText(files[0]);
  const parsed = parseFrameworkText(text);
  const result = parsed.errors.length > 0 ? { valid: false, errors: parsed.errors, warnings: [] } : validateFramework(parsed.value);
  if (json) {
    output.out(JSON.stringify({ file: files[0], ...result }, null, 2));
  } else {
    for (const problem of result.errors) output.out(formatProblem('error', problem));
    for (const problem of result.warnings) output.out(formatProblem('warning', problem));
    output.out(`${files[0]}: ${result.valid ? 'valid' : 'INVALID'} — ${result.errors.length} errors, ${result.warnings.length} warnings`);
  }
  return result.valid ? EXIT.ok : EXIT.invalid;
}

interface ImportOptions {
  output?: string;
  id?: string;
  name?: string;
}

const IMPORTERS: Record<string, (inputs: string[], options: ImportOptions) => Promise<ImportResult>> = {
  csv: async (inputs, options) => importCsv(await readSheets(inputs), options),
  ddat: async ([roles, skills, ...extra], options) => {
    if (!roles || extra.length > 0) throw new UsageError('import ddat takes roles.csv and, optionally, skills.csv');
    return importDdat({ roles: await readText(roles), ...(skills ? { skills: await readText(skills) } : {}) }, options);
  },
  ft: async (inputs, options) => {
    if (inputs.length === 0) throw new UsageError('import ft takes one or more job-family YAML files');
    return importFt(await Promise.all(inputs.map(async (file) => ({ name: basename(file), text: await readText(file) }))), options);
  },
  snowflake: async ([file, ...extra], options) => {
    if (!file || extra.length > 0) throw new UsageError('import snowflake takes one snowflake.json file');
    return importSnowflake(await readText(file), options);
  },
};

/** Reads the template sheets from files and folders, matching each file to a sheet by its name. */
async function readSheets(inputs: string[]): Promise<CsvSheets> {
  if (inputs.length === 0) throw new UsageError('import csv takes a folder or the sheet files (roles.csv, role-skills.csv, …)');
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((name) => extname(name).toLowerCase() === '.csv').sort();
      files.push(...names.map((name) => join(input, name)));
    } else files.push(input);
  }
  const sheets: Partial<Record<string, string>> = {};
  for (const file of files) {
    const sheet = basename(file, extname(file)).toLowerCase();
    if (!(CSV_SHEETS as readonly string[]).includes(sheet)) {
      throw new UsageError(`${file}: unknown sheet ${JSON.stringify(sheet)}; sheet files are named ${CSV_SHEETS.map((s) => s + '.csv').join(', ')}`);
    }
    sheets[sheet] = await readText(file);
  }
  if (sheets.roles === undefined) throw new UsageError('import csv needs a roles.csv sheet');
  return sheets as unknown as CsvSheets;
}

async function importCommand(args: string[], options: ImportOptions, output: CliOutput): Promise<number> {
  const [format, ...inputs] = args;
  const importer = format === undefined ? undefined : IMPORTERS[format];
  if (!importer) {
    throw new UsageError(`unknown import format ${JSON.stringify(format ?? '')}; expected one of ${Object.keys(IMPORTERS).join(', ')}`);
  }
  const { framework, report } = await importer(inputs, options);
  const validation = validateFramework(framework);
  const log = options.output ? output.out : output.err;
  for (const item of report) log(formatProblem(item.severity, item));
  for (const problem of validation.errors) log(formatProblem('invalid', problem));
  const errors = report.filter((item) => item.severity === 'error').length + validation.errors.length;
  const summary = `${framework.roles.length} roles, ${framework.families.length} families, ${framework.levels.length} levels; report: ${report.length} items (${errors} errors); ${validation.warnings.length} validation warnings`;
  if (errors > 0) {
    log(`${summary}\nNothing written: fix the errors above and import again.`);
    return EXIT.invalid;
  }
  const json = JSON.stringify(framework, null, 2) + '\n';
  if (options.output) {
    await writeAtomically(options.output, json);
    log(`${summary}\nWrote ${options.output}${validation.warnings.length ? ` — "career-elements validate ${options.output}" lists the warnings` : ''}`);
  } else {
    output.out(json.trimEnd());
    log(summary);
  }
  return EXIT.ok;
}

/** Writes a temporary file beside the target, then renames it over the target: never a half-written file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

