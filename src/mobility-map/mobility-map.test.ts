import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/career-framework.js';
import type { CareerFramework } from '../provider/career-framework.component.js';
import type { Framework } from '../format/types.js';
import { generateFramework } from '../testing/generate-framework.js';
import { FrameworkIndex } from '../model/framework-index.js';
import type { MobilityMap } from './mobility-map.component.js';
import { layoutMap } from './mobility-map-layout.js';
import { textSettingOf } from './text-measure.js';
import { competencyFramework } from '../../test/fixtures/competency-framework.js';
import './mobility-map.js';

let acme: Framework;
before(async () => {
  acme = (await (await fetch('/src/examples/acme.json')).json()) as Framework;
});

const shadow = (el: MobilityMap) => el.shadowRoot!;
const roleIds = (el: MobilityMap) => [...shadow(el).querySelectorAll('[data-role-id]')].map((n) => n.getAttribute('data-role-id'));
const roleNode = (el: MobilityMap, id: string) => [...shadow(el).querySelectorAll<SVGGElement>('[data-role-id]')].find((n) => n.getAttribute('data-role-id') === id)!;
const drawnMoves = (el: MobilityMap) => [...shadow(el).querySelectorAll('[part="move"]')].map((n) => `${n.getAttribute('data-from')}>${n.getAttribute('data-to')}`);
const panel = (el: MobilityMap) => shadow(el).querySelector('[part="panel"]')!;
const card = (el: MobilityMap, from: string, to: string) => [...panel(el).querySelectorAll('.move-card')].find((n) => n.getAttribute('data-from') === from && n.getAttribute('data-to') === to)!;
const click = (node: Element) => node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

async function standalone(attrs: Partial<Pick<MobilityMap, 'currentRole' | 'target' | 'families' | 'tracks' | 'moveKinds' | 'overviewThreshold'>> = {}, framework: unknown = acme): Promise<MobilityMap> {
  const el = await fixture<MobilityMap>(html`<mobility-map region="US" style="width: 1100px"></mobility-map>`);
  Object.assign(el, attrs);
  el.framework = framework;
  await el.updateComplete;
  return el;
}

/** Records the kit's user-action events fired by an element. */
function spy(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('career-role-select', (e) => seen.push(`role:${e.detail.roleId}`));
  el.addEventListener('career-move-select', (e) => seen.push(`move:${e.detail.from}>${e.detail.to}`));
  return seen;
}

