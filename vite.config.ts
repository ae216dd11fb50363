import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm start`: the demo page on 127.0.0.1. `vite build`: the self-contained dist/career-elements.js
// (lit and the d3 modules inside) that registers every element. The ESM library with lit/d3 as
// dependencies is emitted by tsc (tsconfig.build.json) into dist/lib.
export default defineConfig({
  root: here('./demo'),
  publicDir: false,
  // Build only: minifies the markup and CSS inside lit's html`` and css`` literals.
  plugins: [
    { ...minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }), apply: 'build' },
    {
      // dist/career-elements.js gets its own types beside it: those of its entry, emitted by tsc.
      name: 'career-elements-types',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'career-elements.d.ts', source: "export * from './types/career-elements.js';\n" });
      },
    },
  ],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('.')] } },
  // Pre-bundle what the demo page imports, found by scanning it alone: the React and Vue host pages
  // under demo/ need their own plugins (their own vite configs), and a failed scan of them left the
  // demo's dependencies to be found at run time, answered with "504 Outdated Optimize Dep" on a
  // fresh clone.
  optimizeDeps: { entries: ['index.html'] },
  resolve: {
    // d3-zoom needs nothing of d3-transition but a no-op interrupt (the kit runs no d3 transitions;
    // see the module's comment): the bundle leaves out the transition engine and d3-color.
    alias: [{ find: /^d3-transition$/, replacement: here('./src/base/controllers/d3-zoom-interrupt.ts') }],
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: false,
    // terser shrinks the bundle ~6 kB gzip more than vite's default minifier (issue 7's budget).
    minify: 'terser',
    terserOptions: { module: true },
    lib: {
      entry: here('./src/career-elements.ts'),
      formats: ['es'],
      fileName: () => 'career-elements.js',
    },
    // Code loaded on first use (export, and the `.part.ts` modules: the map's route planner, the
    // ladder's diff) becomes a file of
    // its own beside the bundle, which imports it with import(). 'allow-extension' lets the bundler
    // keep the code those files share with the bundle (lit, the model) inside the bundle, which they
    // import it from; with the default ('strict') it moved that code to a third file the bundle
    // imported at start, so every page loaded two files (test/node/bundle.test.mjs).
    rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: ({ name }) => `career-elements-${name.replace(/\.part$/, '')}.js` } },
  },
});
