import {
  DEFAULT_PROFICIENCY,
  FRAMEWORK_FORMAT,
  type Family,
  type Competency,
  type CompetencyExpectation,
  type Framework,
  type LearningResource,
  type Level,
  type Move,
  type PayBand,
  type Role,
  type Skill,
  type SkillRequirement,
  type Track,
} from '../format/types.js';
import { isCurrencyCode } from '../format/validate.js';
import { IMPORTANCES, isWordOf, LEARNING_KINDS, ROLE_STATUSES, wordsOf } from '../format/vocabulary.js';
import { readCsv, type CsvRow, type CsvTable } from './csv-table.js';
import { IdRegistry, slugify, splitList } from './ids.js';
import { ImportReport, type ImportResult } from './report.js';
import { IC_TRACK, MANAGEMENT_TRACK } from './tracks.js';

/** The sheets of the spreadsheet template, each the text of one CSV file. Only `roles` is required. */
export interface CsvSheets {
  roles: string;
  'role-skills'?: string;
  moves?: string;
  'pay-bands'?: string;
  learning?: string;
  /** One row per behaviour: competency, level, text, and optionally track and families. */
  competencies?: string;
}

export interface CsvImportOptions {
  id?: string;
  name?: string;
  description?: string;
}

/** The sheet names, in the order they are read; a file is matched to a sheet by its base name. */
export const CSV_SHEETS = ['roles', 'role-skills', 'moves', 'pay-bands', 'learning', 'competencies'] as const;

/** Required and optional columns of each sheet (normalised keys, see `columnKey`). */
export const CSV_COLUMNS = {
  roles: { required: ['title', 'family', 'track', 'level', 'level_rank'], optional: ['id', 'summary', 'status', 'entry_requirements'] },
  'role-skills': { required: ['role', 'skill', 'level'], optional: ['importance', 'skill_category', 'skill_description'] },
  moves: { required: ['from', 'to'], optional: ['typical_months', 'requirements', 'learning', 'note'] },
  'pay-bands': { required: ['level', 'region', 'currency', 'min', 'max'], optional: ['mid', 'track', 'family', 'bonus_target_percent'] },
  learning: { required: ['id', 'title', 'kind'], optional: ['skills', 'url', 'hours', 'description'] },
  competencies: { required: ['competency', 'level', 'text'], optional: ['track', 'families', 'competency_description'] },
} as const satisfies Record<(typeof CSV_SHEETS)[number], { required: readonly string[]; optional: readonly string[] }>;


