import { FRAMEWORK_FORMAT, type Family, type Framework, type Level, type Move, type ProficiencyStep, type Role, type Skill } from '../format/types.js';
import { readCsv, type CsvRow } from './csv-table.js';
import { IdRegistry, slugify } from './ids.js';
import { ImportReport, type ImportResult } from './report.js';
import { IC_TRACK, MANAGEMENT_TRACK, usedTracks } from './tracks.js';

/** The files of the UK Government DDaT capability framework export: roles.csv and, optionally, skills.csv. */
export interface DdatSources {
  roles: string;
  skills?: string;
}

export interface DdatImportOptions {
  id?: string;
  name?: string;
}

/** DDaT's skill levels, in order, as the framework's proficiency scale. */
export const DDAT_PROFICIENCY: readonly ProficiencyStep[] = [
  { value: 1, label: 'Awareness' },
  { value: 2, label: 'Working' },
  { value: 3, label: 'Practitioner' },
  { value: 4, label: 'Expert' },
];

/**
 * The seniority word of a role level's title, the basis of the framework's levels. Titles without
 * one ("Data engineer", "Problem manager") are the role's core level. Listed lowest first: this
 * order only breaks ties, the levels are ordered by the data (see `rankLevels`).
 */
const SENIORITY = ['trainee', 'apprentice', 'junior', 'associate', 'core', 'senior', 'lead', 'principal', 'head', 'chief'] as const;
const SENIOR_CIVIL_SERVICE = 'senior-civil-service';
const NOT_IN_USE = 'not in use';

function seniorityOf(title: string): string {
  const words = new Set(title.toLowerCase().match(/[a-z]+/g) ?? []);
  return [...SENIORITY].reverse().find((word) => words.has(word)) ?? 'core';
}

/** One role level of the source: a row group of roles.csv. */
interface RoleLevel {
  role: Role;
  ddatRole: string;
  seniority: string;
  ratings: number[];
}

const ROLE_COLUMNS = ['role_family', 'role', 'role_level', 'skill_name', 'skill_level'];

/**
 * Imports the UK Government Digital, Data and Technology (DDaT) capability framework CSV export.
 * Role families → families; each role × role level → a role; skill levels Awareness…Expert →
 * proficiency 1–4; "- management" variants, "Head of" and Senior Civil Service roles → the
 * management track. Levels are the seniority words of the titles (Junior, Senior, Lead, …),
 * ordered by the mean skill level of their roles. Promotions follow each DDaT role's own levels.
 */
export function importDdat(sources: DdatSources, options: DdatImportOptions = {}): ImportResult {
  const report = new ImportReport();
  const table = readCsv(sources.roles, 'roles.csv', ROLE_COLUMNS, report);
  const skillTexts = sources.skills === undefined ? new Map<string, Skill>() : readSkills(sources.skills, report);

  const families = new Map<string, Family>();
  const skills = new Map<string, Skill>();
  const roleLevels = new Map<string, RoleLevel>();
  const roleIds = new IdRegistry();

  for (const row of table.rows) {
    const c = row.cells;
    if (!c.role_family || !c.role || !c.role_level || !c.skill_name) {
      const empty = ROLE_COLUMNS.find((column) => !c[column]) ?? 'role';
      report.error(row.where(empty), 'ddat-empty-cell', `"${empty}" is empty; the row was skipped`);
      continue;
    }
    const family = families.get(c.role_family) ?? { id: slugify(c.role_family), label: c.role_family };
    families.set(c.role_family, family);
    const level = roleLevelOf(row, family, roleLevels, roleIds, report);
    const skill = skillOf(row, skills, skillTexts);
    rate(row, level, skill, report);
  }

  const levels = rankLevels([...roleLevels.values()]);
  for (const level of roleLevels.values()) level.role.level = level.seniority;
  const roles = [...roleLevels.values()].map((level) => level.role);
  const framework: Framework = {
    format: FRAMEWORK_FORMAT,
    id: options.id ?? 'uk-ddat',
    name: options.name ?? 'UK Government Digital and Data Profession Capability Framework',
    description:
      'Imported from the UK Government Digital and Data (DDaT) Profession Capability Framework, Crown copyright, Open Government Licence v3.0.',
    proficiency: DDAT_PROFICIENCY.map((step) => ({ ...step })),
    levels,
    tracks: usedTracks(roles),
    families: [...families.values()],
    skills: [...skills.values()],
    roles,
    moves: ddatMoves([...roleLevels.values()], levels),
  };
  return { framework, report: report.items };
}

