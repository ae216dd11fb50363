// The format is described three times: the TypeScript types (types.ts), the shape checks
// (shape.ts, typed from the types with SpecFor, so those two cannot drift without a compile error)
// and the JSON Schemas for editors. This holds each schema equal to the shape checks — fields,
// required fields, value types and every closed set of words, which come from vocabulary.ts —
// so the schemas cannot drift either.
import { expect } from '@open-wc/testing';
import frameworkSchema from '../src/format/career-framework.schema.json';
import profileSchema from '../src/format/career-profile.schema.json';
import { frameworkSpec, profileSpec, type FieldSpec, type ObjectSpec } from '../src/format/shape.js';
import { IMPORTANCES, LEARNING_KINDS, RATING_SOURCES, REQUIREMENT_KINDS, ROLE_STATUSES, TRACK_KINDS, wordsOf } from '../src/format/vocabulary.js';

type Schema = Record<string, any>;

/**
 * Lists that the schema says must have items but the shape check leaves to validateFramework,
 * which says it with its own message (the proficiency scale needs at least two steps).
 */
const MIN_ITEMS_CHECKED_BY_VALIDATION = new Set(['/proficiency']);

/** A schema node with its `$ref` followed (local keywords such as `description` kept). */
function resolve(root: Schema, node: Schema): Schema {
  if (typeof node.$ref !== 'string') return node;
  const target = node.$ref.replace(/^#\//, '').split('/').reduce((at: Schema, key: string) => at[key], root);
  const { $ref: _ref, ...rest } = node;
  return { ...resolve(root, target), ...rest };
}

/** Every way `schema` disagrees with `spec`, as "path: what" lines (none when they agree). */
function disagreements(root: Schema, spec: ObjectSpec, node: Schema, path = ''): string[] {
  const schema = resolve(root, node);
  const out: string[] = [];
  if (schema.type !== 'object') return [`${path || '/'}: the schema says ${schema.type}, the shape says object`];
  const properties: Schema = schema.properties ?? {};
  const names = new Set([...Object.keys(spec), ...Object.keys(properties)]);
  for (const name of names) {
    const at = `${path}/${name}`;
    if (!(name in spec)) out.push(`${at}: in the schema, not in the shape (types.ts)`);
    else if (!(name in properties)) out.push(`${at}: in the shape (types.ts), not in the schema`);
    else out.push(...fieldDisagreements(root, spec[name], properties[name], at));
  }
  const schemaRequired = new Set<string>(schema.required ?? []);
  for (const name of names) {
    const required = spec[name]?.required === true;
    if (required !== schemaRequired.has(name)) out.push(`${path}/${name}: required ${required ? 'in the shape' : 'in the schema'} only`);
  }
  return out;
}

function fieldDisagreements(root: Schema, field: FieldSpec, node: Schema, path: string): string[] {
  const schema = resolve(root, node);
  const differs = (what: string, shape: unknown, inSchema: unknown) => `${path}: ${what} — shape ${JSON.stringify(shape)}, schema ${JSON.stringify(inSchema)}`;
  switch (field.type) {
    case 'string': {
      if (schema.type !== 'string' && typeof schema.const !== 'string') return [differs('type', 'string', schema.type)];
      const out: string[] = [];
      const schemaNonEmpty = (schema.minLength ?? 0) >= 1 || (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(''));
      if (Boolean(field.nonEmpty) !== schemaNonEmpty) out.push(differs('non-empty', Boolean(field.nonEmpty), { minLength: schema.minLength, pattern: schema.pattern }));
      if (JSON.stringify(field.enum) !== JSON.stringify(schema.enum)) out.push(differs('words', field.enum, schema.enum));
      return out;
    }
    case 'number': {
      const out: string[] = [];
      if (schema.type !== (field.integer ? 'integer' : 'number')) out.push(differs('type', field.integer ? 'integer' : 'number', schema.type));
      if (field.min !== schema.minimum) out.push(differs('minimum', field.min, schema.minimum));
      return out;
    }
    case 'strings':
      return schema.type === 'array' && resolve(root, schema.items ?? {}).type === 'string' ? [] : [differs('type', 'list of text', schema)];
    case 'record':
      return schema.type === 'object' && !schema.properties ? [] : [differs('type', 'record', schema.type)];
    case 'object':
      return disagreements(root, field.fields, schema, path);
    case 'list': {
      if (schema.type !== 'array') return [differs('type', 'array', schema.type)];
      const out = disagreements(root, field.items, schema.items, `${path}/items`);
      const schemaNonEmpty = (schema.minItems ?? 0) >= 1;
      if (Boolean(field.nonEmpty) !== schemaNonEmpty && !(schemaNonEmpty && MIN_ITEMS_CHECKED_BY_VALIDATION.has(path))) {
        out.push(differs('non-empty', Boolean(field.nonEmpty), schema.minItems ?? 0));
      }
      return out;
    }
  }
}

describe('the JSON Schemas agree with the types and the vocabulary', () => {
  it('career-framework.schema.json has the fields, required fields, value types and words of the shape checks', () => {
    expect(disagreements(frameworkSchema, frameworkSpec as ObjectSpec, frameworkSchema)).to.deep.equal([]);
  });

  it('career-profile.schema.json likewise', () => {
    expect(disagreements(profileSchema, profileSpec as ObjectSpec, profileSchema)).to.deep.equal([]);
  });

  it('every closed set of the format is one vocabulary table, in the schema in the table\'s order', () => {
    const defs = frameworkSchema.$defs as Schema;
    expect(defs.importance.enum).to.deep.equal(wordsOf(IMPORTANCES));
    expect(defs.trackKind.enum).to.deep.equal(wordsOf(TRACK_KINDS));
    expect(defs.roleStatus.enum).to.deep.equal(wordsOf(ROLE_STATUSES));
    expect(defs.requirementKind.enum).to.deep.equal(wordsOf(REQUIREMENT_KINDS));
    expect(defs.learningKind.enum).to.deep.equal(wordsOf(LEARNING_KINDS));
    expect((profileSchema.$defs as Schema).rating.properties.source.enum).to.deep.equal(wordsOf(RATING_SOURCES));
  });

  it('finds a drift: a word, a field and a required flag changed in a copy of the schema', () => {
    const drifted = structuredClone(frameworkSchema) as Schema;
    drifted.$defs.importance.enum = ['core', 'optional'];
    drifted.$defs.role.properties.grade = { type: 'string' };
    drifted.$defs.role.required = drifted.$defs.role.required.filter((name: string) => name !== 'title');
    const found = disagreements(drifted, frameworkSpec as ObjectSpec, drifted);
    expect(found.some((line) => line.startsWith('/roles/items/skills/items/importance: words'))).to.be.true;
    expect(found).to.include('/roles/items/grade: in the schema, not in the shape (types.ts)');
    expect(found).to.include('/roles/items/title: required in the shape only');
  });
});
