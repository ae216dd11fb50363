import { supportedLocale } from './locale.js';
import { checkPlainData } from './plain-data.js';
import { ProblemList, pointer, quote } from './problems.js';
import { checkObject, frameworkSpec, isObject, profileSpec } from './shape.js';
import {
  DEFAULT_PROFICIENCY,
  FRAMEWORK_FORMAT,
  PROFILE_FORMAT,
  scaleOf,
  type Framework,
  type ValidationResult,
} from './types.js';

type Item = Record<string, unknown>;

/**
 * Calls `each` with every item of a collection that is an object, and its index (shape errors are
 * reported elsewhere). A loop, not a list of pairs: a large framework has tens of thousands of items.
 */
function eachItem(value: unknown, each: (item: Item, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObject(item)) each(item, i);
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Records where `key` is first seen; returns that earlier index when `key` was seen before. */
function seenBefore<K>(seen: Map<K, number>, key: K, index: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, index);
  return first;
}

/** Indexes the ids of a collection, reporting duplicates at the later occurrence. */
function collectIds(collection: unknown, base: string, what: string, problems: ProblemList): Map<string, number> {
  const ids = new Map<string, number>();
  eachItem(collection, (item, i) => {
    const id = str(item.id);
    if (id === undefined || id === '') return;
    const first = seenBefore(ids, id, i);
    if (first !== undefined) {
      const path = pointer(base, i, 'id');
      problems.error(path, 'duplicate-id', () => `duplicate ${what} id ${quote(id)} at ${path} — already used at ${pointer(base, first, 'id')}`);
    }
  });
  return ids;
}

let isoCurrencies: Set<string> | undefined;
/** True for an ISO 4217 currency code the runtime knows (three capital letters where it cannot tell). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  if (!intl.supportedValuesOf) return true;
  isoCurrencies ??= new Set(intl.supportedValuesOf('currency'));
  return isoCurrencies.has(code);
}

/**
 * Checks a reference to an id of a collection at `base`/`key`(/`last`(/`item`)). The pointer is
 * only written for a problem: a large framework has hundreds of thousands of references.
 */
function checkRef(problems: ProblemList, what: string, value: unknown, known: Map<string, number>, base: string, key: string | number, last?: string | number, item?: string | number): void {
  if (typeof value !== 'string' || value === '' || known.has(value)) return;
  const path = last === undefined ? pointer(base, key) : item === undefined ? pointer(base, key, last) : pointer(base, key, last, item);
  problems.unknownReference(path, what, value, known);
}

/** Checks each id of a list field (`base/key/last/j`) against the known ids. */
function checkRefList(problems: ProblemList, base: string, key: string | number, last: string, what: string, list: unknown, known: Map<string, number>): void {
  if (!Array.isArray(list)) return;
  for (let j = 0; j < list.length; j++) checkRef(problems, what, list[j], known, base, key, last, j);
}

function describeScale(scale: Set<number>): string {
  return [...scale].sort((a, b) => a - b).join(', ');
}

/** The skills seen in one list of requirements (cleared for each list: a framework has one per role). */
const seenSkills = new Map<string, number>();

/** Checks a list of skill requirements at `base`/`key`. */
function checkSkillRequirements(list: unknown, base: string, key: string, skills: Map<string, number>, scale: Set<number>, problems: ProblemList): void {
  if (!Array.isArray(list)) return;
  seenSkills.clear();
  for (let j = 0; j < list.length; j++) {
    const req: unknown = list[j];
    if (!isObject(req)) continue;
    const skill = str(req.skill);
    checkRef(problems, 'skill', skill, skills, base, key, j, 'skill');
    if (typeof req.level === 'number' && !scale.has(req.level)) {
      const path = pointer(base, key, j, 'level');
      problems.error(path, 'off-scale', () => `proficiency ${req.level} at ${path} is not on the proficiency scale (${describeScale(scale)})`);
    }
    const first = skill === undefined ? undefined : seenBefore(seenSkills, skill, j);
    if (first !== undefined) {
      const path = pointer(base, key, j, 'skill');
      problems.error(path, 'duplicate-skill', () => `skill ${quote(skill)} is listed twice at ${path} — first at ${pointer(base, key, first, 'skill')}`);
    }
  }
}

function checkProficiency(input: Item, problems: ProblemList): Set<number> {
  const steps = input.proficiency;
  if (steps === undefined) return new Set(DEFAULT_PROFICIENCY.map((s) => s.value));
  const values: number[] = [];
  eachItem(steps, (step) => {
    if (typeof step.value === 'number') values.push(step.value);
  });
  if (Array.isArray(steps) && steps.length < 2) {
    problems.error('/proficiency', 'proficiency-steps', () => `the proficiency scale at /proficiency needs at least 2 steps, found ${steps.length}`);
  }
  values.forEach((value, i) => {
    if (i > 0 && value <= values[i - 1]) {
      const path = pointer('/proficiency', i, 'value');
      problems.error(path, 'proficiency-order', () => `proficiency value ${value} at ${path} should be greater than the step before it (${values[i - 1]})`);
    }
  });
  return new Set(values);
}