function roleLevelOf(row: CsvRow, family: Family, roleLevels: Map<string, RoleLevel>, ids: IdRegistry, report: ImportReport): RoleLevel {
  const c = row.cells;
  const key = JSON.stringify([c.role_family, c.role, c.role_level]);
  const known = roleLevels.get(key);
  if (known) return known;
  const notInUse = c.role_level.toLowerCase() === NOT_IN_USE;
  const civilService = (c.role_type ?? '').toLowerCase() === 'senior civil service';
  const title = notInUse ? c.role : c.role_level;
  if (notInUse) {
    report.warn(row.where('role_level'), 'ddat-level-not-in-use', `role ${JSON.stringify(c.role)} has no role levels in use; imported as one role titled ${JSON.stringify(c.role)}`);
  }
  const seniority = civilService ? SENIOR_CIVIL_SERVICE : seniorityOf(title);
  const management = civilService || seniority === 'head' || /-\s*management$/i.test(title);
  const role: Role = {
    id: ids.claim(slugify(title)),
    title,
    family: family.id,
    track: management ? MANAGEMENT_TRACK.id : IC_TRACK.id,
    level: seniority,
  };
  const summary = (notInUse ? '' : c.role_level_description) || c.role_description;
  if (summary) role.summary = summary;
  Object.assign(role, { x_ddat: { role: c.role, roleDescription: c.role_description ?? '', roleType: c.role_type ?? '' } });
  const level: RoleLevel = { role, ddatRole: `${c.role_family}\u0000${c.role}`, seniority, ratings: [] };
  roleLevels.set(key, level);
  return level;
}

function skillOf(row: CsvRow, skills: Map<string, Skill>, texts: Map<string, Skill>): Skill {
  const c = row.cells;
  let skill = skills.get(c.skill_name);
  if (!skill) {
    skill = { id: slugify(c.skill_name), label: c.skill_name, ...texts.get(c.skill_name.toLowerCase()) };
    skills.set(c.skill_name, skill);
  }
  if (!skill.description && c.skill_description) skill.description = c.skill_description;
  return skill;
}

/** Adds a row's skill rating to its role; reports ratings it cannot place. */
function rate(row: CsvRow, level: RoleLevel, skill: Skill, report: ImportReport): void {
  const c = row.cells;
  const where = row.where('skill_level');
  const step = DDAT_PROFICIENCY.find((s) => s.label.toLowerCase() === (c.skill_level ?? '').toLowerCase());
  if (!step) {
    if ((c.skill_level ?? '').toLowerCase() === NOT_IN_USE) {
      report.warn(where, 'ddat-skill-not-in-use', `skill ${JSON.stringify(c.skill_name)} of ${JSON.stringify(level.role.title)} is marked "NOT IN USE"; left out of the role`);
    } else {
      report.error(where, 'ddat-skill-level', `skill level ${JSON.stringify(c.skill_level ?? '')} is not one of ${DDAT_PROFICIENCY.map((s) => s.label).join(', ')}; left out of the role`);
    }
    return;
  }
  if (c.skill_level_description) (skill.levels ??= {})[step.value] ??= c.skill_level_description;
  const skills = (level.role.skills ??= []);
  const earlier = skills.find((req) => req.skill === skill.id);
  if (earlier) {
    report.warn(where, 'ddat-duplicate-skill', `${JSON.stringify(level.role.title)} lists skill ${JSON.stringify(c.skill_name)} twice; kept the higher level (${DDAT_PROFICIENCY[Math.max(earlier.level, step.value) - 1].label})`);
    earlier.level = Math.max(earlier.level, step.value);
    return;
  }
  skills.push({ skill: skill.id, level: step.value });
  level.ratings.push(step.value);
}

