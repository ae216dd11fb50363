#!/usr/bin/env node
// career-elements CLI: validate a framework file, import one from a spreadsheet or a published framework.
// Installed from the package it runs the built dist/cli.js, and never touches the host project's
// esbuild. Only in a checkout of the repository (where src/cli/main.ts exists) does it bundle the
// sources with the repository's own esbuild first, so a change to src/ needs no build step.
// Exit codes: 0 fine, 1 invalid data, 2 the command could not run — any crash included.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
const source = new URL('../src/cli/main.ts', import.meta.url);

function crash(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`career-elements: crashed: ${message.split('\n')[0]}\n`);
  process.exit(2);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

/** A checkout: bundle src/cli/main.ts with esbuild into a temporary file and load it. */
async function loadFromSource() {
  const { bundleCli } = await import('./cli-bundle.mjs');
  const result = await bundleCli(await import('esbuild'));
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

async function loadCli() {
  const haveBuild = existsSync(fileURLToPath(built));
  if (existsSync(fileURLToPath(source))) {
    // A checkout installed without dev dependencies has no esbuild: use the build if there is one.
    const esbuildMissing = await import('esbuild').then(() => false, () => true);
    if (!(esbuildMissing && haveBuild)) return loadFromSource();
  }
  if (haveBuild) return import(built.href);
  throw new Error('dist/cli.js is missing from this installation (reinstall career-elements)');
}

try {
  const cli = await loadCli();
  process.exitCode = await cli.run(process.argv.slice(2));
} catch (error) {
  crash(error);
}
