// Forced colours (Windows High Contrast), light and dark: the legends keep every kind apart by
// line style, not colour alone, and every SVG label reads at 4.5:1 or better. Chromium forces the
// colours of HTML but not SVG fill and stroke, which is what these tests watch.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});
after(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' } as never));

function rgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  probe.style.forcedColorAdjust = 'none'; // or a forced colour would read as CanvasText
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [r, g, b];
}
function luminance([r, g, b]: [number, number, number]): number {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** SVG labels below 4.5:1 against what they are drawn on (Highlight inside the selected role, Canvas elsewhere). */
function faintLabels(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<SVGTextElement>('svg text')]
    .filter((text) => text.getBBox().width > 0)
    .flatMap((text) => {
      const on = text.closest('.role.focused') || text.classList.contains('step-number') ? 'Highlight' : 'Canvas';
      const ratio = contrast(getComputedStyle(text).fill, on);
      return ratio < 4.5 ? [`${text.getAttribute('class')} "${text.textContent!.slice(0, 20)}": ${ratio.toFixed(1)}:1`] : [];
    });
}

/** What makes a mark visible besides colour: its border and background styles. */
function look(el: Element): string {
  const s = getComputedStyle(el);
  return [s.borderTopStyle, s.borderTopWidth, s.borderLeftStyle, s.borderLeftWidth, s.height, s.strokeDasharray].join(' ');
}
const visible = (el: Element) => {
  const s = getComputedStyle(el);
  return (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0) || (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && contrast(s.backgroundColor, 'Canvas') > 3);
};

for (const scheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${scheme}`, () => {
    beforeEach(() => emulateMedia({ forcedColors: 'active', colorScheme: scheme } as never));

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
      expect(faintLabels(root)).to.deep.equal([]);
    });

    it('<ladder-compare>: IC and management columns differ by border style', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ladder-compare .framework=${acme} family="engineering"></ladder-compare>`);
      await el.updateComplete;
      const ic = el.shadowRoot!.querySelector('.column.ic');
      const management = el.shadowRoot!.querySelector('.column.management');
      expect(ic && management, 'both kinds of column').to.be.ok;
      expect(look(ic!)).not.to.equal(look(management!));
      expect(faintLabels(el.shadowRoot!)).to.deep.equal([]);
    });

    it('<skill-gap>: labels readable in bars and radar', async () => {
      for (const view of ['bars', 'radar']) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<skill-gap .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3" view=${view}></skill-gap>`);
        await el.updateComplete;
        expect(faintLabels(el.shadowRoot!), view).to.deep.equal([]);
      }
    });
  });
}
