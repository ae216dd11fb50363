// <mobility-map> at 1,000 roles (issue 11): the family overview and its data contract, semantic
// zoom into a family, focus that frames a role with 24 moves, the announcement, the keyboard walk
// from a role to its moves and on, and reduced motion.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Framework } from '../format/types.js';
import { generateFramework } from '../testing/generate-framework.js';
import type { MobilityMap } from './mobility-map.component.js';
import './mobility-map.js';

/** A generated 1,000-role framework where one role has 24 moves: 6 promotions, 17 lateral, 1 step back. */
function frameworkWithBusyRole(): { framework: Framework; busy: string } {
  const framework = generateFramework({ roles: 1000, seed: 7 });
  const rank = new Map(framework.levels.map((level) => [level.id, level.rank]));
  const busy = framework.roles.find((role) => rank.get(role.level) === 3 && role.track === 'ic')!;
  const others = framework.roles.filter((role) => role.family !== busy.family && role.track === 'ic');
  const at = (r: number, n: number) => others.filter((role) => rank.get(role.level) === r).filter((_, i) => i % 7 === 0).slice(0, n);
  const destinations = [...at(4, 6), ...at(3, 17), ...at(2, 1)];
  const moves = framework.moves!.filter((move) => move.from !== busy.id);
  moves.push(...destinations.map((role) => ({ from: busy.id, to: role.id })));
  return { framework: { ...framework, moves }, busy: busy.id };
}

const { framework, busy } = frameworkWithBusyRole();
const shadow = (el: MobilityMap) => el.shadowRoot!;
const scale = (el: MobilityMap) => Number(/scale\(([-\d.e]+)\)/.exec(shadow(el).querySelector('g.viewport')!.getAttribute('transform') ?? '')?.[1] ?? 1);
const mapBox = (el: MobilityMap) => shadow(el).querySelector('.map')!.getBoundingClientRect();
const families = (el: MobilityMap) => [...shadow(el).querySelectorAll<SVGGElement>('[data-family-id]')];
const roles = (el: MobilityMap) => [...shadow(el).querySelectorAll<SVGGElement>('[data-role-id]')];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function large(): Promise<MobilityMap> {
  const el = await fixture<MobilityMap>(html`<mobility-map region="us" .framework=${framework}></mobility-map>`);
  await el.updateComplete;
  await frame();
  return el;
}

