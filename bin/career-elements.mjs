#!/usr/bin/env node
// career-elements CLI: validate a framework file, import one from a spreadsheet or a published framework.
// In a clone (no build step) it bundles src/cli/main.ts with esbuild (a dev dependency) and runs it;
// in an installed package, where esbuild is absent, it runs dist/cli.js, which `npm run build` makes.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_SOURCE, bundleCli } from './cli-bundle.mjs';

const built = new URL('../dist/cli.js', import.meta.url);

async function loadFromSource() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  const result = await bundleCli(esbuild);
  // A real file (not a data: URL) so that stack traces and error messages stay readable.
  const dir = mkdtempSync(join(tmpdir(), 'career-elements-'));
  const file = join(dir, 'cli.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cli = (existsSync(CLI_SOURCE) && (await loadFromSource())) || (existsSync(fileURLToPath(built)) ? await import(built.href) : undefined);
if (!cli) {
  process.stderr.write('career-elements: cannot start: neither esbuild (to run src/cli/main.ts) nor dist/cli.js (made by "npm run build") was found\n');
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));
