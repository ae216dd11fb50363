import { parseDocument } from 'yaml';
import {
  FRAMEWORK_FORMAT,
  type Competency,
  type CompetencyExpectation,
  type Family,
  type Framework,
  type Level,
  type ProficiencyStep,
  type Role,
  type Skill,
} from '../format/types.js';
import { isObject } from '../format/shape.js';
import { forkMoves } from './fork-moves.js';
import { IdRegistry, slugify } from './ids.js';
import { ImportReport, type ImportResult } from './report.js';
import { IC_TRACK, MANAGEMENT_TRACK, usedTracks } from './tracks.js';
import { objects, text } from './values.js';

/** One job-family YAML file of Financial-Times/engineering-progression: its name (for the report) and text. */
export interface FtSource {
  name: string;
  text: string;
}

export interface FtImportOptions {
  id?: string;
  name?: string;
}

/** FT's proficiency words, lowest first, as the framework's scale. */
export const FT_PROFICIENCY: readonly ProficiencyStep[] = ['Awareness', 'Foundational', 'Working knowledge', 'Practitioner', 'Expert'].map(
  (label, i) => ({ value: i + 1, label }),
);

const FORKS = [
  { suffix: /-ic$/, words: /\s*\(Individual Contributor\)\s*/i, track: IC_TRACK.id },
  { suffix: /-pm$/, words: /\s*\(People Manager\)\s*/i, track: MANAGEMENT_TRACK.id },
];

type Item = Record<string, unknown>;

/**
 * Imports Financial Times engineering-progression job families (one YAML file each; several
 * files become several families on shared levels). FT levels forked into "-ic" / "-pm" become one
 * level with a role on the IC and one on the management track; an unforked level above a fork
 * (Technology Director) continues the management track. Themes → skills (each role needs the
 * highest proficiency its level's competencies in that theme ask for) and competencies (each
 * competency's summary a behaviour of its level).
 */
export function importFt(sources: string | ReadonlyArray<string | FtSource>, options: FtImportOptions = {}): ImportResult {
  const report = new ImportReport();
  const files = (typeof sources === 'string' ? [sources] : sources).map((source, i) =>
    typeof source === 'string' ? { name: `job-family-${i + 1}.yml`, text: source } : source,
  );
  const levels: Level[] = [];
  const skills = new Map<string, Skill>();
  const competencies = new Map<string, Competency>();
  const families: Family[] = [];
  const roles: Role[] = [];
  const familyIds = new IdRegistry();
  const moves: Framework['moves'] = [];

  for (const file of files) {
    const data = parseYaml(file, report);
    if (!data) continue;
    const family: Family = { id: familyIds.claim(slugify(text(data.name) || file.name.replace(/\.ya?ml$/i, ''))), label: text(data.name) || file.name };
    if (text(data.summary)) family.description = text(data.summary);
    families.push(family);

    const ladder = readLevels(file.name, data, family, levels, report);
    roles.push(...ladder.flat());
    moves.push(...forkMoves(ladder));
    for (const theme of objects(data.themes)) {
      const id = text(theme.id);
      if (!id || skills.has(id)) continue;
      const label = text(theme.name) || id;
      const skill: Skill = { id, label };
      if (text(theme.summary)) skill.description = text(theme.summary);
      skills.set(id, skill);
      competencies.set(id, { id, label, ...(skill.description ? { description: skill.description } : {}), expectations: [] });
    }
    readCompetencies(file.name, data, family, new Map(ladder.flat().map((role) => [role.id.slice(family.id.length + 1), role])), skills, competencies, report);
  }

  const framework: Framework = {
    format: FRAMEWORK_FORMAT,
    id: options.id ?? 'ft-engineering-progression',
    name: options.name ?? `Financial Times ${families.map((f) => f.label).join(', ')} progression`,
    description: 'Imported from Financial-Times/engineering-progression (MIT licence).',
    proficiency: FT_PROFICIENCY.map((step) => ({ ...step })),
    levels: levels.map((level, i) => ({ ...level, rank: i + 1 })),
    tracks: usedTracks(roles),
    families,
    skills: [...skills.values()],
    competencies: [...competencies.values()].filter((c) => c.expectations!.length > 0),
    roles,
    moves,
  };
  return { framework, report: report.items };
}