describe('<mobility-map> on 1,000 roles', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('opens on the family overview: data-family-id nodes, data-flow-* flows strongest first under a cap, readable names', async () => {
    const el = await large();
    await expect(el).to.be.accessible();
    expect(families(el)).to.have.length(framework.families.length);
    expect(roles(el)).to.have.length(0);
    const flows = [...shadow(el).querySelectorAll('[data-flow-from]')];
    expect(flows.length).to.be.within(10, 40);
    const counts = flows.map((flow) => Number(flow.getAttribute('data-count')));
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    const ids = new Set(framework.families.map((f) => f.id));
    for (const flow of flows) {
      expect(ids.has(flow.getAttribute('data-flow-from')!) && ids.has(flow.getAttribute('data-flow-to')!)).to.be.true;
      expect(flow.getAttribute('aria-label')).to.match(/^\d+ moves? from .+ to .+$/);
    }
    // Every family name at least 10 px on screen, inside the map.
    const map = mapBox(el);
    for (const name of shadow(el).querySelectorAll<SVGTextElement>('.family-name')) {
      expect(parseFloat(getComputedStyle(name).fontSize) * scale(el)).to.be.at.least(10);
      const box = name.getBoundingClientRect();
      expect(box.left >= map.left && box.right <= map.right && box.bottom <= map.bottom, name.textContent!).to.be.true;
    }
    expect(shadow(el).querySelector('[part="panel"]')!.textContent).to.match(/more moves between \d+ other pairs of families, not drawn/);
  });

  it('opens a family on click with readable titles, and the breadcrumb returns to the overview', async () => {
    const el = await large();
    const family = framework.families[0];
    families(el).find((f) => f.dataset.familyId === family.id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    await frame();
    const drawn = roles(el);
    expect(drawn.length).to.equal(framework.roles.filter((r) => r.family === family.id).length);
    expect(drawn.every((node) => framework.roles.find((r) => r.id === node.dataset.roleId)!.family === family.id)).to.be.true;
    expect(shadow(el).querySelectorAll('.role-label').length).to.equal(drawn.length);
    expect(12 * scale(el)).to.be.at.least(10);
    const crumbs = shadow(el).querySelector('[part="breadcrumb"]')!;
    expect(crumbs.textContent).to.include(family.label);
    crumbs.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(families(el)).to.have.length(framework.families.length);
  });

  it('opens a family with Enter and goes back with Escape', async () => {
    const el = await large();
    families(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const chosen = shadow(el).activeElement!.getAttribute('data-family-id');
    expect(chosen).to.equal(framework.families.find((f) => f.id !== families(el)[0].dataset.familyId && f.cluster === framework.families[0].cluster)!.id);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(roles(el).length).to.be.greaterThan(0);
    roles(el)[0].focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(families(el)).to.have.length(framework.families.length);
  });

  it('crosses the same thresholds by wheel: zooming in opens the family under the view centre, zooming out returns', async () => {
    const el = await large();
    const canvas = shadow(el).querySelector('svg.canvas')!;
    const wheel = (deltaY: number) => {
      const box = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true, cancelable: true }));
    };
    for (let i = 0; i < 8; i++) wheel(-120);
    await waitUntil(() => roles(el).length > 0, 'a family opens', { timeout: 2000 });
    expect(new Set(roles(el).map((n) => framework.roles.find((r) => r.id === n.dataset.roleId)!.family)).size).to.equal(1);
    for (let i = 0; i < 6; i++) wheel(120);
    await waitUntil(() => families(el).length > 0, 'back to the overview', { timeout: 2000 });
  });

  it('frames a role with 24 moves: the role and every destination inside the map with titles of at least 10 px, announced by kind', async () => {
    const el = await large();
    el.currentRole = busy;
    await el.updateComplete;
    await frame();
    const moves = [...shadow(el).querySelectorAll('[part="move"]')];
    expect(moves).to.have.length(24);
    const map = mapBox(el);
    const ids = [busy, ...moves.map((m) => m.getAttribute('data-to')!)];
    for (const id of ids) {
      const box = roles(el).find((n) => n.dataset.roleId === id)!.getBoundingClientRect();
      expect(box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom, id).to.be.true;
    }
    expect(12 * scale(el)).to.be.at.least(10);
    // Drawn as the role's neighbourhood: the moves under the roles (they would cross the titles), each title inside its box.
    const [movesLayer, rolesLayer] = ['g.moves', 'g.roles'].map((selector) => shadow(el).querySelector(selector)!);
    expect(movesLayer.compareDocumentPosition(rolesLayer) & Node.DOCUMENT_POSITION_FOLLOWING, 'moves before roles').to.not.equal(0);
    // A long word may use the box's whole width, up to its border (3 px here).
    for (const id of ids) {
      const node = roles(el).find((n) => n.dataset.roleId === id)!;
      const [box, title] = [node.querySelector('rect')!, node.querySelector('text')!].map((n) => n.getBoundingClientRect());
      expect(title.left >= box.left - 3 && title.right <= box.right + 3, `the title of ${id} in its box: ${node.querySelector('text')!.textContent}`).to.be.true;
    }
    expect(shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.include('24 moves: 6 promotions, 17 lateral, 1 step back');
    await expect(el).to.be.accessible();
  });

  it('walks by keyboard from the role to its moves (named from, to, kind and pay) and on to a destination', async () => {
    const el = await large();
    el.currentRole = busy;
    await el.updateComplete;
    roles(el).find((n) => n.dataset.roleId === busy)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    let active = shadow(el).activeElement!;
    expect(active.getAttribute('data-move-index')).to.equal('0');
    expect(active.getAttribute('aria-label')).to.match(/^Promotion.*: .+ to .+, pay [+−±]/);
    expect(shadow(el).querySelectorAll('svg [tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    active = shadow(el).activeElement!;
    expect(active.getAttribute('data-move-index')).to.equal('1');
    const to = active.getAttribute('data-to')!;
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const picked = await oneEvent(el, 'career-move-select');
    expect(picked.detail).to.deep.equal({ from: busy, to });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement!.getAttribute('data-role-id')).to.equal(to);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const chosen = await oneEvent(el, 'career-role-select');
    expect(chosen.detail).to.deep.equal({ roleId: to });
  });

  it('finds a role by search and frames it the same way', async () => {
    const el = await large();
    const role = framework.roles.find((r) => r.id === busy)!;
    const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.focus();
    await sendKeys({ type: role.title });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(el.currentRole).to.equal(busy);
    expect(shadow(el).querySelectorAll('[part="move"]')).to.have.length(24);
    expect(12 * scale(el)).to.be.at.least(10);
  });
});

describe('<mobility-map> focus framing motion', () => {
  let acme: Framework;
  before(async () => {
    acme = await (await fetch('/src/examples/acme.json')).json();
  });

  async function zoomedAway(): Promise<MobilityMap> {
    const el = await fixture<MobilityMap>(html`<mobility-map region="US" style="width: 1100px" .framework=${acme}></mobility-map>`);
    el.zoomBy(4);
    await el.updateComplete;
    return el;
  }

  it('moves the view at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await zoomedAway();
    const before = scale(el);
    el.currentRole = 'head-of-data-6';
    await el.updateComplete;
    expect(scale(el)).to.not.equal(before);
    const settled = shadow(el).querySelector('g.viewport')!.getAttribute('transform');
    await frame();
    await frame();
    expect(shadow(el).querySelector('g.viewport')!.getAttribute('transform')).to.equal(settled);
  });

  it('animates the framing otherwise, over several frames', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await zoomedAway();
    const seen = new Set<string>();
    el.currentRole = 'head-of-data-6';
    await el.updateComplete;
    for (let i = 0; i < 10; i++) {
      seen.add(shadow(el).querySelector('g.viewport')!.getAttribute('transform')!);
      await frame();
    }
    expect(seen.size).to.be.greaterThan(3);
    await waitUntil(() => 12 * scale(el) >= 10, 'the framing ends readable', { timeout: 2000 });
  });
});
