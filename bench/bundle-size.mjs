// Bundle sizes: the self-contained dist/career-elements.js (every element, lit and d3 inside),
// and each define entry built alone the same way, minified by vite and gzipped at level 9.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../', import.meta.url).pathname;

/**
 * The budget for dist/career-elements.js, minified + gzip (issue 10): 80 kB. What a page needs only
 * when it uses it — export, the map's route planner (`target`, `infer-moves`), the ladder's diff —
 * is a file of its own beside the bundle, loaded on first use; the bundle imports no file
 * statically (test/node/bundle.test.mjs), so this one file is what every page loads.
 */
export const BUNDLE_BUDGET = 80_000;

/** The budget for each element's define entry built alone, lit included (issue 10): 55 kB. */
export const ENTRY_BUDGET = 55_000;

/** The define entries measured alone, when present on this branch. */
export const DEFINE_ENTRIES = [
  'src/provider/career-framework.ts',
  'src/mobility-map/mobility-map.ts',
  'src/ladder-compare/ladder-compare.ts',
  'src/skill-gap/skill-gap.ts',
];

const sizesOf = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });

async function buildEntry(entry, outDir) {
  const fileName = basename(entry).replace(/\.ts$/, '.js');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName } },
  });
  return sizesOf(readFileSync(join(outDir, fileName)));
}

/**
 * Builds the bundle (and, unless `entries: false`, each define entry) into a temporary folder.
 * Returns sizes in bytes: `{ bundle: { min, gzip }, entries: [{ entry, min, gzip }], budget, entryBudget }`.
 */
export async function measureBundles({ entries = true } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'career-size-'));
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const bundle = sizesOf(readFileSync(join(outDir, 'career-elements.js')));
    const measured = [];
    if (entries) {
      for (const entry of DEFINE_ENTRIES.filter((file) => existsSync(join(root, file)))) {
        measured.push({ entry, ...(await buildEntry(entry, outDir)) });
      }
    }
    return { bundle, entries: measured, budget: BUNDLE_BUDGET, entryBudget: ENTRY_BUDGET };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