/**
 * The checks of a career-framework/1 object that need no model: its shape, ids, references,
 * ranks, scale, currencies and amounts. Never throws and never mutates the input. `framework` is
 * the input, typed, when it has no errors; the model's `validateFramework` adds the warnings that
 * need the index (`src/model/validate.ts`).
 */
export function checkFramework(input: unknown): { problems: ProblemList; framework?: Framework } {
  const problems = new ProblemList();
  if (!checkPlainData(input, problems)) return { problems };
  try {
    return checkData(input, problems);
  } catch (error) {
    // A bug of the checks on some input: the input is still reported, never thrown back.
    problems.error('', 'internal', () => `the framework could not be checked: ${(error as Error)?.message ?? String(error)}`);
    return { problems };
  }
}

function checkData(input: unknown, problems: ProblemList): { problems: ProblemList; framework?: Framework } {
  if (!isObject(input)) {
    problems.error(
      '',
      'not-an-object',
      `a career framework must be a JSON object with "format": "${FRAMEWORK_FORMAT}", found ${input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input}`,
    );
    return { problems };
  }
  checkObject(input, frameworkSpec, '', 'the framework', problems);
  if (input.format !== undefined && input.format !== FRAMEWORK_FORMAT) {
    problems.error('/format', 'format', () => `"format" is ${quote(input.format)}; expected "${FRAMEWORK_FORMAT}"`);
  }
  if (typeof input.locale === 'string' && supportedLocale(input.locale) === undefined) {
    problems.warn('/locale', 'locale', `"locale" is ${quote(input.locale)}, which is not a language tag browsers accept (e.g. "en-US"); the element's or the page's locale is used instead`);
  }

  const scale = checkProficiency(input, problems);
  const levels = collectIds(input.levels, '/levels', 'level', problems);
  const tracks = collectIds(input.tracks, '/tracks', 'track', problems);
  const families = collectIds(input.families, '/families', 'family', problems);
  const skills = collectIds(input.skills, '/skills', 'skill', problems);
  const roles = collectIds(input.roles, '/roles', 'role', problems);
  const learning = collectIds(input.learning, '/learning', 'learning resource', problems);
  collectIds(input.competencies, '/competencies', 'competency', problems);

  const ranks = new Map<number, number>();
  eachItem(input.levels, (level, i) => {
    if (typeof level.rank !== 'number') return;
    const first = seenBefore(ranks, level.rank, i);
    if (first !== undefined) {
      const path = pointer('/levels', i, 'rank');
      problems.error(path, 'duplicate-rank', () => `level rank ${level.rank} at ${path} is already used by ${pointer('/levels', first)}; each level needs its own rank`);
    }
  });

  const signatures = new Map<string, number>();
  eachItem(input.roles, (role, i) => {
    const base = '/roles/' + i;
    checkRef(problems, 'family', role.family, families, base, 'family');
    checkRef(problems, 'track', role.track, tracks, base, 'track');
    checkRef(problems, 'level', role.level, levels, base, 'level');
    checkSkillRequirements(role.skills, base, 'skills', skills, scale, problems);
    eachItem(role.focusAreas, (area, j) => checkSkillRequirements(area.skills, `${base}/focusAreas/${j}`, 'skills', skills, scale, problems));
    const first = seenBefore(signatures, JSON.stringify([role.family, role.track, role.level, role.title]), i);
    if (first !== undefined) {
      problems.error(base, 'duplicate-role', () => `role ${quote(role.title)} at ${base} has the same family, track, level and title as ${pointer('/roles', first)}`);
    }
  });

  // Moves by origin, then destination (no key string per move).
  const moveKeys = new Map<string, Map<string, number>>();
  eachItem(input.moves, (move, i) => {
    checkRef(problems, 'role', move.from, roles, '/moves', i, 'from');
    checkRef(problems, 'role', move.to, roles, '/moves', i, 'to');
    if (move.learning !== undefined) checkRefList(problems, '/moves', i, 'learning', 'learning resource', move.learning, learning);
    if (typeof move.from === 'string' && move.from === move.to) {
      const base = pointer('/moves', i);
      problems.error(base, 'self-move', () => `the move at ${base} goes from ${quote(move.from)} to itself`);
    }
    let destinations = moveKeys.get(String(move.from));
    if (!destinations) moveKeys.set(String(move.from), (destinations = new Map()));
    const first = seenBefore(destinations, String(move.to), i);
    if (first !== undefined) {
      const base = pointer('/moves', i);
      problems.error(base, 'duplicate-move', () => `the move ${quote(move.from)} → ${quote(move.to)} at ${base} is already declared at ${pointer('/moves', first)}`);
    }
  });

  eachItem(input.payBands, (band, i) => {
    const base = pointer('/payBands', i);
    checkRef(problems, 'level', band.level, levels, base, 'level');
    checkRef(problems, 'track', band.track, tracks, base, 'track');
    checkRef(problems, 'family', band.family, families, base, 'family');
    if (typeof band.currency === 'string' && !isCurrencyCode(band.currency)) {
      const path = pointer(base, 'currency');
      problems.error(path, 'currency', () => `currency ${quote(band.currency)} at ${path} is not an ISO 4217 code (three capital letters, such as "USD" or "SGD")`);
    }
    const money = isObject(band.base) ? band.base : undefined;
    if (money && typeof money.min === 'number' && typeof money.max === 'number' && money.min > money.max) {
      const path = pointer(base, 'base');
      problems.error(path, 'min-above-max', () => `pay band at ${path} has min ${money.min} above max ${money.max}`);
    }
  });

  eachItem(input.learning, (resource, i) => {
    checkRefList(problems, '/learning', i, 'skills', 'skill', resource.skills, skills);
  });

  eachItem(input.competencies, (competency, i) => {
    eachItem(competency.expectations, (expectation, j) => {
      const base = pointer('/competencies', i, 'expectations');
      checkRef(problems, 'level', expectation.level, levels, base, j, 'level');
      checkRef(problems, 'track', expectation.track, tracks, base, j, 'track');
      checkRefList(problems, base, j, 'families', 'family', expectation.families, families);
    });
  });

  return problems.errorCount > 0 ? { problems } : { problems, framework: input as unknown as Framework };
}

