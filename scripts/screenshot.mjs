// Takes a screenshot of a page in headless Chromium, for looking at what an element shows.
//   node scripts/screenshot.mjs <url> <out.png> [--selector css] [--width 1280] [--height 900] [--wait ms] [--click css] [--keys "Tab,ArrowRight,Enter"]
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../test/chrome-path.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--selector css] [--width N] [--height N] [--wait ms] [--click css] [--keys a,b]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: Number(option('width', 1280)), height: Number(option('height', 900)) } });
  page.on('console', (msg) => msg.type() === 'error' && console.error('page:', msg.text()));
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(option('wait', 500)));
  const click = option('click');
  if (click) await page.locator(click).first().click();
  const keys = option('keys');
  if (keys) for (const key of keys.split(',')) await page.keyboard.press(key);
  if (click || keys) await page.waitForTimeout(300);
  const selector = option('selector');
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
