// Finds a Chrome or Chromium where one usually lives. CHROME_PATH wins.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const defaultCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The path of a Chrome/Chromium binary, or undefined. */
export function findChrome(candidates = defaultCandidates, names = ['chromium', 'chromium-browser', 'google-chrome']) {
  for (const path of candidates) if (path && existsSync(path)) return path;
  for (const name of names) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

/** Flags Chromium needs headless, as root, on a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROME_MESSAGE =
  'No Chrome or Chromium found: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to its binary.';

/** Exits with one line that says what to install when no browser is found. */
export function requireChrome(find = findChrome) {
  const path = find();
  if (!path) {
    console.error(NO_CHROME_MESSAGE);
    process.exit(1);
  }
  return path;
}
