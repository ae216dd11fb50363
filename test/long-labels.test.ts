// Long labels cost bounded work (issue 16): a 100,000-character role title or level label is
// refused by validation at once, and titles and level labels at the cap (1,000 characters, with
// and without spaces) draw in about the time short ones do, in every element. Before the
// binary-search truncation (src/mobility-map/text-measure.ts) the map cut titles one word or
// character per loop, measuring the whole string each time: a 1,000-character one-word title took
// it 1.8 s instead of 85 ms, and this test failed.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import { LIMITS } from '../src/format/plain-data.js';

type Element = HTMLElement & { framework?: unknown; updateComplete: Promise<boolean> };

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const ELEMENTS = [
  (f: Framework) => html`<mobility-map .framework=${f} current-role="data-analyst-2" style="width: 1000px; height: 700px"></mobility-map>`,
  (f: Framework) => html`<ladder-compare .framework=${f} family="data"></ladder-compare>`,
  (f: Framework) => html`<skill-gap .framework=${f} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`,
];

/** Every role title and level label replaced by `label(original)`. */
function relabel(framework: Framework, label: (text: string, i: number) => string): Framework {
  return {
    ...framework,
    levels: framework.levels.map((level, i) => ({ ...level, label: label(level.label, i) })),
    roles: framework.roles.map((role, i) => ({ ...role, title: label(role.title, i) })),
  };
}

/** Milliseconds from mounting `framework` in the element to its first full render, and the event it fired. */
async function timedMount(make: (f: Framework) => ReturnType<typeof html>, framework: Framework): Promise<{ ms: number; event: string }> {
  let event = 'none';
  const start = performance.now();
  const el = await fixture<Element>(html`<div @career-load=${() => (event = 'load')} @career-error=${() => (event = 'error')}>${make(framework)}</div>`);
  await (el.firstElementChild as Element).updateComplete;
  const ms = performance.now() - start;
  fixtureCleanup();
  return { ms, event };
}

describe('long titles and level labels', () => {
  it('a 100,000-character role title or level label is refused at once, with its path', async () => {
    const huge = 'x'.repeat(100_000);
    for (const make of ELEMENTS) {
      for (const framework of [relabel(acme, (text, i) => (i === 0 ? huge : text)), { ...acme, levels: acme.levels.map((l, i) => (i === 0 ? { ...l, label: huge } : l)) }]) {
        const { ms, event } = await timedMount(make, framework);
        expect(event).to.equal('error');
        expect(ms).to.be.below(1000);
      }
    }
  });

  it('titles and level labels at the 1,000-character cap draw in about the time of short ones', async () => {
    const cap = LIMITS.labelLength;
    const oneWord = relabel(acme, (text, i) => `${i}${text.replace(/\W/g, '')}`.padEnd(cap, 'x'));
    const words = relabel(acme, (text, i) => `${text} ${i} `.padEnd(cap, 'lorem ipsum dolor '));
    for (const make of ELEMENTS) {
      await timedMount(make, acme); // warm up
      const { ms: baseline } = await timedMount(make, acme);
      for (const [name, framework] of [['one word', oneWord], ['words', words]] as const) {
        const { ms, event } = await timedMount(make, framework);
        expect(event, name).to.equal('load');
        expect(ms, `${name}: ${ms.toFixed(0)} ms, short labels ${baseline.toFixed(0)} ms`).to.be.below(baseline * 3 + 100);
      }
    }
  });
});
