// Loads a TypeScript module of src/ into a plain `node --test` file: esbuild bundles it (and what it
// imports) into one ES module in memory, which is imported from a data: URL. For pure modules —
// the model, layouts, controllers' pure parts — that need no DOM.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The exports of `path` (relative to the repository root, e.g. 'src/skill-gap/skill-gap-layout.ts'). */
export async function loadTs(path) {
  const result = await build({
    entryPoints: [root + path],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    tsconfig: root + 'tsconfig.json',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