/** A lookup from ids and labels (any case, or as a slug) to the declared id. */
class Names {
  readonly #ids = new Map<string, string>();
  add(id: string, label: string): void {
    for (const key of [id, label, slugify(label)]) if (!this.#ids.has(key.toLowerCase())) this.#ids.set(key.toLowerCase(), id);
  }
  find(value: string): string | undefined {
    return this.#ids.get(value.toLowerCase()) ?? this.#ids.get(slugify(value));
  }
  get ids(): string[] {
    return [...new Set(this.#ids.values())];
  }
}

/**
 * Builds a framework from the spreadsheet template (docs/importers.md): one CSV text per sheet.
 * Families, tracks and levels come from the roles sheet, skills from the role-skills sheet.
 * Every row that cannot be used is reported with its `file:line:column` and left out.
 */
export function importCsv(sheets: CsvSheets, options: CsvImportOptions = {}): ImportResult {
  const report = new ImportReport();
  const table = (sheet: (typeof CSV_SHEETS)[number]): CsvTable | undefined => {
    const text = sheets[sheet];
    return text === undefined ? undefined : readCsv(text, `${sheet}.csv`, CSV_COLUMNS[sheet].required, report);
  };
  const framework: Framework = {
    format: FRAMEWORK_FORMAT,
    id: options.id ?? 'imported',
    name: options.name ?? 'Imported framework',
    ...(options.description ? { description: options.description } : {}),
    levels: [],
    tracks: [],
    families: [],
    roles: [],
  };
  const roles = readRoles(table('roles'), framework, report);
  const skills = readRoleSkills(table('role-skills'), framework, roles, report);
  const learning = readLearning(table('learning'), framework, skills, report);
  readMoves(table('moves'), framework, roles, learning, report);
  readPayBands(table('pay-bands'), framework, report);
  readCompetencies(table('competencies'), framework, report);
  return { framework, report: report.items };
}

interface Context {
  row: CsvRow;
  report: ImportReport;
}

/** The value of a cell; reports and returns undefined when a required cell is empty. */
function cell({ row, report }: Context, column: string, required = false): string | undefined {
  const value = row.cells[column];
  if (value) return value;
  if (required) report.error(row.where(column), 'csv-empty-cell', `"${column}" is empty; the row was skipped`);
  return undefined;
}

function numberCell(ctx: Context, column: string, required = false): number | undefined | null {
  const text = cell(ctx, column, required);
  if (text === undefined) return required ? null : undefined;
  const value = Number(text.replace(/[,_\s]/g, ''));
  if (Number.isFinite(value)) return value;
  ctx.report.error(ctx.row.where(column), 'csv-not-a-number', `"${column}" should be a number, found ${JSON.stringify(text)}`);
  return null;
}

/** A cell holding one word of a vocabulary table (any case); anything else is warned about and left out. */
function enumCell<T extends object>(ctx: Context, column: string, table: T): (keyof T & string) | undefined {
  const text = cell(ctx, column)?.toLowerCase();
  if (text === undefined) return undefined;
  if (isWordOf(table, text)) return text;
  ctx.report.warn(ctx.row.where(column), 'csv-enum', `"${column}" should be one of ${wordsOf(table).join(', ')}, found ${JSON.stringify(text)}; left out`);
  return undefined;
}

function reference(ctx: Context, column: string, names: Names, what: string): string | undefined {
  const value = cell(ctx, column, true);
  if (value === undefined) return undefined;
  const id = names.find(value);
  if (id === undefined) {
    const known = names.ids;
    ctx.report.error(ctx.row.where(column), `csv-unknown-${what}`, `unknown ${what} ${JSON.stringify(value)} (known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}); the row was skipped`);
  }
  return id;
}

function readRoles(table: CsvTable | undefined, framework: Framework, report: ImportReport): Names {
  const roles = new Names();
  const families = new Names();
  const tracks = new Names();
  const levels = new Map<string, Level>();
  const ranks = new Map<number, string>();
  const roleIds = new IdRegistry();
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const [title, family, track, level] = ['title', 'family', 'track', 'level'].map((c) => cell(ctx, c, true));
    const rank = numberCell(ctx, 'level_rank', true);
    if (!title || !family || !track || !level || rank == null) continue;

    const levelId = slugify(level);
    const known = levels.get(levelId);
    if (known && known.rank !== rank) {
      report.error(row.where('level_rank'), 'csv-rank-conflict', `level ${JSON.stringify(level)} has rank ${rank} here but ${known.rank} on an earlier row; the row was skipped`);
      continue;
    }
    if (!known && ranks.has(rank)) {
      report.error(row.where('level_rank'), 'csv-rank-conflict', `rank ${rank} is already the rank of level ${JSON.stringify(ranks.get(rank))}; each level needs its own rank; the row was skipped`);
      continue;
    }
    if (!known) {
      levels.set(levelId, { id: levelId, rank, label: level });
      ranks.set(rank, level);
    }
    const familyId = families.find(family) ?? addFamily(framework.families, families, family);
    const trackId = tracks.find(track) ?? addTrack(framework.tracks, tracks, track);

    const wanted = cell(ctx, 'id') ?? slugify(title);
    const id = roleIds.claim(wanted);
    if (id !== wanted) report.warn(row.where('id'), 'csv-duplicate-id', `role id ${JSON.stringify(wanted)} is already used; this role became ${JSON.stringify(id)}`);
    const role: Role = { id, title, family: familyId, track: trackId, level: levelId };
    const summary = cell(ctx, 'summary');
    if (summary) role.summary = summary;
    const status = enumCell(ctx, 'status', ROLE_STATUSES);
    if (status) role.status = status;
    const entry = splitList(cell(ctx, 'entry_requirements'));
    if (entry.length > 0) role.entryRequirements = entry;
    framework.roles.push(role);
    roles.add(id, title);
  }
  framework.levels = [...levels.values()].sort((a, b) => a.rank - b.rank);
  return roles;
}

function addFamily(list: Family[], names: Names, label: string): string {
  const id = slugify(label);
  list.push({ id, label });
  names.add(id, label);
  return id;
}

function addTrack(list: Track[], names: Names, label: string): string {
  const standard = [IC_TRACK, MANAGEMENT_TRACK].find((t) => t.id === slugify(label) || t.label.toLowerCase() === label.toLowerCase());
  const track: Track = standard ? { ...standard } : { id: slugify(label), label };
  list.push(track);
  names.add(track.id, label);
  return track.id;
}

/** A proficiency cell: a number on the default 1–5 scale or one of its labels. */
function proficiency(ctx: Context): number | undefined {
  const text = cell(ctx, 'level', true);
  if (text === undefined) return undefined;
  const step = DEFAULT_PROFICIENCY.find((s) => String(s.value) === text || s.label.toLowerCase() === text.toLowerCase());
  if (step) return step.value;
  const scale = DEFAULT_PROFICIENCY.map((s) => `${s.value} ${s.label}`).join(', ');
  ctx.report.error(ctx.row.where('level'), 'csv-off-scale', `proficiency ${JSON.stringify(text)} is not on the scale (${scale}); the row was skipped`);
  return undefined;
}

function readRoleSkills(table: CsvTable | undefined, framework: Framework, roles: Names, report: ImportReport): Names {
  const skills = new Names();
  const byRole = new Map(framework.roles.map((role) => [role.id, role]));
  const list: Skill[] = [];
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const roleId = reference(ctx, 'role', roles, 'role');
    const label = cell(ctx, 'skill', true);
    const level = proficiency(ctx);
    if (!roleId || !label || level === undefined) continue;
    let skillId = skills.find(label);
    if (!skillId) {
      skillId = slugify(label);
      const skill: Skill = { id: skillId, label };
      const category = cell(ctx, 'skill_category');
      if (category) skill.category = category;
      const description = cell(ctx, 'skill_description');
      if (description) skill.description = description;
      list.push(skill);
      skills.add(skillId, label);
    }
    const role = byRole.get(roleId)!;
    if (role.skills?.some((req) => req.skill === skillId)) {
      report.error(row.where('skill'), 'csv-duplicate-skill', `role ${JSON.stringify(roleId)} already lists skill ${JSON.stringify(label)}; the row was skipped`);
      continue;
    }
    const requirement: SkillRequirement = { skill: skillId, level };
    const importance = enumCell(ctx, 'importance', IMPORTANCES);
    if (importance) requirement.importance = importance;
    (role.skills ??= []).push(requirement);
  }
  if (list.length > 0) framework.skills = list;
  return skills;
}

function readLearning(table: CsvTable | undefined, framework: Framework, skills: Names, report: ImportReport): Names {
  const learning = new Names();
  const ids = new IdRegistry();
  const list: LearningResource[] = [];
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const [wanted, title] = [cell(ctx, 'id', true), cell(ctx, 'title', true)];
    const kind = enumCell(ctx, 'kind', LEARNING_KINDS) ?? 'other';
    if (!wanted || !title) continue;
    const id = ids.claim(wanted);
    if (id !== wanted) report.warn(row.where('id'), 'csv-duplicate-id', `learning id ${JSON.stringify(wanted)} is already used; this one became ${JSON.stringify(id)}`);
    const resource: LearningResource = { id, title, kind };
    const skillIds: string[] = [];
    for (const name of splitList(cell(ctx, 'skills'))) {
      const skill = skills.find(name);
      if (skill) skillIds.push(skill);
      else report.warn(row.where('skills'), 'csv-unknown-skill', `skill ${JSON.stringify(name)} is not in role-skills.csv; left out of this resource`);
    }
    if (skillIds.length > 0) resource.skills = skillIds;
    const url = cell(ctx, 'url');
    if (url) resource.url = url;
    const hours = numberCell(ctx, 'hours');
    if (typeof hours === 'number') resource.hours = hours;
    const description = cell(ctx, 'description');
    if (description) resource.description = description;
    list.push(resource);
    learning.add(id, title);
  }
  if (list.length > 0) framework.learning = list;
  return learning;
}

