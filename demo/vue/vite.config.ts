// The Vue host: `npx vite --config demo/vue/vite.config.ts` serves it, `vite build` builds it.
// `career-elements` resolves to this repository's sources, as the installed package would.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { packageSources } from '../package-sources.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  resolve: { alias: packageSources },
  server: { host: '127.0.0.1', port: 5175 },
  build: { outDir: fileURLToPath(new URL('../../dist/demo-vue', import.meta.url)), emptyOutDir: true },
});
