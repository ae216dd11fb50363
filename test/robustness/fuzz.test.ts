// The fast part of the fuzzer, in `npm test`: 100 seeds through every element.
// The full run (1,000 seeds) is `npm run test:robustness`.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { percentile, runFuzz } from './fuzz.js';

describe('fuzzed frameworks (100 seeds)', () => {
  it('never break the page: every mount ends in career-load or career-error within 1 s', async function () {
    this.timeout(240_000);
    const report = await runFuzz(1, 100);
    const p99 = percentile(report.validationMs, 99);
    console.log(`fuzz: ${report.seeds} seeds, ${report.mounts} mounts (${report.loads} load, ${report.errors} error), validation p50 ${percentile(report.validationMs, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...report.validationMs).toFixed(1)} ms, slowest mount ${report.slowestMount.toFixed(0)} ms`);
    expect(report.failures).to.deep.equal([]);
    expect(report.mounts).to.equal(400);
    // Timings are asserted in the full run (npm run test:robustness), on a quiet machine.
  });
});
