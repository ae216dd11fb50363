import { LIMITS } from './plain-data.js';
import { ProblemList, describeType, formatCount, pointer, quote } from './problems.js';
import type { Framework, Profile, SkillRequirement } from './types.js';
import { IMPORTANCES, LEARNING_KINDS, RATING_SOURCES, REQUIREMENT_KINDS, ROLE_STATUSES, TRACK_KINDS, wordsOf } from './vocabulary.js';

/**
 * A small declarative shape checker for the framework and profile formats. It reports every
 * problem (not only the first) with its JSON Pointer and a message an HR author can act on.
 * Unknown extra fields are ignored, as the format promises.
 */
export type FieldSpec =
  | { type: 'string'; required?: boolean; enum?: readonly string[]; nonEmpty?: boolean; maxLength?: number }
  | { type: 'number'; required?: boolean; integer?: boolean; min?: number }
  | { type: 'strings'; required?: boolean }
  | { type: 'object'; required?: boolean; fields: ObjectSpec }
  | { type: 'record'; required?: boolean }
  | { type: 'list'; required?: boolean; items: ObjectSpec; nonEmpty?: boolean };

export type ObjectSpec = Record<string, FieldSpec>;

/**
 * The spec an interface of `types.ts` must have: exactly its fields, `required: true` exactly on
 * its required ones, and a field type that fits the TypeScript type (a list of objects has the
 * spec of its items, an enum only words of the field's union). A field added to a type and not
 * here, or the other way round, does not compile.
 */
export type SpecFor<T> = {
  [K in keyof T]-?: FieldSpecFor<NonNullable<T[K]>> & ({} extends Pick<T, K> ? { required?: false } : { required: true });
};

type FieldSpecFor<V> = [V] extends [readonly (infer E)[]]
  ? [E] extends [string]
    ? { type: 'strings' }
    : { type: 'list'; items: SpecFor<E>; nonEmpty?: boolean }
  : [V] extends [string]
    ? { type: 'string'; nonEmpty?: boolean; enum?: string extends V ? never : readonly V[] }
    : [V] extends [number]
      ? { type: 'number'; integer?: boolean; min?: number }
      : string extends keyof V
        ? { type: 'record' }
        : { type: 'object'; fields: SpecFor<V> };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A spec's field names and specs as two lists, made once per spec: cheaper to walk than `for…in` per object. */
interface Fields {
  keys: string[];
  specs: FieldSpec[];
}
const fieldLists = new WeakMap<ObjectSpec, Fields>();
function fieldsOf(spec: ObjectSpec): Fields {
  let fields = fieldLists.get(spec);
  if (!fields) fieldLists.set(spec, (fields = { keys: Object.keys(spec), specs: Object.values(spec) }));
  return fields;
}

/**
 * Checks `value` against `spec`; returns false when the value is unusable (not an object).
 * This runs for every item of a framework of thousands of roles, so it allocates nothing for a
 * valid item: paths and names are only composed when a problem is reported.
 */
export function checkObject(value: unknown, spec: ObjectSpec, path: string, what: string, problems: ProblemList): value is Record<string, unknown> {
  return checkItem(value, fieldsOf(spec), path, -1, what, problems);
}

/**
 * Checks one object: the whole input or an object field (`index` -1, `path` its pointer, `what`
 * its name) or item `index` of the list at `path` (`what` is then the list's field name).
 */
function checkItem(value: unknown, fields: Fields, path: string, index: number, what: string, problems: ProblemList): value is Record<string, unknown> {
  if (!isObject(value)) {
    const at = itemPath(path, index);
    problems.error(at || '/', 'type', () => `${itemName(index, what)} at ${at || '/'} should be an object, found ${describeType(value)}`);
    return false;
  }
  let ok = true;
  const { keys, specs } = fields;
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f];
    const field = specs[f];
    const fieldValue = value[key];
    if (fieldValue === undefined) {
      if (field.required) {
        const at = itemPath(path, index);
        problems.error(pointer(at, key), 'required', () => `missing required field ${quote(key)} in ${itemName(index, what)} at ${at || '/'}`);
        ok = false;
      }
      continue;
    }
    if (!checkField(fieldValue, field, path, index, key, problems)) ok = false;
  }
  return ok;
}

const itemPath = (path: string, index: number) => (index < 0 ? path : `${path}/${index}`);
const itemName = (index: number, what: string) => (index < 0 ? what : `item ${index} of ${quote(what)}`);

/** Reports that field `key` of the object at (`path`, `index`) is not what it should be. */
function expected(problems: ProblemList, path: string, index: number, key: string, value: unknown, what: string): false {
  const at = pointer(itemPath(path, index), key);
  problems.error(at, 'type', () => `${quote(key)} at ${at} should be ${what}, found ${describeType(value)}`);
  return false;
}

/** True when a text has a character other than white space (without trimming a copy of most texts). */
function hasText(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || value.trim() !== '';
}

