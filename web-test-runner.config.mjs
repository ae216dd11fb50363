import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { requireChrome, chromeArgs } from './test/chrome-path.mjs';
import { loadFixtures } from './test/robustness/load-fixtures.mjs';

const executablePath = requireChrome();

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [loadFixtures],
  plugins: [
    // Stories import JSON and `?raw` text as modules (vite does this for Storybook): serve them to
    // module imports as JS modules, and unchanged to fetch().
    {
      name: 'vite-style-imports',
      // The server caches transforms by URL: keep the module and the fetch() answers apart.
      transformCacheKey(context) {
        return context.request.headers['sec-fetch-dest'] === 'script' ? 'module' : 'fetch';
      },
      resolveMimeType(context) {
        if (context.request.headers['sec-fetch-dest'] !== 'script') return undefined;
        if (context.path.endsWith('.json') || context.URL.searchParams.has('raw')) return 'js';
      },
      transform(context) {
        if (context.request.headers['sec-fetch-dest'] !== 'script') return undefined;
        if (context.URL.searchParams.has('raw')) return { body: `export default ${JSON.stringify(String(context.body))};` };
        if (context.path.endsWith('.json')) return { body: `export default ${context.body};` };
      },
    },
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromeArgs },
    }),
  ],
};