function parseYaml(file: FtSource, report: ImportReport): Item | undefined {
  const doc = parseDocument(file.text, { prettyErrors: false });
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    report.error(`${file.name}:${pos?.line ?? 1}:${pos?.col ?? 1}`, 'yaml-syntax', `${file.name} line ${pos?.line ?? 1}, column ${pos?.col ?? 1}: ${error.message.split('\n')[0]}; the file was skipped`);
  }
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS();
  if (!isObject(data) || !Array.isArray(data.levels)) {
    report.error(`${file.name}#/levels`, 'ft-shape', `${file.name} is not an FT job family: expected a mapping with "levels", "themes" and "competencies"; the file was skipped`);
    return undefined;
  }
  return data;
}

/**
 * The roles of one job family grouped by level, lowest first. Adds levels it has not seen to
 * `levels`, after the level that precedes them in this file (so families share one level order).
 */
function readLevels(file: string, data: Item, family: Family, levels: Level[], report: ImportReport): Role[][] {
  const ladder: Role[][] = [];
  let previous: string | undefined;
  let forkSeen = false;
  objects(data.levels).forEach((ftLevel, i) => {
    const id = text(ftLevel.id);
    const name = text(ftLevel.name) || id;
    if (!id) {
      report.error(`${file}#/levels/${i}/id`, 'ft-level-id', `${file}#/levels/${i} has no id; the level was skipped`);
      return;
    }
    const fork = FORKS.find((f) => f.suffix.test(id) || f.words.test(name));
    forkSeen ||= fork !== undefined;
    const baseId = fork ? id.replace(fork.suffix, '') : id;
    if (!levels.some((level) => level.id === baseId)) {
      const at = previous === undefined ? 0 : levels.findIndex((level) => level.id === previous) + 1;
      levels.splice(at, 0, { id: baseId, rank: 0, label: fork ? name.replace(fork.words, ' ').trim() : name });
    }
    if (previous !== baseId) ladder.push([]);
    previous = baseId;
    ladder[ladder.length - 1].push({
      id: `${family.id}-${id}`,
      title: name,
      family: family.id,
      track: fork?.track ?? (forkSeen ? MANAGEMENT_TRACK.id : IC_TRACK.id),
      level: baseId,
    });
  });
  return ladder;
}

function readCompetencies(
  file: string,
  data: Item,
  family: Family,
  rolesByFtLevel: Map<string, Role>,
  skills: Map<string, Skill>,
  competencies: Map<string, Competency>,
  report: ImportReport,
): void {
  const unrated: string[] = [];
  const extras: string[] = [];
  objects(data.competencies).forEach((item, i) => {
    const where = `${file}#/competencies/${i}`;
    const role = rolesByFtLevel.get(text(item.level));
    const skill = skills.get(text(item.theme));
    if (!role || !skill) {
      const what = !role ? `level ${JSON.stringify(text(item.level))}` : `theme ${JSON.stringify(text(item.theme))}`;
      report.warn(where, 'ft-unknown-reference', `the competency's ${what} is not declared in the file; left out`);
      return;
    }
    if (item.examples !== undefined || item.supportingUrls !== undefined) extras.push(where);
    const summary = text(item.summary);
    const competency = competencies.get(skill.id)!;
    let expectation = competency.expectations!.find((e) => e.level === role.level && e.track === role.track && e.families?.includes(family.id));
    if (!expectation) {
      expectation = { level: role.level, track: role.track, families: [family.id], behaviours: [] } satisfies CompetencyExpectation;
      competency.expectations!.push(expectation);
    }
    if (summary) expectation.behaviours.push(summary);

    const step = FT_PROFICIENCY.find((s) => s.label.toLowerCase() === text(item.proficiency).toLowerCase());
    if (!step) {
      unrated.push(where);
      return;
    }
    const requirements = (role.skills ??= []);
    const earlier = requirements.find((req) => req.skill === skill.id);
    if (earlier) earlier.level = Math.max(earlier.level, step.value);
    else requirements.push({ skill: skill.id, level: step.value });
  });
  if (unrated.length > 0) {
    report.warn(unrated[0], 'ft-no-proficiency', `${unrated.length} competencies of ${file} (the first at ${unrated[0]}) have no proficiency FT recognises (${FT_PROFICIENCY.map((s) => s.label).join(', ')}); they are kept as behaviours of their competency but set no skill level`);
  }
  if (extras.length > 0) {
    report.warn(extras[0], 'ft-examples', `${extras.length} competencies of ${file} (the first at ${extras[0]}) have examples or supporting URLs, which career-framework/1 has no place for; left out`);
  }
}