function readMoves(table: CsvTable | undefined, framework: Framework, roles: Names, learning: Names, report: ImportReport): void {
  const list: Move[] = [];
  const seen = new Set<string>();
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const from = reference(ctx, 'from', roles, 'role');
    const to = reference(ctx, 'to', roles, 'role');
    if (!from || !to) continue;
    if (from === to || seen.has(`${from} ${to}`)) {
      report.error(row.where('to'), 'csv-move', `the move ${from} → ${to} ${from === to ? 'goes nowhere' : 'is already listed'}; the row was skipped`);
      continue;
    }
    seen.add(`${from} ${to}`);
    const move: Move = { from, to };
    const months = numberCell(ctx, 'typical_months');
    if (typeof months === 'number') move.typicalMonths = months;
    const requirements = splitList(cell(ctx, 'requirements'));
    if (requirements.length > 0) move.requirements = requirements.map((label) => ({ label }));
    const resources: string[] = [];
    for (const name of splitList(cell(ctx, 'learning'))) {
      const id = learning.find(name);
      if (id) resources.push(id);
      else report.warn(row.where('learning'), 'csv-unknown-learning', `learning resource ${JSON.stringify(name)} is not in learning.csv; left out of this move`);
    }
    if (resources.length > 0) move.learning = resources;
    const note = cell(ctx, 'note');
    if (note) move.note = note;
    list.push(move);
  }
  if (list.length > 0) framework.moves = list;
}

