// A careless or hostile page stylesheet must not reach inside the elements: the page's root font
// size, `* { all: unset }`, inherited letter-spacing / uppercase / `white-space: pre` and
// `<html dir="rtl">` leave the toolbar's height (±2 px) and every label inside its box.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';

const HOSTILE = `
  * { all: unset; }
  html { font-size: 30px; font-family: serif; letter-spacing: 3px; word-spacing: 12px; text-transform: uppercase;
         white-space: pre; line-height: 3; font-style: italic; font-weight: 900; text-align: right; text-indent: 40px; }
  head, script, style { display: none; }
`;

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

interface Measure {
  toolbar: number;
  elementWidth: number;
  /** HTML labels (buttons, cells, list items…) whose text is wider than their box. */
  overflowing: string[];
  /** SVG role labels wider than their role box, or level labels outside the map. */
  svgOutside: string[];
}

function measure(root: ShadowRoot, host: HTMLElement): Measure {
  const overflowing = [...root.querySelectorAll<HTMLElement>('button, th, td, li, label, h2, h3, h4, p, span, dt, dd, input')]
    .filter((el) => el.offsetParent !== null && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'hidden')
    .map((el) => `${el.localName}.${el.className}: ${el.textContent!.trim().slice(0, 30)}`);
  const svgOutside: string[] = [];
  for (const role of root.querySelectorAll<SVGGElement>('g.role[data-role-id]')) {
    const box = role.querySelector('rect')!.getBoundingClientRect();
    for (const text of role.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1) svgOutside.push(`role ${role.dataset.roleId}: ${text.textContent}`);
    }
  }
  const svg = root.querySelector('.map svg');
  if (svg) {
    const frame = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('.level-label, .track-label, .family-label')) {
      const r = text.getBoundingClientRect();
      if (r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1)) svgOutside.push(`${text.getAttribute('class')}: ${text.textContent}`);
    }
  }
  const toolbar = root.querySelector('.toolbar, .heading, thead');
  return { toolbar: toolbar?.getBoundingClientRect().height ?? 0, elementWidth: host.getBoundingClientRect().width, overflowing, svgOutside };
}

const ELEMENTS = [
  ['mobility-map', (f: Framework) => html`<mobility-map .framework=${f} current-role="data-analyst-2"></mobility-map>`],
  ['ladder-compare', (f: Framework) => html`<ladder-compare .framework=${f} family="data"></ladder-compare>`],
  ['skill-gap', (f: Framework) => html`<skill-gap .framework=${f} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`],
] as const;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits until the map's view has stopped moving (a focused role is framed with an animation). */
async function viewSettled(root: ShadowRoot): Promise<void> {
  const transform = () => root.querySelector('g.viewport')?.getAttribute('transform');
  for (let still = 0, last = transform(), i = 0; still < 3 && i < 120; i++) {
    await new Promise(requestAnimationFrame);
    const now = transform();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

describe('host isolation: a hostile page stylesheet', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => {
    sheet?.remove();
    sheet = undefined;
    document.documentElement.removeAttribute('dir');
  });

  for (const [tag, template] of ELEMENTS) {
    it(`leaves <${tag}>'s toolbar height and labels in their boxes`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="display: block !important; width: 1100px !important">${template(acme)}</div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      await frame();
      await viewSettled(el.shadowRoot!);
      const before = measure(el.shadowRoot!, el);
      expect(before.toolbar, 'toolbar measured').to.be.above(0);

      sheet = document.createElement('style');
      sheet.textContent = HOSTILE;
      document.head.append(sheet);
      document.documentElement.dir = 'rtl';
      (el as unknown as { requestUpdate(): void }).requestUpdate();
      await el.updateComplete;
      await frame();
      await frame();
      await viewSettled(el.shadowRoot!);
      const after = measure(el.shadowRoot!, el);

      expect(Math.abs(after.toolbar - before.toolbar), `toolbar ${before.toolbar} → ${after.toolbar} px`).to.be.at.most(2);
      expect(after.overflowing, 'HTML labels wider than their box').to.deep.equal(before.overflowing);
      expect(after.svgOutside, 'SVG labels outside their box').to.deep.equal(before.svgOutside);
    });
  }

  it('the kit adds no style to the page (no global CSS)', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const nodes = document.querySelectorAll('style, link[rel~="stylesheet"]').length;
    await fixture(html`<div>${ELEMENTS.map(([, template]) => template(acme))}</div>`);
    await frame();
    expect(document.styleSheets.length, 'document.styleSheets').to.equal(sheets);
    expect(document.adoptedStyleSheets.length, 'document.adoptedStyleSheets').to.equal(adopted);
    expect(document.querySelectorAll('style, link[rel~="stylesheet"]').length, '<style> and <link> in the page').to.equal(nodes);
  });
});
