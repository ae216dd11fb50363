// `npm run test:robustness`: the full fuzz run and the leak check, in a Chromium that exposes
// gc() and precise heap sizes (the flags only this run needs).
import base from './web-test-runner.config.mjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { requireChrome, chromeArgs } from './test/chrome-path.mjs';

export default {
  ...base,
  files: ['test/robustness/*.robust.ts'],
  testFramework: { config: { timeout: 1_800_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: requireChrome(),
        headless: true,
        args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
};
