// The public API as the custom-elements manifest documents it (and Storybook shows it): the tags,
// the attributes, events and parts the issues name. A change here is a change of the promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

test('custom-elements.json documents every tag with the attributes, events and parts it promises', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const outdir = 'node_modules/.cache/cem-test'; // the analyzer takes its output folder relative to the project
  try {
    execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--outdir', outdir], { cwd: root, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
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
  } finally {
    rmSync(join(root, outdir), { recursive: true, force: true });
  }
});
