// Issue 15, print: under the print media (emulated in Chromium, as the browser's print preview
// applies it) the elements hide their controls, draw in the light palette, show every detail and
// fit the page width: the map whole in its box, the ladder unclipped, every checklist open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import type { LadderCompare } from '../src/ladder-compare/ladder-compare.component.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import type { SkillGap } from '../src/skill-gap/skill-gap.component.js';
import { competencyFramework } from './fixtures/competency-framework.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});
afterEach(() => emulateMedia({ media: 'screen' }));

/** A4 portrait at 96 px per inch, less 10 mm margins: about 718 px of printable width. */
const PAGE_WIDTH = 718;

const page = <T extends HTMLElement>(template: unknown, tag: string) =>
  fixture<HTMLElement>(html`<div style="width: ${PAGE_WIDTH}px">${template}</div>`).then((wrapper) => wrapper.querySelector<T>(tag)!);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0;

async function printing(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await emulateMedia({ media: 'print' });
  await waitUntil(() => matchMedia('print').matches);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

describe('print', () => {
  it('<mobility-map>: no search or zoom buttons, the whole map fitted to the page width, dark turned light', async () => {
    const el = await page<MobilityMap>(html`<mobility-map theme="dark" region="US" .framework=${acme} current-role="data-analyst-2"></mobility-map>`, 'mobility-map');
    await frame();
    const root = el.shadowRoot!;
    expect(shown(root.querySelector('.zoom'))).to.equal(true);
    await printing(el);
    expect(shown(root.querySelector('.search')), 'the search box').to.equal(false);
    expect(shown(root.querySelector('.zoom')), 'the zoom buttons').to.equal(false);
    const host = el.getBoundingClientRect();
    const map = root.querySelector('svg.canvas')!.getBoundingClientRect();
    expect(map.width).to.be.at.most(PAGE_WIDTH + 0.5);
    const roles = [...root.querySelectorAll('[part="role"] rect')].map((r) => r.getBoundingClientRect());
    expect(roles.length).to.be.above(20);
    for (const role of roles) {
      expect(role.left, 'no role cut off at the left').to.be.at.least(map.left - 0.5);
      expect(role.right, 'no role cut off at the right').to.be.at.most(Math.min(map.right, host.right) + 0.5);
    }
    // Black on white: the text colour is the light theme's, whatever the element's theme.
    const [r, g, b] = getComputedStyle(el).color.match(/\d+/g)!.map(Number);
    expect(r + g + b, 'dark text').to.be.below(200);
  });

  it('<ladder-compare>: every level expanded, no expand or pick buttons, no column cut off', async () => {
    const el = await page<LadderCompare>(html`<ladder-compare .framework=${competencyFramework()} family="eng"></ladder-compare>`, 'ladder-compare');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.expectations').length).to.equal(0);
    await printing(el);
    expect([...root.querySelectorAll('[part="expand"], [part="pick"]')].some(shown), 'expand and pick buttons').to.equal(false);
    expect(root.querySelectorAll('.expectations').length).to.be.above(0);
    const host = el.getBoundingClientRect();
    const table = root.querySelector('table')!.getBoundingClientRect();
    expect(table.right).to.be.at.most(host.right + 0.5);
    expect(getComputedStyle(root.querySelector('.scroll')!).overflowX).to.equal('visible');
  });

  it('<skill-gap>: no what-if controls, every competency checklist open', async () => {
    const el = await page<SkillGap>(html`<skill-gap .framework=${competencyFramework()} current-role="eng-3" target="eng-2"></skill-gap>`, 'skill-gap');
    const root = el.shadowRoot!;
    const closed = () => [...root.querySelectorAll('details')].filter((d) => !d.open).length;
    expect(closed(), 'met competencies start closed on screen').to.be.above(0);
    await printing(el);
    expect(root.querySelectorAll('details').length).to.be.above(0);
    expect(closed()).to.equal(0);
    expect(shown(root.querySelector('.heading > .muted')), 'the what-if hint').to.equal(false);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !matchMedia('print').matches);
    await el.updateComplete;
    expect(shown(root.querySelector('.heading > .muted'))).to.equal(true);
  });
});