/** Checks field `key` of the object at (`path`, `index`). */
function checkField(value: unknown, field: FieldSpec, path: string, index: number, key: string, problems: ProblemList): boolean {
  switch (field.type) {
    case 'string': {
      if (typeof value !== 'string') return expected(problems, path, index, key, value, 'text');
      const maxLength = field.maxLength;
      if (maxLength !== undefined && value.length > maxLength) {
        const at = pointer(itemPath(path, index), key);
        problems.error(at, 'too-long', () => `${quote(key)} at ${at} is ${formatCount(value.length)} characters long; at most ${formatCount(maxLength)} are allowed`);
        return false;
      }
      if (field.nonEmpty && !hasText(value)) return expected(problems, path, index, key, value, 'non-empty text');
      const words = field.enum;
      if (words && !words.includes(value)) {
        const at = pointer(itemPath(path, index), key);
        problems.error(at, 'enum', () => `${quote(key)} at ${at} is ${quote(value)}; expected one of ${words.join(', ')}`);
        return false;
      }
      return true;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return expected(problems, path, index, key, value, 'a number');
      if (field.integer && !Number.isInteger(value)) return expected(problems, path, index, key, value, 'a whole number');
      if (field.min !== undefined && value < field.min) return expected(problems, path, index, key, value, `a number ≥ ${field.min}`);
      return true;
    case 'strings': {
      if (!Array.isArray(value)) return expected(problems, path, index, key, value, 'a list of text');
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') continue;
        const at = pointer(itemPath(path, index), key);
        problems.error(pointer(at, i), 'type', () => `item ${i} of ${quote(key)} at ${at} should be text, found ${describeType(item)}`);
        return false;
      }
      return true;
    }
    case 'record':
      return isObject(value) ? true : expected(problems, path, index, key, value, 'an object');
    case 'object':
      return checkItem(value, fieldsOf(field.fields), pointer(itemPath(path, index), key), -1, quote(key), problems);
    case 'list': {
      if (!Array.isArray(value)) return expected(problems, path, index, key, value, 'a list');
      if (field.nonEmpty && value.length === 0) return expected(problems, path, index, key, value, 'a list with at least one item');
      const at = pointer(itemPath(path, index), key);
      const fields = fieldsOf(field.items);
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        if (!checkItem(value[i], fields, at, i, key, problems)) ok = false;
      }
      return ok;
    }
  }
}

const id = { type: 'string', required: true, nonEmpty: true, maxLength: LIMITS.idLength } as const;
const label = { type: 'string', required: true, maxLength: LIMITS.labelLength } as const;
const text = { type: 'string' } as const;

export const skillRequirementSpec: SpecFor<SkillRequirement> = {
  skill: id,
  level: { type: 'number', required: true },
  importance: { type: 'string', enum: wordsOf(IMPORTANCES) },
};

export const frameworkSpec: SpecFor<Framework> = {
  format: { type: 'string', required: true },
  id,
  name: label,
  revision: text,
  locale: text,
  description: text,
  proficiency: {
    type: 'list',
    items: { value: { type: 'number', required: true }, label, description: text },
  },
  levels: {
    type: 'list',
    required: true,
    nonEmpty: true,
    items: { id, rank: { type: 'number', required: true }, label, description: text, trackLabels: { type: 'record' } },
  },
  tracks: {
    type: 'list',
    required: true,
    nonEmpty: true,
    items: { id, label, kind: { type: 'string', enum: wordsOf(TRACK_KINDS) }, description: text },
  },
  families: {
    type: 'list',
    required: true,
    nonEmpty: true,
    items: { id, label, cluster: text, description: text },
  },
  skills: {
    type: 'list',
    items: { id, label, category: text, description: text, levels: { type: 'record' } },
  },
  competencies: {
    type: 'list',
    items: {
      id,
      label,
      description: text,
      expectations: {
        type: 'list',
        items: { level: id, track: text, families: { type: 'strings' }, behaviours: { type: 'strings', required: true } },
      },
    },
  },
  roles: {
    type: 'list',
    required: true,
    items: {
      id,
      title: label,
      family: id,
      track: id,
      level: id,
      summary: text,
      skills: { type: 'list', items: skillRequirementSpec },
      focusAreas: {
        type: 'list',
        items: { id, label, description: text, skills: { type: 'list', items: skillRequirementSpec } },
      },
      entryRequirements: { type: 'strings' },
      milestones: { type: 'strings' },
      status: { type: 'string', enum: wordsOf(ROLE_STATUSES) },
    },
  },
  moves: {
    type: 'list',
    items: {
      from: id,
      to: id,
      requirements: {
        type: 'list',
        items: { label, kind: { type: 'string', enum: wordsOf(REQUIREMENT_KINDS) } },
      },
      learning: { type: 'strings' },
      mentors: { type: 'strings' },
      typicalMonths: { type: 'number', min: 0 },
      note: text,
    },
  },
  payBands: {
    type: 'list',
    items: {
      level: id,
      track: text,
      family: text,
      region: id,
      currency: id,
      base: {
        type: 'object',
        required: true,
        fields: { min: { type: 'number', required: true, min: 0 }, mid: { type: 'number', min: 0 }, max: { type: 'number', required: true, min: 0 } },
      },
      bonusTargetPercent: { type: 'number', min: 0 },
      equity: { type: 'object', fields: { min: { type: 'number', min: 0 }, max: { type: 'number', min: 0 }, note: text } },
    },
  },
  learning: {
    type: 'list',
    items: {
      id,
      title: label,
      kind: { type: 'string', required: true, enum: wordsOf(LEARNING_KINDS) },
      skills: { type: 'strings' },
      url: text,
      hours: { type: 'number', min: 0 },
      description: text,
    },
  },
};

export const profileSpec: SpecFor<Profile> = {
  format: text,
  name: text,
  role: text,
  skills: {
    type: 'list',
    required: true,
    items: {
      skill: id,
      level: { type: 'number', required: true },
      source: { type: 'string', enum: wordsOf(RATING_SOURCES) },
    },
  },
  competencies: {
    type: 'list',
    items: {
      competency: id,
      level: id,
      source: { type: 'string', enum: wordsOf(RATING_SOURCES) },
    },
  },
};