function readPayBands(table: CsvTable | undefined, framework: Framework, report: ImportReport): void {
  const names = (items: ReadonlyArray<{ id: string; label: string }>) => {
    const n = new Names();
    for (const item of items) n.add(item.id, item.label);
    return n;
  };
  const levels = names(framework.levels);
  const tracks = names(framework.tracks);
  const families = names(framework.families);
  const list: PayBand[] = [];
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const level = reference(ctx, 'level', levels, 'level');
    const region = cell(ctx, 'region', true);
    const currency = cell(ctx, 'currency', true)?.toUpperCase();
    const [min, max] = [numberCell(ctx, 'min', true), numberCell(ctx, 'max', true)];
    const mid = numberCell(ctx, 'mid');
    const track = cell(ctx, 'track') === undefined ? undefined : reference(ctx, 'track', tracks, 'track');
    const family = cell(ctx, 'family') === undefined ? undefined : reference(ctx, 'family', families, 'family');
    if (!level || !region || !currency || min == null || max == null || mid === null) continue;
    if ((cell(ctx, 'track') && !track) || (cell(ctx, 'family') && !family)) continue;
    if (!isCurrencyCode(currency)) {
      report.error(row.where('currency'), 'csv-currency', `${JSON.stringify(currency)} is not an ISO 4217 currency code such as USD or GBP; the row was skipped`);
      continue;
    }
    if (min > max) {
      report.error(row.where('min'), 'csv-min-above-max', `min ${min} is above max ${max}; the row was skipped`);
      continue;
    }
    const band: PayBand = { level, region, currency, base: { min, ...(mid !== undefined ? { mid } : {}), max } };
    if (track) band.track = track;
    if (family) band.family = family;
    const bonus = numberCell(ctx, 'bonus_target_percent');
    if (typeof bonus === 'number') band.bonusTargetPercent = bonus;
    list.push(band);
  }
  if (list.length > 0) framework.payBands = list;
}

/**
 * The competencies sheet: one row per behaviour (competency, level, text; optionally the track
 * and the families it applies to). Rows of one competency, level, track and families become one
 * expectation; levels, tracks and families are those of the roles sheet.
 */
function readCompetencies(table: CsvTable | undefined, framework: Framework, report: ImportReport): void {
  const names = (list: ReadonlyArray<{ id: string; label: string }>) => {
    const out = new Names();
    for (const item of list) out.add(item.id, item.label);
    return out;
  };
  const [levels, tracks, families] = [names(framework.levels), names(framework.tracks), names(framework.families)];
  const competencies = new Map<string, Competency>();
  for (const row of table?.rows ?? []) {
    const ctx = { row, report };
    const [label, text] = [cell(ctx, 'competency', true), cell(ctx, 'text', true)];
    const level = reference(ctx, 'level', levels, 'level');
    if (!label || !text || !level) continue;
    const trackName = cell(ctx, 'track');
    const track = trackName === undefined ? undefined : tracks.find(trackName);
    if (trackName !== undefined && !track) {
      report.error(row.where('track'), 'csv-unknown-track', `unknown track ${JSON.stringify(trackName)} (known: ${tracks.ids.join(', ')}); the row was skipped`);
      continue;
    }
    const familyIds: string[] = [];
    for (const name of splitList(cell(ctx, 'families'))) {
      const family = families.find(name);
      if (family) familyIds.push(family);
      else report.warn(row.where('families'), 'csv-unknown-family', `family ${JSON.stringify(name)} is not in roles.csv; left out of this behaviour's families`);
    }
    const id = slugify(label);
    let competency = competencies.get(id);
    if (!competency) competencies.set(id, (competency = { id, label, expectations: [] }));
    const description = cell(ctx, 'competency_description');
    if (description && !competency.description) competency.description = description;
    const key = (e: CompetencyExpectation) => `${e.level}|${e.track ?? ''}|${(e.families ?? []).join(',')}`;
    const wanted: CompetencyExpectation = { level, ...(track ? { track } : {}), ...(familyIds.length ? { families: familyIds } : {}), behaviours: [] };
    let expectation = competency.expectations!.find((e) => key(e) === key(wanted));
    if (!expectation) competency.expectations!.push((expectation = wanted));
    expectation.behaviours.push(text);
  }
  if (competencies.size > 0) framework.competencies = [...competencies.values()];
}
