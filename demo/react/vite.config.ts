// The React host: `npx vite --config demo/react/vite.config.ts` serves it, `vite build` builds it.
// `career-elements` resolves to this repository's sources, as the installed package would.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { packageSources } from '../package-sources.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: packageSources },
  server: { host: '127.0.0.1', port: 5174 },
  build: { outDir: fileURLToPath(new URL('../../dist/demo-react', import.meta.url)), emptyOutDir: true },
});