/** Validates a career-profile/1 object against a (valid) framework. Unknown skills are warnings. */
export function validateProfile(input: unknown, framework: Framework): ValidationResult {
  const problems = new ProblemList();
  if (!checkPlainData(input, problems)) return { valid: false, errors: problems.errors, warnings: [] };
  try {
    return checkProfile(input, framework, problems);
  } catch (error) {
    problems.error('', 'internal', () => `the profile could not be checked: ${(error as Error)?.message ?? String(error)}`);
    return { valid: false, errors: problems.errors, warnings: problems.warnings };
  }
}

function checkProfile(input: unknown, framework: Framework, problems: ProblemList): ValidationResult {
  if (!isObject(input)) {
    problems.error('', 'not-an-object', () => `a career profile must be a JSON object with a "skills" list, found ${input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input}`);
    return { valid: false, errors: problems.errors, warnings: [] };
  }
  checkObject(input, profileSpec, '', 'the profile', problems);
  if (input.format !== undefined && input.format !== PROFILE_FORMAT) {
    problems.error('/format', 'format', () => `"format" is ${quote(input.format)}; expected "${PROFILE_FORMAT}"`);
  }
  const roles = new Set(framework.roles.map((role) => role.id));
  if (typeof input.role === 'string' && !roles.has(input.role)) {
    problems.unknownReference('/role', 'role', input.role, roles);
  }
  const skills = new Set((framework.skills ?? []).map((skill) => skill.id));
  const scale = new Set(scaleOf(framework).map((s) => s.value));
  eachItem(input.skills, (rating, i) => {
    const base = pointer('/skills', i);
    if (typeof rating.skill === 'string' && !skills.has(rating.skill)) {
      problems.warn(pointer(base, 'skill'), 'unknown-skill', `skill ${quote(rating.skill)} at ${base}/skill is not in this framework`);
    }
    if (typeof rating.level === 'number' && !scale.has(rating.level)) {
      const path = pointer(base, 'level');
      problems.error(path, 'off-scale', () => `proficiency ${rating.level} at ${path} is not on the proficiency scale (${describeScale(scale)})`);
    }
  });
  // Competency ratings: an unknown competency is left out like an unknown skill (a warning); a
  // level that is not one of the framework's is an error, as an off-scale proficiency is.
  const competencyIds = new Set((framework.competencies ?? []).map((c) => c.id));
  const levels = new Set(framework.levels.map((level) => level.id));
  eachItem(input.competencies, (rating, i) => {
    const base = pointer('/competencies', i);
    if (typeof rating.competency === 'string' && !competencyIds.has(rating.competency)) {
      problems.warn(pointer(base, 'competency'), 'unknown-competency', `competency ${quote(rating.competency)} at ${base}/competency is not in this framework`);
    }
    if (typeof rating.level === 'string' && !levels.has(rating.level)) {
      problems.unknownReference(pointer(base, 'level'), 'level', rating.level, levels);
    }
  });
  return { valid: problems.errorCount === 0, errors: problems.errors, warnings: problems.warnings };
}

/** Parses JSON text into a value, turning a syntax error into a validation problem. */
export function parseFrameworkText(text: string): { value?: unknown; errors: ValidationResult['errors'] } {
  try {
    return { value: JSON.parse(text), errors: [] };
  } catch (error) {
    return { errors: [{ path: '', code: 'json-syntax', message: `the framework is not valid JSON: ${(error as Error).message}` }] };
  }
}
