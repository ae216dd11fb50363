// Bundles the CLI (src/cli/main.ts and what it imports) for Node with esbuild, one ESM file.
// `node bin/cli-bundle.mjs dist/cli.js` writes it (npm run build); in a checkout the bin calls
// bundleCli() in memory. Not shipped: the installed package runs dist/cli.js.
import { fileURLToPath } from 'node:url';

export const CLI_SOURCE = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

export async function bundleCli(esbuild, outfile) {
  return esbuild.build({
    entryPoints: [CLI_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Some dependencies (yaml) are CommonJS and require Node built-ins: give the ESM bundle a require.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    ...(outfile ? { outfile, write: true } : { write: false }),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = process.argv[2] ?? 'dist/cli.js';
  await bundleCli(await import('esbuild'), outfile);
  console.log(`wrote ${outfile}`);
}
