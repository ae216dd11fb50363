// The JSON Schema of career-framework/1 agrees with the default framework and rejects a broken copy.
import Ajv2020 from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(json('src/format/career-framework.schema.json'));

test('the framework schema accepts src/examples/acme.json', () => {
  assert.equal(validate(json('src/examples/acme.json')), true, JSON.stringify(validate.errors));
});

test('the framework schema rejects a copy with a role missing its title and a level rank as text', () => {
  const broken = json('src/examples/acme.json');
  delete broken.roles[0].title;
  broken.levels[0].rank = 'one';
  assert.equal(validate(broken), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/roles/0'), paths.join(', '));
  assert.ok(paths.includes('/levels/0/rank'), paths.join(', '));
});
