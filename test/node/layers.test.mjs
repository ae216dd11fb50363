// The layers of src/, with no arrow back: format (types, vocabulary, shape, validation) ← model
// (index, moves, pay, gaps, routes, the validation that needs the index) ← layouts (pure functions
// per element) ← elements (lit templates, controllers, the base class). This reads every import
// of src/ and fails on an arrow that points up: format importing anything outside format, the model
// importing a layout or an element, a layout importing an element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const RANK = { format: 0, model: 1, layout: 2, element: 3 };

/** Every .ts file under src/ (tests excepted: they may reach for fixtures anywhere). */
function sourceFiles(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

/** The relative imports of a module (static, re-exports, type-only and dynamic), as repository paths. */
export function importsOf(file, text) {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => normalize(join(dirname(file), s)).replace(/\.js$/, '.ts'));
}

/**
 * The layer of a file of src/, or undefined for the files around the layers (the package entry,
 * events and context, the importers, the CLI, test helpers, the React and Vue integrations).
 * Outside format and model, a module that renders — imports lit, or is a component, styles,
 * define file or a part of an element loaded on first use (`.part.ts`) — is an element; the rest (pure functions and data of an element or of the base)
 * is a layout.
 */
export function layerOf(file) {
  if (file.startsWith('src/format/')) return 'format';
  if (file.startsWith('src/model/')) return 'model';
  const folder = file.split('/')[1];
  // Around the layers too: the React and Vue integrations, which sit on top of the elements.
  if (file.split('/').length < 3 || ['import', 'cli', 'testing', 'react', 'vue'].includes(folder)) return undefined;
  return /\.(component|styles|part)\.ts$/.test(file) ? 'element' : 'layout';
}

/**
 * The layer of a module, refined by its text: a layout that imports lit renders, and one that
 * imports a component defines it, so either is an element.
 */
function layerOfModule(file, text) {
  const layer = layerOf(file);
  const renders = /from\s+['"]lit(?:\/[^'"]*)?['"]/.test(text) || /\.component\.js['"]/.test(text);
  return layer === 'layout' && renders ? 'element' : layer;
}

/** Every arrow that points up, as "from → to (layer → layer)". */
export function arrowsBack(modules) {
  const layers = new Map(modules.map(({ file, text }) => [file, layerOfModule(file, text)]));
  const wrong = [];
  for (const { file, text } of modules) {
    const from = layers.get(file);
    if (from === undefined) continue;
    for (const target of importsOf(file, text)) {
      const to = layers.get(target);
      const up = to === undefined ? from !== 'element' && from !== 'layout' : RANK[to] > RANK[from];
      const outOfFormat = from === 'format' && to !== 'format';
      if (up || outOfFormat) wrong.push(`${file} → ${target} (${from} → ${to ?? 'outside the layers'})`);
    }
  }
  return wrong;
}

const modules = sourceFiles().map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

test('src/ has no arrow back: format ← model ← layouts ← elements', () => {
  assert.ok(modules.length > 40, `read the modules of src/ (${modules.length})`);
  assert.ok(modules.some((m) => layerOfModule(m.file, m.text) === 'layout'), 'found layout modules');
  assert.deepEqual(arrowsBack(modules), []);
});

test('the check finds an arrow back: format → model, model → layout, layout → element', () => {
  const synthetic = [
    { file: 'src/format/validate.ts', text: "import { FrameworkIndex } from '../model/framework-index.js';" },
    { file: 'src/model/framework-index.ts', text: "import type { Role } from '../format/types.js';" },
    { file: 'src/model/route-totals.ts', text: "import { learningPlan } from '../skill-gap/learning-plan.js';" },
    { file: 'src/format/types.ts', text: '' },
    { file: 'src/skill-gap/learning-plan.ts', text: "export { aside } from './skill-gap-chart.js';" },
    { file: 'src/skill-gap/skill-gap-chart.ts', text: "import { html } from 'lit';" },
  ];
  assert.deepEqual(arrowsBack(synthetic), [
    'src/format/validate.ts → src/model/framework-index.ts (format → model)',
    'src/model/route-totals.ts → src/skill-gap/learning-plan.ts (model → layout)',
    'src/skill-gap/learning-plan.ts → src/skill-gap/skill-gap-chart.ts (layout → element)',
  ]);
});
