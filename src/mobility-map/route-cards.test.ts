import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerRouteSelectEvent } from '../events.js';
import { graph } from '../testing/graph-framework.js';
import type { MobilityMap } from './mobility-map.component.js';
import { parseThreshold } from './mobility-map-model.js';
import { routeBounds } from './mobility-map-scene.js';
import { routeKeyTarget } from './route-choice.js';
import './mobility-map.js';

/** Three routes from s to t (two of two moves, one of three), and a role only a suggested move reaches. */
const framework = () => graph(
  [
    ['s', 1, { sql: 2, python: 2 }], ['a', 2, { sql: 3, python: 3 }], ['b', 2, { sql: 3, python: 3 }], ['c', 2, { sql: 2 }], ['d', 3, { sql: 3 }], ['t', 4, { sql: 3, python: 3 }],
    ['twin', 1, { sql: 2, python: 2, stats: 1 }], ['island', 2, { stats: 3 }],
  ],
  [['s', 'a', { typicalMonths: 12 }], ['a', 't', { typicalMonths: 18, requirements: [{ label: 'SQL certificate', kind: 'certification' }] }], ['s', 'b'], ['b', 't'], ['s', 'c'], ['c', 'd'], ['d', 't'], ['twin', 'island']],
);

const shadow = (el: MobilityMap) => el.shadowRoot!;
const cards = (el: MobilityMap) => [...shadow(el).querySelectorAll<HTMLElement>('[part="route"]')];
const routeSteps = (el: MobilityMap) =>
  [...shadow(el).querySelectorAll('[data-route-step]')]
    .sort((x, y) => Number(x.getAttribute('data-route-order')) - Number(y.getAttribute('data-route-order')))
    .map((n) => `${n.getAttribute('data-route-order')}:${n.getAttribute('data-route-step')}`);

