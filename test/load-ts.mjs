// Loads a TypeScript module of src/ into a plain `node --test` file: esbuild bundles it (and the
// project files it imports; packages stay imports, resolved by Node) into one ES module under
// node_modules/.cache/load-ts/, which is then imported. For pure modules — the model, layouts,
// the pure parts of controllers — that need no DOM.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = root + 'node_modules/.cache/load-ts/';

/** The exports of `path` (relative to the repository root, e.g. 'src/skill-gap/skill-gap-layout.ts'). */
export async function loadTs(path) {
  const result = await build({
    entryPoints: [root + path],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    tsconfig: root + 'tsconfig.json',
  });
  const code = result.outputFiles[0].text;
  const file = `${cache}${path.replace(/[^\w.-]+/g, '_')}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`;
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}
