// Imports a TypeScript module of src/ in plain Node for tests without a DOM: esbuild bundles it
// (packages stay external, so lit and d3 load from node_modules) into node_modules/.cache.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cache = `${root}node_modules/.cache/node-tests/`;

/** The module at `path` (relative to the repository root), compiled from TypeScript. */
export async function importTs(path) {
  mkdirSync(cache, { recursive: true });
  const outfile = `${cache}${path.replace(/[^\w.-]+/g, '_')}.mjs`;
  await build({ entryPoints: [root + path], outfile, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', tsconfig: `${root}tsconfig.json` });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
