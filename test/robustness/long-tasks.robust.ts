// `npm run test:robustness`: no long task over 200 ms while any element loads and draws a valid
// framework up to 1 MB (four shapes) or one of the fuzzed inputs slowest to validate. Real
// Chromium, PerformanceObserver('longtask'). Figures go to docs/reliability.md.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { TAGS } from './fuzz.js';
import { largeFrameworks, measureMount, worstFuzzed, type Case } from './long-tasks.js';

const LIMIT_MS = 200;

describe('long tasks while mounting frameworks up to 1 MB', () => {
  it(`none over ${LIMIT_MS} ms in any element`, async function () {
    this.timeout(1_800_000);
    expect(PerformanceObserver.supportedEntryTypes).to.include('longtask');
    const cases: Case[] = [...largeFrameworks(), ...worstFuzzed(1000, 10)];
    const rows: string[] = [];
    const over: string[] = [];
    for (const item of cases) {
      const cells: string[] = [];
      for (const tag of TAGS) {
        const { outcome, settleMs, longestTaskMs } = await measureMount(tag, item.framework);
        cells.push(`${tag} ${outcome} ${settleMs.toFixed(0)} ms, longest task ${longestTaskMs.toFixed(0)} ms`);
        if (outcome === 'none') over.push(`${item.name}: <${tag}> never settled`);
        if (longestTaskMs > LIMIT_MS) over.push(`${item.name}: <${tag}> long task ${longestTaskMs.toFixed(0)} ms`);
      }
      rows.push(`${item.name} [${Number.isNaN(item.bytes) ? 'cyclic' : `${(item.bytes / 1024).toFixed(0)} kB`}${item.roles ? `, ${item.roles} roles` : ''}]: ${cells.join('; ')}`);
    }
    console.log(`long tasks:\n${rows.join('\n')}`);
    expect(over).to.deep.equal([]);
  });
});