describe('<mobility-map>', () => {
  it('passes axe in the overview and when a role is focused', async function () {
    this.timeout(30_000); // axe over the whole map, twice: slow on a loaded machine
    const el = await standalone();
    await expect(el).to.be.accessible();
    el.setAttribute('current-role', 'data-analyst-2'); // in markup: current-role keeps the ARIA role clean
    el.target = 'ml-engineer-3';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows every role and aggregated family flows, not every move, in the overview', async () => {
    const el = await standalone();
    expect(roleIds(el)).to.have.length(43);
    expect(drawnMoves(el)).to.deep.equal([]);
    const flows = shadow(el).querySelectorAll('[part="flow"]');
    expect(flows.length).to.be.greaterThan(0);
    expect(flows[0].getAttribute('aria-label')).to.match(/^\d+ moves? from \w/);
    expect(panel(el).textContent).to.include('Moves between families');
  });

  it('focuses a role from the attribute: its moves drawn, the rest dimmed, the panel filled', async () => {
    const el = await fixture<MobilityMap>(html`<mobility-map role="data-analyst-2" region="US" style="width: 1100px" .framework=${acme}></mobility-map>`);
    expect(drawnMoves(el)).to.have.members([
      'data-analyst-2>senior-data-analyst-3', 'data-analyst-2>data-engineer-3', 'data-analyst-2>bi-developer-3',
      'data-analyst-2>ml-engineer-3', 'data-analyst-2>product-analyst-2', 'data-analyst-2>ai-trainer-2',
    ]);
    expect(roleNode(el, 'data-analyst-2').classList.contains('focused')).to.be.true;
    expect(roleNode(el, 'data-analyst-2').getAttribute('aria-pressed')).to.equal('true');
    expect(roleNode(el, 'ml-engineer-3').classList.contains('dim')).to.be.false;
    expect(roleNode(el, 'head-of-data-6').classList.contains('dim')).to.be.true;
    const text = panel(el).textContent!.replace(/\s+/g, ' ');
    for (const part of ['Data Analyst', 'Data', 'Individual contributor', 'L2 Professional (IC2)', 'Answers business questions', '$78,000 – $102,000']) expect(text).to.include(part);
    const table = shadow(el).querySelector('.visually-hidden > table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Moves from Data Analyst');
    expect(table.querySelectorAll('tbody tr')).to.have.length(6);
  });

  it('shows what a move takes: kind, requirements, certifications, learning links, mentors, time, pay and skill gap', async () => {
    const el = await standalone({ currentRole: 'internal-auditor-3' });
    const move = card(el, 'internal-auditor-3', 'risk-manager-4');
    const text = move.textContent!.replace(/\s+/g, ' ');
    for (const part of ['Promotion', 'Track switch', 'Risk analysis certification', 'Certification', 'First-time manager programme', 'Oliver Grant, Chief Risk Officer', '24 months', 'Skills to build']) {
      expect(text, part).to.include(part);
    }
    expect(text).to.match(/Pay change \(US\)\s*\+\$[\d,]+ \(\+\d+%\)/);
    const links = [...move.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).to.match(/^https:\/\//);
      expect(link.getAttribute('rel')).to.equal('noopener');
    }
    expect(card(el, 'internal-auditor-3', 'compliance-analyst-3').textContent).to.include('Lateral move');
  });

  it('says what a move asks in competency terms on a competency-only framework, never "no skill gap"', async () => {
    const el = await standalone({ currentRole: 'eng-1' }, competencyFramework());
    const promotion = card(el, 'eng-1', 'eng-2');
    const rows = [...promotion.querySelectorAll<HTMLElement>('.competencies [data-competency-id]')];
    expect(rows.map((r) => r.dataset.competencyId)).to.deep.equal(['delivery', 'people']);
    expect(rows[0].textContent!.replace(/\s+/g, ' ')).to.contain('Delivery · 1 new, 1 changed');
    expect([...rows[0].querySelectorAll('li[data-change]')].map((li) => li.getAttribute('data-change'))).to.deep.equal(['changed', 'added']);
    expect(panel(el).textContent).not.to.contain('No skill gap');
    const bare = await standalone({ currentRole: 'eng-1' }, { ...competencyFramework(), competencies: [] });
    expect(card(bare, 'eng-1', 'eng-2').textContent).to.contain('The framework does not describe what this move takes');
    expect(panel(bare).textContent).not.to.contain('No skill gap');
  });

  it('focuses a role on click and fires career-role-select; no event on programmatic set', async () => {
    const el = await standalone();
    const events = spy(el);
    el.currentRole = 'data-engineer-3';
    el.target = 'staff-data-engineer-5';
    await el.updateComplete;
    el.target = null;
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    const fired = oneEvent(el, 'career-role-select');
    click(roleNode(el, 'ml-engineer-3'));
    const event = await fired;
    expect(event.detail).to.deep.equal({ roleId: 'ml-engineer-3' });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(el.currentRole).to.equal('ml-engineer-3');
    expect(drawnMoves(el).every((m) => m.startsWith('ml-engineer-3>'))).to.be.true;
  });

  it('fires career-move-select from the panel and from a move on the map', async () => {
    const el = await standalone({ currentRole: 'data-analyst-2' });
    const events = spy(el);
    card(el, 'data-analyst-2', 'bi-developer-3').querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(card(el, 'data-analyst-2', 'bi-developer-3').classList.contains('selected')).to.be.true;
    const onMap = [...shadow(el).querySelectorAll('[part="move"]')].find((n) => n.getAttribute('data-to') === 'ai-trainer-2')!;
    click(onMap.querySelector('path')!);
    expect(events).to.deep.equal(['move:data-analyst-2>bi-developer-3', 'move:data-analyst-2>ai-trainer-2']);
    expect(onMap.getAttribute('aria-label')).to.match(/^Lateral move: Data Analyst to AI Trainer, pay [±+−]\$[\d,]+ \(.*%\)$/);
  });

  it('is one tab stop: arrows move between roles, Enter focuses, Escape clears, + and − zoom', async () => {
    const el = await standalone();
    const events = spy(el);
    const stops = shadow(el).querySelectorAll('[data-role-id][tabindex="0"]');
    expect(stops).to.have.length(1);
    roleNode(el, 'data-analyst-2').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-role-id')).to.equal('ai-trainer-2');
    expect(roleNode(el, 'ai-trainer-2').getAttribute('tabindex')).to.equal('0');
    expect(shadow(el).querySelectorAll('[data-role-id][tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentRole).to.equal('ai-trainer-2');
    expect(events).to.deep.equal(['role:ai-trainer-2']);
    const viewport = shadow(el).querySelector('g.viewport')!;
    const before = viewport.getAttribute('transform');
    await sendKeys({ press: '+' });
    expect(viewport.getAttribute('transform')).to.not.equal(before);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.currentRole).to.equal(null);
    expect(drawnMoves(el)).to.deep.equal([]);
  });

  it('filters families, tracks and move kinds', async () => {
    const el = await standalone({ currentRole: 'data-analyst-2', families: 'data,product' });
    expect(new Set(roleIds(el).map((id) => acme.roles.find((r) => r.id === id)!.family))).to.deep.equal(new Set(['data', 'product']));
    el.families = undefined;
    el.tracks = 'management';
    await el.updateComplete;
    expect(roleIds(el).every((id) => acme.roles.find((r) => r.id === id)!.track === 'management')).to.be.true;
    el.tracks = undefined;
    el.moveKinds = 'lateral';
    await el.updateComplete;
    expect(drawnMoves(el)).to.have.members(['data-analyst-2>product-analyst-2', 'data-analyst-2>ai-trainer-2']);
    expect(panel(el).querySelectorAll('.move-card')).to.have.length(2);
    el.moveKinds = 'promotion, step-back';
    await el.updateComplete;
    expect(drawnMoves(el)).to.have.length(4);
  });

  it('draws the best route to a target as a numbered path and lists its steps', async () => {
    const el = await standalone({ currentRole: 'data-analyst-1', target: 'ml-engineer-3' });
    expect(drawnMoves(el)).to.deep.equal(['data-analyst-1>data-analyst-2', 'data-analyst-2>ml-engineer-3']);
    expect([...shadow(el).querySelectorAll('.step-number')].map((n) => n.textContent)).to.deep.equal(['1', '2']);
    const steps = panel(el).querySelectorAll('.route .move-card');
    expect(steps).to.have.length(2);
    expect(panel(el).querySelector('.route h4')!.textContent).to.match(/Route to ML Engineer: 2 moves/);
    expect(steps[1].textContent).to.include('Aiko Tanaka, ML Engineer');
    expect(roleNode(el, 'head-of-data-6').classList.contains('dim')).to.be.true;
  });

  it('explains unknown role and target ids and keeps the map usable', async () => {
    const el = await standalone({ currentRole: 'ghost', target: 'nowhere' });
    expect(panel(el).querySelector('[role="alert"]')!.textContent).to.include('No role “ghost”');
    expect(panel(el).textContent).to.include('No target role “nowhere”');
    expect(roleIds(el)).to.have.length(43);
    click(roleNode(el, 'risk-analyst-2'));
    await el.updateComplete;
    expect(panel(el).querySelector('[role="alert"]')?.textContent ?? '').to.not.include('ghost');
  });

  it('shows the kit error panel for an invalid framework', async () => {
    const el = await standalone({}, { format: 'career-framework/1', id: 'x', name: 'Broken', levels: [], tracks: 'ic', families: [], roles: [{ id: 'r' }] });
    expect(shadow(el).querySelector('[part="error"]')).to.exist;
    expect(roleIds(el)).to.deep.equal([]);
  });

  it('finds a role by title in the search field and focuses it', async () => {
    const el = await standalone();
    const events = spy(el);
    const search = shadow(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.focus();
    await sendKeys({ type: 'ml eng' });
    await el.updateComplete;
    expect(search.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentRole).to.equal('ml-engineer-3');
    expect(events).to.deep.equal(['role:ml-engineer-3']);
  });

  it('shows a tooltip card on hover', async () => {
    const el = await standalone();
    roleNode(el, 'people-partner-4').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tooltip = shadow(el).querySelector('[part="tooltip"]')!;
    expect(tooltip.textContent).to.include('People Partner');
    expect(tooltip.textContent).to.match(/US: \$/);
  });

  it('follows the provider selection when linked, and lets the provider decide on clicks', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${acme} role="data-analyst-2"><mobility-map region="US"></mobility-map></career-framework>`);
    const el = provider.querySelector('mobility-map')!;
    await el.updateComplete;
    expect(roleNode(el, 'data-analyst-2').classList.contains('focused')).to.be.true;
    click(roleNode(el, 'ml-engineer-3'));
    await provider.updateComplete;
    await el.updateComplete;
    expect(provider.target).to.equal('ml-engineer-3');
    expect(el.currentRole).to.equal(null);
    expect(drawnMoves(el)).to.deep.equal(['data-analyst-2>ml-engineer-3']);
  });

  it('draws labels that do not overlap at the default zoom', async () => {
    const el = await standalone();
    await waitUntil(() => !/scale\(1\)$/.test(shadow(el).querySelector('g.viewport')?.getAttribute('transform') ?? 'scale(1)'), 'the map fits itself');
    await el.updateComplete;
    const boxes = [...shadow(el).querySelectorAll('text')].filter((t) => t.textContent!.trim()).map((t) => t.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(43);
    const clashes = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) clashes.push([i, j]);
      }
    }
    expect(clashes).to.deep.equal([]);
  });

  describe('level of detail on 3,000 roles and 15,000 moves', () => {
    const framework = generateFramework({ roles: 3000, families: 24, levels: 7, skills: 60, movesPerRole: 5, seed: 11 });
    /** The map's layout as the element makes it: its boxes are as wide as the longest word of a title in the map's font. */
    const layoutOf = (el: MobilityMap) => layoutMap(new FrameworkIndex(framework), { measure: textSettingOf(el, undefined).measure });
    const shapes = (el: MobilityMap) => shadow(el).querySelector('.shapes')!;
    /** Where a role's centre is on screen, from the layout and the map's current transform. */
    function onScreen(el: MobilityMap, id: string) {
      const node = layoutOf(el).roles.find((r) => r.id === id)!;
      const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(shadow(el).querySelector('g.viewport')!.getAttribute('transform')!)!.map(Number);
      const box = shadow(el).querySelector('svg.canvas')!.getBoundingClientRect();
      return { clientX: box.left + x + (node.x + node.width / 2) * k, clientY: box.top + y + (node.y + node.height / 2) * k };
    }

    it('draws the fitted map as aggregated shapes, flows and the one tab stop, without unreadable labels', async () => {
      const started = performance.now();
      const el = await standalone({ overviewThreshold: 5000 }, framework);
      expect(shadow(el).querySelectorAll('.shapes path')).to.have.length(3);
      expect(roleIds(el)).to.have.length(1); // the keyboard's tab stop
      expect(shadow(el).querySelectorAll('[part="flow"]').length).to.be.within(1, 60);
      expect(shadow(el).querySelectorAll('.role-label')).to.have.length(0);
      el.currentRole = framework.roles[0].id;
      await el.updateComplete;
      const moves = drawnMoves(el);
      expect(moves.length).to.be.within(1, 10);
      // The focused role and every destination of its moves are drawn as elements.
      expect(roleIds(el)).to.include.members([framework.roles[0].id, ...moves.map((m) => m.split('>')[1])]);
      expect(performance.now() - started).to.be.below(8000);
    });

    it('draws the roles in view, with their titles, once zoomed in to read', async () => {
      const el = await standalone({ overviewThreshold: 5000 }, framework);
      el.zoomBy(12);
      await el.updateComplete;
      const ids = roleIds(el) as string[];
      expect(ids.length).to.be.within(2, 600);
      expect(shadow(el).querySelectorAll('.role-label').length).to.equal(ids.length);
      const map = shadow(el).querySelector('.map')!.getBoundingClientRect();
      for (const id of ids.slice(0, -1)) { // the last is the tab stop, drawn wherever it is
        const box = roleNode(el, id).getBoundingClientRect();
        expect(box.right > map.left - 150 && box.left < map.right + 150 && box.bottom > map.top - 150 && box.top < map.bottom + 150, id).to.be.true;
      }
    });

    it('finds the role under the pointer on the aggregated layer: hover shows it, a click focuses it', async () => {
      const el = await standalone({ overviewThreshold: 5000 }, framework);
      const id = framework.roles[1234].id;
      const events = spy(el);
      shapes(el).dispatchEvent(new PointerEvent('pointermove', { ...onScreen(el, id), bubbles: true, composed: true }));
      await el.updateComplete;
      expect(roleIds(el)).to.include(id);
      expect(shadow(el).querySelector('[part="tooltip"]')!.textContent).to.include(framework.roles[1234].title);
      shapes(el).dispatchEvent(new MouseEvent('click', { ...onScreen(el, framework.roles[7].id), bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.currentRole).to.equal(framework.roles[7].id);
      expect(events).to.deep.equal([`role:${framework.roles[7].id}`]);
    });
  });
});
