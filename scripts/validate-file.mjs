// Dev helper: node scripts/validate-file.mjs <framework.json> — bundles the validator with esbuild and runs it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
const out = await build({ entryPoints: ['src/format/validate.ts'], bundle: true, platform: 'node', format: 'esm', write: false });
const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
const result = mod.validateFramework(JSON.parse(readFileSync(process.argv[2], 'utf8')));
for (const p of result.errors) console.log('error', p.path + ': ' + p.message);
for (const p of result.warnings) console.log('warning', p.path + ': ' + p.message);
console.log(result.valid ? 'valid' : 'INVALID', result.errors.length, 'errors', result.warnings.length, 'warnings');
