// Memory over create/remove cycles: each element is created with the default framework, drawn,
// and removed 300 times; the heap after a full GC should not keep growing with the cycles.
import { expect } from '@open-wc/testing';
import '../../src/define.js';

const CYCLES = 300;
const ELEMENTS: Array<[string, Record<string, string>]> = [
  ['mobility-map', { 'current-role': 'data-analyst-2' }],
  ['ladder-compare', { family: 'data' }],
  ['skill-gap', { 'current-role': 'data-analyst-2', target: 'ml-engineer-3' }],
  ['career-framework', {}],
];

const gc = (globalThis as unknown as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return heap();
}

describe(`memory over ${CYCLES} create/remove cycles`, () => {
  it('grows by less than 1 MB per element', async () => {
    expect(gc, 'run with --js-flags=--expose-gc (npm run test:robustness)').to.be.a('function');
    const framework = await (await fetch('/src/examples/acme.json')).json();
    const results: string[] = [];
    for (const [tag, attributes] of ELEMENTS) {
      const cycle = async () => {
        const el = document.createElement(tag) as HTMLElement & { framework?: unknown; updateComplete?: Promise<unknown> };
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.framework = framework;
        document.body.append(el);
        await el.updateComplete;
        await frame();
        el.remove();
      };
      for (let i = 0; i < 20; i++) await cycle(); // warm up caches and compiled code
      const before = await settledHeap();
      for (let i = 0; i < CYCLES; i++) await cycle();
      const after = await settledHeap();
      const mb = (after - before) / 1_048_576;
      results.push(`${tag}: ${mb >= 0 ? '+' : ''}${mb.toFixed(2)} MB`);
      expect(mb, tag).to.be.below(1);
    }
    console.log(`leaks over ${CYCLES} cycles: ${results.join(', ')}`);
  });
});
