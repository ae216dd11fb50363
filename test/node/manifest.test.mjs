// The public API as the custom-elements manifest documents it (and Storybook shows it): the tags,
// the attributes, events and parts the issues name. A change here is a change of the promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { THEME_CSS, cssTokens } from '../../custom-elements-manifest.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
const packageJsonBefore = readFileSync(join(root, 'package.json'), 'utf8');
// The analyzer as `npm run analyze` runs it, with the project's config, writing nothing.
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const elements = declarations.filter(({ declaration }) => declaration.tagName);

test('analysing leaves package.json alone; its customElements names the shipped manifest', () => {
  assert.equal(readFileSync(join(root, 'package.json'), 'utf8'), packageJsonBefore);
  const pkg = JSON.parse(packageJsonBefore);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('custom-elements.json documents every tag with the attributes, events and parts it promises', () => {
  {
    const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
    const names = (list) => new Set((list ?? []).map((item) => item.name));
    const promised = {
      'career-framework': { attributes: ['src', 'current-role', 'target'], events: ['career-load', 'career-error', 'career-selection-change'], parts: ['error'] },
      'mobility-map': {
        attributes: ['src', 'current-role', 'target', 'families', 'tracks', 'move-kinds', 'region', 'locale', 'infer-moves'],
        events: ['career-role-select', 'career-move-select', 'career-route-select', 'career-load', 'career-error'],
        parts: ['map', 'role', 'move', 'route', 'panel', 'tooltip', 'search', 'error'],
      },
      'ladder-compare': {
        attributes: ['src', 'compare', 'family', 'track', 'region', 'pay', 'current-role', 'locale'],
        events: ['career-role-select', 'career-load', 'career-error'],
        parts: ['column', 'level', 'cell', 'pay-bar', 'error'],
      },
      'skill-gap': {
        attributes: ['src', 'current-role', 'target', 'focus', 'view', 'locale'],
        events: ['career-profile-change', 'career-load', 'career-error'],
        parts: ['chart', 'skill', 'readiness', 'plan', 'error'],
      },
    };
    for (const [tag, promise] of Object.entries(promised)) {
      const element = elements.get(tag);
      assert.ok(element, `${tag} is in the manifest`);
      const attributes = names(element.attributes);
      const events = names(element.events);
      const parts = names(element.cssParts);
      for (const a of promise.attributes) assert.ok(attributes.has(a), `${tag} documents attribute ${a}`);
      for (const e of promise.events) assert.ok(events.has(e), `${tag} documents event ${e}`);
      for (const p of promise.parts) assert.ok(parts.has(p), `${tag} documents part ${p}`);
      for (const e of events) assert.match(e, /^career-/, `${tag} documents only real events`);
      const legacyRole = element.attributes.find((a) => a.name === 'role');
      assert.ok(legacyRole?.deprecated, `${tag} documents role as a deprecated alias of current-role`);
    }
  }
});


test('no private state in the manifest: no private, protected, # or static members', () => {
  for (const { declaration } of declarations) {
    for (const member of declaration.members ?? []) {
      assert.ok(!member.privacy || member.privacy === 'public', `${declaration.name}.${member.name} is ${member.privacy}`);
      assert.ok(!member.name.startsWith('#') && !member.static, `${declaration.name}.${member.name}`);
    }
  }
});

test('every event names its class and the type of its detail', () => {
  for (const { declaration } of elements) {
    for (const event of declaration.events ?? []) {
      assert.match(event.type?.text ?? '', /^Career[A-Za-z]+Event$/, `${declaration.tagName} ${event.name}`);
      assert.match(event.detail?.text ?? '', /^\{ readonly \w+: .+\}$/, `${declaration.tagName} ${event.name}`);
    }
  }
});

test('every --career-* property an element reads is documented on it, with a description and its default', () => {
  const themed = cssTokens(THEME_CSS).map(([name]) => name);
  assert.ok(themed.length >= 15, 'the shared tokens are found');
  for (const { module, declaration } of elements) {
    const folder = module.path.replace(/^dist\/lib\/(.*)\/[^/]+$/, 'src/$1');
    const own = folderTokens(folder).map(([name]) => name);
    const documented = new Map(declaration.cssProperties.map((p) => [p.name, p]));
    for (const name of new Set([...own, ...themed])) {
      const property = documented.get(name);
      assert.ok(property, `${declaration.tagName} documents ${name}`);
      assert.ok(property.description, `${declaration.tagName} describes ${name}`);
      assert.ok(property.default, `${declaration.tagName} gives the default of ${name}`);
    }
  }
  const map = elements.find(({ declaration }) => declaration.tagName === 'mobility-map').declaration;
  assert.equal(map.cssProperties.find((p) => p.name === '--career-color-accent').default, '#2563eb');
});

test('module paths point at the shipped JavaScript (dist/lib), built from an existing source', () => {
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/lib\/.+\.js$/);
    assert.ok(existsSync(join(root, module.path.replace(/^dist\/lib\/(.*)\.js$/, 'src/$1.ts'))), module.path);
  }
});

/** The --career-* properties read by the styles of an element's folder (its non-test .ts files). */
function folderTokens(folder) {
  const names = readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  return names.flatMap((name) => cssTokens(readFileSync(join(root, folder, name), 'utf8')));
}
