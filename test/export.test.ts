import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Framework } from '../src/format/types.js';
import type { CareerElement } from '../src/base/career-element.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import '../src/mobility-map/mobility-map.js';
import '../src/ladder-compare/ladder-compare.js';
import '../src/skill-gap/skill-gap.js';

let acme: Framework;
before(async () => {
  acme = (await (await fetch('/src/examples/acme.json')).json()) as Framework;
});

/** Parses an SVG document as XML: throws on a parser error. */
function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not SVG: ${error.textContent}`);
  expect(doc.documentElement.localName).to.equal('svg');
  expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return doc;
}

/** The width and height a PNG's IHDR chunk declares. */
async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = new DataView(await blob.arrayBuffer());
  // Signature (8 bytes), chunk length (4), "IHDR" (4), then width and height (big-endian).
  expect(bytes.getUint32(0)).to.equal(0x89504e47);
  expect(String.fromCharCode(...new Uint8Array(bytes.buffer, 12, 4))).to.equal('IHDR');
  return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
}

/** The text of every `<text>` of an SVG document, each line trimmed. */
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());

async function map(): Promise<MobilityMap> {
  const el = await fixture<MobilityMap>(html`<mobility-map region="US" export style="width: 1000px"></mobility-map>`);
  el.framework = acme;
  await el.updateComplete;
  return el;
}

describe('export: toSVG() and toPNG()', () => {
  it('<mobility-map>: toSVG() is an SVG document holding the drawn roles, the current view and the framework name, with no var()', async () => {
    const el = await map();
    el.currentRole = 'data-analyst-2';
    await el.updateComplete;
    const svg = (await el.toSVG());
    const doc = parseSvg(svg);
    const box = el.getBoundingClientRect();
    expect(Number(doc.documentElement.getAttribute('width'))).to.equal(Math.round(box.width));
    const drawn = texts(doc).join(' ');
    // Every role the map draws is in the picture, by its title (wrapped titles join with spaces).
    for (const node of el.shadowRoot!.querySelectorAll('[data-role-id] text')) expect(drawn).to.include(node.textContent!.trim().split(' ')[0]);
    expect(doc.querySelectorAll('[data-role-id]').length).to.equal(el.shadowRoot!.querySelectorAll('[data-role-id]').length);
    expect(drawn).to.include('Data Analyst');
    // The caption names the framework; the controls are not in the picture.
    expect(texts(doc).some((t) => t.startsWith(acme.name))).to.equal(true);
    expect(drawn).not.to.include('Find a role');
    expect(drawn).not.to.include('Download SVG');
    // Styles are resolved values: no custom property reaches the file.
    expect(svg).not.to.include('var(');
    expect(svg).not.to.include('--_');
    // The focused role keeps its fill (the accent), resolved to a colour.
    const focused = doc.querySelector('[data-role-id="data-analyst-2"] rect')!;
    expect(focused.getAttribute('fill')).to.match(/^rgb/);
    // The current zoom: the viewport transform of the live map.
    const live = el.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform');
    expect(doc.querySelector('g.viewport')!.getAttribute('transform')).to.equal(live);
  });

  it('<mobility-map>: follows a token set on the page (the theme), as its resolved value', async () => {
    const el = await map();
    el.style.setProperty('--career-color-accent', 'rgb(200, 10, 90)');
    el.currentRole = 'data-analyst-2';
    await el.updateComplete;
    const doc = parseSvg((await el.toSVG()));
    expect(doc.querySelector('[data-role-id="data-analyst-2"] rect')!.getAttribute('fill')).to.equal('rgb(200, 10, 90)');
  });

  it('<mobility-map>: toPNG({ scale: 2 }) is a PNG twice the size of the SVG view', async () => {
    const el = await map();
    const doc = parseSvg((await el.toSVG()));
    const blob = await el.toPNG({ scale: 2 });
    expect(blob.type).to.equal('image/png');
    const size = await pngSize(blob);
    expect(size.width).to.equal(2 * Number(doc.documentElement.getAttribute('width')));
    expect(size.height).to.equal(2 * Number(doc.documentElement.getAttribute('height')));
    expect(size.width).to.equal(2 * Math.round(el.getBoundingClientRect().width));
  });

  it('toPNG() rejects a scale that is not a positive number, without throwing synchronously', async () => {
    const el = await map();
    for (const scale of [0, -1, Number.NaN]) {
      const result = await el.toPNG({ scale }).then(() => 'resolved', (error: Error) => error.name);
      expect(result).to.equal('RangeError');
    }
  });

  it('the export button offers SVG and PNG and downloads them through an <a download> with an object URL', async () => {
    const el = await map();
    const root = el.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('[part="export"] summary')!;
    expect(summary.textContent!.trim()).to.equal('Export');
    const downloads: { name: string; href: string; type: string }[] = [];
    root.addEventListener('click', (event) => {
      const anchor = event.target as HTMLAnchorElement;
      if (anchor.localName !== 'a' || !anchor.hasAttribute('download')) return;
      event.preventDefault();
      downloads.push({ name: anchor.download, href: anchor.href, type: '' });
    }, true);
    summary.click();
    expect(root.querySelector<HTMLDetailsElement>('[part="export"]')!.open).to.equal(true);
    root.querySelector<HTMLButtonElement>('[data-export="svg"]')!.click();
    expect(root.querySelector<HTMLDetailsElement>('[part="export"]')!.open).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    root.querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
    const until = Date.now() + 5000;
    while (downloads.length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(downloads.map((d) => d.name)).to.deep.equal([`${acme.id}-mobility-map.svg`, `${acme.id}-mobility-map.png`]);
    for (const d of downloads) {
      expect(d.href).to.match(/^blob:/);
      d.type = (await (await fetch(d.href)).blob()).type;
    }
    expect(downloads.map((d) => d.type)).to.deep.equal(['image/svg+xml', 'image/png']);
    // The anchors are gone again.
    expect(root.querySelector('a[download]')).to.equal(null);
  });

  it('<ladder-compare> (an HTML table) and <skill-gap> (HTML and SVG): toSVG() draws their text as SVG text, toPNG() is 2× the view', async () => {
    const ladder = await fixture<CareerElement>(html`<ladder-compare family="data" region="US" current-role="data-analyst-2" export style="width: 900px"></ladder-compare>`);
    const gap = await fixture<CareerElement>(html`<skill-gap current-role="data-analyst-2" target="ml-engineer-3" export style="width: 900px"></skill-gap>`);
    for (const el of [ladder, gap]) {
      (el as CareerElement & { framework: unknown }).framework = acme;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      const svg = (await el.toSVG());
      const doc = parseSvg(svg);
      expect(svg).not.to.include('var(');
      expect(svg, 'no foreignObject: a canvas stays untainted').not.to.include('foreignObject');
      const size = await pngSize(await el.toPNG({ scale: 2 }));
      expect(size.width).to.equal(2 * Number(doc.documentElement.getAttribute('width')));
      expect(size.height).to.equal(2 * Number(doc.documentElement.getAttribute('height')));
      expect(texts(doc).some((t) => t.startsWith(acme.name)), 'the caption').to.equal(true);
      // The row of the Export button is cut off: the picture is the view, then the 22 px caption.
      const bar = el.shadowRoot!.querySelector('.export-bar')!.getBoundingClientRect();
      expect(Number(doc.documentElement.getAttribute('height'))).to.be.closeTo(Math.round(el.getBoundingClientRect().height - bar.height) + 22, 12);
    }
    // The ladder's roles, each by its title, on its own line of text.
    const ladderTexts = texts(parseSvg((await ladder.toSVG())));
    const roles = [...ladder.shadowRoot!.querySelectorAll('[data-role-id]')].map((n) => n.textContent!.trim());
    expect(roles.length).to.be.greaterThan(5);
    for (const title of roles) expect(ladderTexts).to.include(title);
    expect(ladderTexts.join(' ')).not.to.include('Show expectations');
    // The gap's skills, by name.
    const gapTexts = texts(parseSvg((await gap.toSVG()))).join(' ');
    for (const skill of ['MLOps', 'Machine learning', 'Python']) expect(gapTexts).to.include(skill);
    expect(gapTexts).to.include('Data Analyst → ML Engineer');
  });

  it('the export button works from the keyboard (Enter opens, Tab reaches the items, Escape closes) and passes axe', async function () {
    this.timeout(30_000);
    const el = await map();
    const root = el.shadowRoot!;
    const menu = root.querySelector<HTMLDetailsElement>('[part="export"]')!;
    const summary = menu.querySelector<HTMLElement>('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.textContent!.trim()).to.equal('Download SVG');
    expect(root.querySelector('.export-items')!.getAttribute('aria-label')).to.equal('Export this view');
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);
    await expect(el).to.be.accessible();
  });

  it('no export button without the export attribute', async () => {
    const el = await fixture<CareerElement>(html`<mobility-map style="width: 800px"></mobility-map>`);
    (el as MobilityMap).framework = acme;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
  });
});
