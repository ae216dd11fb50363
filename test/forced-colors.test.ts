// Forced colours (Windows High Contrast), light and dark: the legends keep every kind apart by
// line style, not colour alone, and every text, HTML and SVG, reads at 4.5:1 or better against
// what is painted under it, even when the page themed the elements with its own colours.
// Chromium forces the colours of HTML but not SVG fill and stroke, nor system colours an author
// used as backgrounds, which is what these tests watch.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import { competencyFramework } from './fixtures/competency-framework.js';
import { contrastOf, faintTexts, rgba, textSamples } from './text-contrast.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
  await setViewport({ width: 1400, height: 1400 });
});
after(async () => {
  await emulateMedia({ forcedColors: 'none', colorScheme: 'light' } as never);
  await setViewport({ width: 800, height: 600 });
});

/** A page that themed the kit in pale brand colours, which must not survive into forced colours. */
const BRAND = [
  '--career-color-text: #ccc', '--career-color-muted: #ddd', '--career-color-surface: #fafafa', '--career-color-surface-alt: #f0f0f0',
  '--career-color-border: #eee', '--career-color-accent: #ffeb3b', '--career-color-accent-text: #fff', '--career-color-promotion: #cfc',
  '--career-color-ic: #ccf', '--career-color-management: #fcc', '--career-color-danger: #fdd', '--career-color-danger-surface: #fff0f0',
  '--career-skill-gap-current: #eef', '--career-skill-gap-required: #ddd', '--career-skill-gap-gap: #fed', '--career-skill-gap-conflict: #fee',
  '--career-ladder-compare-bar-color: #eee', '--career-ladder-compare-highlight: #ffd', '--career-ladder-compare-changed: #efe',
  '--career-ladder-compare-changed-words: #ffe', '--career-ladder-compare-new: #eef', '--career-ladder-compare-differs: #fef',
].join('; ');

const contrast = (a: string, b: string) => contrastOf(rgba(a), rgba(b));

/** What makes a mark visible besides colour: its border and background styles. */
function look(el: Element): string {
  const s = getComputedStyle(el);
  return [s.borderTopStyle, s.borderTopWidth, s.borderLeftStyle, s.borderLeftWidth, s.height, s.strokeDasharray].join(' ');
}
const visible = (el: Element) => {
  const s = getComputedStyle(el);
  return (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0) || (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && contrast(s.backgroundColor, 'Canvas') > 3);
};

/** Each element in the states that show the most kinds of text: panels, route, legends, badges, lists, errors. */
const VIEWS: Array<[string, () => TemplateResult]> = [
  ['<mobility-map> with a role selected', () => html`<mobility-map .framework=${acme} current-role="data-analyst-2" style="width: 1100px; height: 1000px"></mobility-map>`],
  ['<mobility-map> with a route (other roles faded)', () => html`<mobility-map .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3" style="width: 1100px; height: 1000px"></mobility-map>`],
  ['<ladder-compare> tracks with pay, a role marked "you are here"', () => html`<ladder-compare .framework=${acme} family="data" current-role="data-analyst-2"></ladder-compare>`],
  ['<ladder-compare> diff of two levels', () => html`<ladder-compare .framework=${competencyFramework()} family="eng" track="ic" diff="L1 L2"></ladder-compare>`],
  ['<skill-gap> bars', () => html`<skill-gap .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`],
  ['<skill-gap> radar', () => html`<skill-gap .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3" view="radar"></skill-gap>`],
  ['the error panel', () => html`<mobility-map .framework=${{ format: 'career-framework/1', roles: 'none' }}></mobility-map>`],
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${scheme}`, () => {
    beforeEach(() => emulateMedia({ forcedColors: 'active', colorScheme: scheme } as never));

    for (const [name, view] of VIEWS) {
      it(`${name}: every visible text at 4.5:1 or more, under a page's pale brand colours too`, async () => {
        for (const style of ['', BRAND]) {
          const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${view()}</div>`);
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          window.scrollTo(0, 0);
          const texts = textSamples(el.shadowRoot!);
          expect(texts.length, 'texts checked').to.be.at.least(name === 'the error panel' ? 2 : 20);
          expect(faintTexts(el.shadowRoot!), style ? 'brand colours' : 'default colours').to.deep.equal([]);
          fixtureCleanup();
        }
      });
    }

    it('<skill-gap>: the legend tells current and gap apart by fill and outline style, both visible', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style=${BRAND}><skill-gap .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap></div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      const [current, gap] = ['.legend .current-bar', '.legend .gap-bar'].map((selector) => getComputedStyle(el.shadowRoot!.querySelector(selector)!));
      expect(contrast(current.fill, 'Canvas'), 'current bar fill').to.be.at.least(3);
      expect(contrast(gap.stroke, 'Canvas'), 'gap bar outline').to.be.at.least(3);
      expect(gap.strokeDasharray).not.to.equal(current.strokeDasharray);
    });

    it('<mobility-map>: five legend swatches, each visible and each with its own line style; moves drawn alike; labels readable', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<mobility-map .framework=${acme} current-role="data-analyst-2" style="width: 1100px"></mobility-map>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const swatches = [...root.querySelectorAll('.legend .swatch')];
      expect(swatches).to.have.length(5);
      expect(swatches.filter(visible).map((s) => s.className), 'visible swatches').to.have.length(5);
      expect(new Set(swatches.map(look)).size, `distinct swatches: ${swatches.map(look).join(' | ')}`).to.equal(5);
      const dashes = ['promotion', 'lateral', 'step-back'].map((kind) => root.querySelector(`.move.${kind} .line`)).filter((line) => line).map((line) => getComputedStyle(line!).strokeDasharray);
      expect(dashes.length, 'moves of at least two kinds drawn').to.be.at.least(2);
      expect(new Set(dashes).size, `move line styles ${dashes.join(' | ')}`).to.equal(dashes.length);
      const ic = root.querySelector('.role.ic:not(.focused) rect');
      const management = root.querySelector('.role.management rect');
      expect(getComputedStyle(ic!).strokeDasharray).not.to.equal(getComputedStyle(management!).strokeDasharray);
      expect(faintTexts(root)).to.deep.equal([]);
    });

    it('<ladder-compare>: IC and management columns differ by border style', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ladder-compare .framework=${acme} family="engineering"></ladder-compare>`);
      await el.updateComplete;
      const ic = el.shadowRoot!.querySelector('.column.ic');
      const management = el.shadowRoot!.querySelector('.column.management');
      expect(ic && management, 'both kinds of column').to.be.ok;
      expect(look(ic!)).not.to.equal(look(management!));
      expect(faintTexts(el.shadowRoot!)).to.deep.equal([]);
    });
  });
}