/** skills.csv: each skill's description and what each of its levels looks like. */
function readSkills(text: string, report: ImportReport): Map<string, Skill> {
  const table = readCsv(text, 'skills.csv', ['skill_name'], report);
  const out = new Map<string, Skill>();
  for (const row of table.rows) {
    const name = row.cells.skill_name;
    if (!name) continue;
    const skill: Skill = { id: slugify(name), label: name };
    if (row.cells.skill_description) skill.description = row.cells.skill_description;
    for (const step of DDAT_PROFICIENCY) {
      const text = row.cells[step.label.toLowerCase()];
      if (text) (skill.levels ??= {})[step.value] = text;
    }
    out.set(name.toLowerCase(), skill);
  }
  return out;
}

const mean = (values: number[]) => (values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * The framework's levels: one per seniority word in use, ordered by the mean skill level of all
 * role levels carrying it (the data decides, e.g. whether "Associate" sits above "Junior");
 * seniorities without any rated skill (Senior Civil Service) go on top.
 */
function rankLevels(roleLevels: RoleLevel[]): Level[] {
  const ratings = new Map<string, number[]>();
  for (const level of roleLevels) {
    const list = ratings.get(level.seniority) ?? [];
    ratings.set(level.seniority, list.concat(level.ratings));
  }
  const order = (id: string) => (SENIORITY as readonly string[]).indexOf(id);
  const sorted = [...ratings.entries()]
    .map(([id, values]) => ({ id, mean: mean(values), count: roleLevels.filter((l) => l.seniority === id).length }))
    .sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || order(a.id) - order(b.id));
  return sorted.map(({ id, mean, count }, i) => ({
    id,
    rank: i + 1,
    label: id === SENIOR_CIVIL_SERVICE ? 'Senior Civil Service' : id === 'core' ? 'Core' : id[0].toUpperCase() + id.slice(1),
    description:
      (id === 'core' ? `${count} role levels whose titles carry no seniority word ("Data engineer")` : id === SENIOR_CIVIL_SERVICE ? `${count} Senior Civil Service roles` : `${count} role levels titled "${id[0].toUpperCase() + id.slice(1)} …"`) +
      (mean === undefined ? '' : `; mean skill level ${mean.toFixed(2)} (1 Awareness – 4 Expert)`),
  }));
}

/**
 * Promotions within each DDaT role: its role levels ordered by level rank, then by their own
 * mean skill level; each moves up to the next one on its own track, and a track's first role is
 * reached from the role before it on any track (a management variant from its IC twin).
 */
function ddatMoves(roleLevels: RoleLevel[], levels: Level[]): Move[] {
  const rank = new Map(levels.map((level) => [level.id, level.rank]));
  const byRole = new Map<string, RoleLevel[]>();
  for (const level of roleLevels) byRole.set(level.ddatRole, [...(byRole.get(level.ddatRole) ?? []), level]);
  const moves: Move[] = [];
  for (const ladder of byRole.values()) {
    ladder.sort(
      (a, b) =>
        rank.get(a.role.level)! - rank.get(b.role.level)! ||
        (mean(a.ratings) ?? 0) - (mean(b.ratings) ?? 0) ||
        Number(a.role.track !== IC_TRACK.id) - Number(b.role.track !== IC_TRACK.id),
    );
    ladder.forEach((to, i) => {
      const before = ladder.slice(0, i);
      const from = before.filter((level) => level.role.track === to.role.track).pop() ?? before.pop();
      if (from) moves.push({ from: from.role.id, to: to.role.id });
    });
  }
  return moves;
}