async function map(attrs: Record<string, string>): Promise<MobilityMap> {
  const el = await fixture<MobilityMap>(html`<mobility-map style="width: 1100px"></mobility-map>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.framework = framework();
  await el.updateComplete;
  return el;
}

describe('<mobility-map> routes', () => {
  it('offers the alternative routes as cards with totals, best first, and draws the best one', async function () {
    this.timeout(30_000); // axe over the whole map
    const el = await map({ 'current-role': 's', target: 't' });
    const shown = cards(el);
    expect(shown.map((c) => c.dataset.routeIndex)).to.deep.equal(['0', '1', '2']);
    expect(shown.map((c) => c.querySelector('.route-path')!.textContent!.replace(/\s+/g, ' ').replace(/ then /g, ' ').trim())).to.deep.equal(['s → a → t', 's → b → t', 's → c → d → t']);
    expect(shown[0].querySelector('.route-choose')!.getAttribute('aria-pressed')).to.equal('true');
    const facts = shown[0].querySelector('dl')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.include('30 months');
    expect(facts).to.include('1, 1 certification');
    expect(facts).to.include('Skills to build2 skills, 2 levels');
    expect(shown[0].querySelector('details')!.textContent).to.match(/SQL: Working → Practitioner/);
    expect(routeSteps(el)).to.deep.equal(['0:s', '1:a', '2:t']);
    await expect(el).to.be.accessible();
  });

  it('draws, frames and announces a chosen route; keyboard users walk the cards with the arrow keys', async () => {
    const el = await map({ 'current-role': 's', target: 't' });
    const seen: string[][] = [];
    el.addEventListener('career-route-select', (e: CareerRouteSelectEvent) => seen.push([...e.detail.steps]));
    const before = shadow(el).querySelector('g.viewport')!.getAttribute('transform');
    cards(el)[2].querySelector<HTMLButtonElement>('.route-choose')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([['s', 'c', 'd', 't']]);
    expect(routeSteps(el)).to.deep.equal(['0:s', '1:c', '2:d', '3:t']);
    expect([...shadow(el).querySelectorAll('.route-step')].map((n) => `${n.getAttribute('data-from')}>${n.getAttribute('data-to')}`)).to.deep.equal(['s>c', 'c>d', 'd>t']);
    expect(shadow(el).querySelector('[part="panel"] .route h4')!.textContent).to.match(/3 moves/);
    await waitUntil(() => shadow(el).querySelector('g.viewport')!.getAttribute('transform') !== before, 'the map frames the route');

    // Keyboard: the chosen card holds the tab stop; arrows choose the next one (wrapping), Home the best.
    shadow(el).querySelector<HTMLButtonElement>('[data-route-index="2"] .route-choose')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(seen.at(-1)).to.deep.equal(['s', 'a', 't']);
    expect(shadow(el).activeElement?.closest('[data-route-index]')?.getAttribute('data-route-index')).to.equal('0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(routeSteps(el)).to.deep.equal(['0:s', '1:c', '2:d', '3:t']);
    // No event when the host changes the target in code; the choice goes back to the best route.
    const count = seen.length;
    el.target = 'd';
    await el.updateComplete;
    expect(seen.length).to.equal(count);
    expect(routeSteps(el)).to.deep.equal(['0:s', '1:c', '2:d']);
  });

  it('says why there is no route: unreachable, or only through switched-off moves', async () => {
    const el = await map({ 'current-role': 'a', target: 's' });
    expect(cards(el)).to.have.length(0);
    expect(shadow(el).querySelector('.routes .notice')!.textContent).to.match(/No sequence of moves leads from a to s.*infer-moves/s);
    el.moveKinds = 'promotion';
    el.currentRole = 'c';
    el.target = 't';
    el.framework = graph([['c', 2], ['c2', 2], ['t', 3]], [['c', 'c2'], ['c2', 't']]);
    await el.updateComplete;
    expect(shadow(el).querySelector('.routes .notice')!.textContent).to.match(/only through moves the current filters switch off: c → c2 \(lateral move, cross-family\)/);
  });

  it('suggests inferred moves apart from declared ones, explained, drawn with data-inferred, and routes through them', async function () {
    this.timeout(30_000); // axe over the whole map
    const el = await map({ 'current-role': 's' });
    expect(shadow(el).querySelector('[data-inferred]')).to.equal(null);
    expect(shadow(el).querySelector('.suggested')).to.equal(null);

    el.setAttribute('infer-moves', '0.8');
    await el.updateComplete;
    const inferred = [...shadow(el).querySelectorAll('[part="move"][data-inferred]')];
    expect(inferred.map((n) => `${n.getAttribute('data-from')}>${n.getAttribute('data-to')}`)).to.deep.equal(['s>twin']);
    expect(inferred[0].getAttribute('aria-label')).to.match(/^Suggested: /);
    const suggested = shadow(el).querySelector('.suggested')!;
    expect(suggested.textContent).to.include('Suggested moves (1)');
    expect(suggested.querySelector('.explanation')!.textContent).to.equal('Shares PYTHON and SQL at Working; needs STATS to Awareness.');
    // Declared moves stay in their own list, without the suggested one.
    expect([...shadow(el).querySelectorAll('.moves-list .move-card')].map((n) => n.getAttribute('data-to'))).to.not.include('twin');

    el.setAttribute('infer-moves', '0.95');
    await el.updateComplete;
    expect(shadow(el).querySelector('.suggested')!.textContent).to.include('None at this threshold');

    el.setAttribute('infer-moves', '');
    el.target = 'island';
    await el.updateComplete;
    expect(routeSteps(el)).to.deep.equal(['0:s', '1:twin', '2:island']);
    expect(shadow(el).querySelector('.route-step[data-inferred]')!.getAttribute('data-to')).to.equal('twin');
    expect(cards(el)[0].textContent).to.match(/Suggested moves\s*1 \(not in the framework\)/);
    await expect(el).to.be.accessible();
  });
});

describe('route card helpers', () => {
  it('reads the infer-moves threshold', () => {
    expect([null, undefined, '', ' ', '0.3', '2', '-1', 'abc'].map((v) => parseThreshold(v))).to.deep.equal([undefined, undefined, 0.6, 0.6, 0.3, 1, 0, undefined]);
  });

  it('moves between route cards with arrows, Home and End, wrapping', () => {
    expect(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'Home', 'End', 'x'].map((key) => routeKeyTarget(key, 0, 3))).to.deep.equal([1, 2, 1, 0, 2, undefined]);
    expect(routeKeyTarget('ArrowRight', 2, 3)).to.equal(0);
  });

  it('frames the roles of a route with a margin', () => {
    const node = (id: string, x: number, y: number) => [id, { id, x, y, width: 100, height: 40 }] as const;
    const nodes = new Map([node('a', 0, 0), node('b', 300, 200)]) as never;
    expect(routeBounds(['a', 'b', 'hidden'], nodes, 10)).to.deep.equal({ x: -10, y: -10, width: 420, height: 260 });
    expect(routeBounds(['hidden'], nodes)).to.equal(undefined);
  });
});
