// "Adding a move kind is one vocabulary row and one colour token": this test adds a row to the
// move-kind table before any element module loads, and finds the new kind in the map's legend and
// arrowheads, in a panel card, and in the CSS (its default colour, and its --career-color-* token).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { MOVE_KINDS } from '../src/format/vocabulary.js';
import type { Framework } from '../src/format/types.js';

const SECONDMENT = { label: 'Secondment', legend: 'Secondment', colour: '#0e7490' };
// The one row. Nothing else in src/ is told about "secondment".
(MOVE_KINDS as Record<string, typeof SECONDMENT>).secondment = SECONDMENT;

// Element modules load after the row is added (static imports above load only the vocabulary).
await import('../src/define.js');
const { MobilityMap } = await import('../src/mobility-map/mobility-map.component.js');
const { moveCard } = await import('../src/mobility-map/mobility-map-panel.js');
const { FrameworkIndex } = await import('../src/model/framework-index.js');

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

after(() => {
  delete (MOVE_KINDS as Record<string, unknown>).secondment;
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('a move kind added to the vocabulary', () => {
  it('shows in the legend and the arrowheads of <mobility-map>, coloured by its token', async () => {
    const el = await fixture<InstanceType<typeof MobilityMap>>(html`<mobility-map .framework=${acme}></mobility-map>`);
    await el.updateComplete;
    const swatch = el.shadowRoot!.querySelector('.legend .swatch.secondment')!;
    expect(swatch, 'a legend swatch').to.exist;
    expect(swatch.parentElement!.textContent!.trim()).to.equal('Secondment');
    expect(getComputedStyle(swatch).backgroundColor, 'the default colour').to.equal(rgb(SECONDMENT.colour));
    expect(el.shadowRoot!.querySelector('marker#arrow-secondment'), 'an arrowhead').to.exist;

    el.style.setProperty('--career-color-secondment', 'rgb(1, 2, 3)');
    expect(getComputedStyle(swatch).backgroundColor, 'the --career-color-secondment token').to.equal('rgb(1, 2, 3)');
  });

  it('shows in a panel card: its label as the kind tag, in its colour', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = MobilityMap.elementStyles.map((style) => ('styleSheet' in style ? style.styleSheet! : style) as CSSStyleSheet);
    const index = new FrameworkIndex(acme);
    const move = { from: 'data-analyst-2', to: 'risk-analyst-2', kind: 'secondment', crossFamily: true, trackSwitch: false, declared: true } as never;
    render(html`<ul>${moveCard({ index, onMove: () => {} }, move)}</ul>`, root);
    const tag = root.querySelector('.tag.move-kind')!;
    expect(tag.textContent).to.equal('Secondment');
    expect(getComputedStyle(tag).backgroundColor).to.equal(rgb(SECONDMENT.colour));
    expect(root.querySelector('.move-card')!.textContent).to.contain('Secondment');
  });
});
