import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../test/chrome-path.mjs';
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:5181/' + (process.argv[2] ?? ''), { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
await page.pdf({ path: '/tmp/demo.pdf', format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
await browser.close();
console.log('pdf');
