// The full fuzz run: `npm run test:robustness` (1,000 seeds through every element, ~4,000 mounts).
// Figures go to docs/reliability.md.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { percentile, runFuzz } from './fuzz.js';

describe('fuzzed frameworks (1,000 seeds)', () => {
  it('never break the page, and validation stays fast', async function () {
    this.timeout(1_800_000);
    const report = await runFuzz(1, 1000);
    const ms = report.validationMs;
    console.log(`fuzz: ${report.seeds} seeds, ${report.mounts} mounts (${report.loads} load, ${report.errors} error), validation p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms, slowest mount ${report.slowestMount.toFixed(0)} ms, failures ${report.failures.length}`);
    expect(report.failures).to.deep.equal([]);
    expect(report.mounts).to.equal(4000);
    expect(percentile(ms, 99), 'validation p99').to.be.at.most(50);
    expect(Math.max(...ms), 'validation max').to.be.at.most(250);
  });
});
