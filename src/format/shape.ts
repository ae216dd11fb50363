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

/**
 * Checks `value` against `spec`; returns false when the value is unusable (not an object).
 * Paths and names are only built when a problem is reported: this runs for every item of a
 * framework of thousands of roles.
 */
export function checkObject(
  value: unknown,
  spec: ObjectSpec,
  path: string,
  what: string | (() => string),
  problems: ProblemList,
): value is Record<string, unknown> {
  const name = () => (typeof what === 'string' ? what : what());
  if (!isObject(value)) {
    problems.error(path || '/', 'type', () => `${name()} at ${path || '/'} should be an object, found ${describeType(value)}`);
    return false;
  }
  let ok = true;
  for (const key in spec) {
    const field = spec[key];
    const fieldValue = value[key];
    if (fieldValue === undefined) {
      if (field.required) {
        problems.error(pointer(path, key), 'required', () => `missing required field ${quote(key)} in ${name()} at ${path || '/'}`);
        ok = false;
      }
      continue;
    }
    if (!checkField(fieldValue, field, path, key, problems)) ok = false;
  }
  return ok;
}

function checkField(value: unknown, field: FieldSpec, parent: string, key: string, problems: ProblemList): boolean {
  const expected = (what: string) => {
    const path = pointer(parent, key);
    problems.error(path, 'type', () => `${quote(key)} at ${path} should be ${what}, found ${describeType(value)}`);
    return false;
  };
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return expected('text');
      const maxLength = field.maxLength;
      if (maxLength !== undefined && value.length > maxLength) {
        const path = pointer(parent, key);
        problems.error(path, 'too-long', () => `${quote(key)} at ${path} is ${formatCount(value.length)} characters long; at most ${formatCount(maxLength)} are allowed`);
        return false;
      }
      if (field.nonEmpty && value.trim() === '') return expected('non-empty text');
      const words = field.enum;
      if (words && !words.includes(value)) {
        const path = pointer(parent, key);
        problems.error(path, 'enum', () => `${quote(key)} at ${path} is ${quote(value)}; expected one of ${words.join(', ')}`);
        return false;
      }
      return true;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return expected('a number');
      if (field.integer && !Number.isInteger(value)) return expected('a whole number');
      if (field.min !== undefined && value < field.min) return expected(`a number ≥ ${field.min}`);
      return true;
    case 'strings':
      if (!Array.isArray(value)) return expected('a list of text');
      return value.every((item, i) => {
        if (typeof item === 'string') return true;
        const path = pointer(parent, key);
        problems.error(pointer(path, i), 'type', () => `item ${i} of ${quote(key)} at ${path} should be text, found ${describeType(item)}`);
        return false;
      });
    case 'record':
      return isObject(value) ? true : expected('an object');
    case 'object':
      return checkObject(value, field.fields, pointer(parent, key), () => quote(key), problems);
    case 'list': {
      if (!Array.isArray(value)) return expected('a list');
      if (field.nonEmpty && value.length === 0) return expected('a list with at least one item');
      const path = pointer(parent, key);
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        if (!checkObject(value[i], field.items, path + '/' + i, () => `item ${i} of ${quote(key)}`, problems)) ok = false;
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
