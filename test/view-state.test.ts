import { expect, fixture, html } from '@open-wc/testing';
import type { Framework, Profile } from '../src/format/types.js';
import type { CareerFramework } from '../src/provider/career-framework.component.js';
import type { LadderCompare } from '../src/ladder-compare/ladder-compare.component.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import type { SkillGap } from '../src/skill-gap/skill-gap.component.js';
import '../src/provider/career-framework.js';
import '../src/mobility-map/mobility-map.js';
import '../src/ladder-compare/ladder-compare.js';
import '../src/skill-gap/skill-gap.js';

let acme: Framework;
before(async () => {
  acme = (await (await fetch('/src/examples/acme.json')).json()) as Framework;
});

const startHash = location.hash;
afterEach(() => history.replaceState(history.state, '', `${location.pathname}${location.search}${startHash}`));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean>; framework?: unknown }>(el: T): Promise<T> {
  el.framework = acme;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

const mapTemplate = (id = '', urlState = false) => html`<mobility-map id=${id} ?url-state=${urlState} style="width: 900px"></mobility-map>`;
const viewport = (el: MobilityMap) => el.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform');

/** Records career-error events: bad view state must not raise one. */
function errors(el: HTMLElement): Event[] {
  const seen: Event[] = [];
  el.addEventListener('career-error', (e) => seen.push(e));
  return seen;
}

describe('view state: getViewState() / setViewState()', () => {
  it('<mobility-map>: selection, filters, region, route, move and zoom round trip into another map', async () => {
    const a = await ready(await fixture<MobilityMap>(mapTemplate()));
    expect(a.getViewState()).to.deep.equal({ v: 1 });
    Object.assign(a, { currentRole: 'data-analyst-2', target: 'ml-engineer-3', region: 'US', moveKinds: 'promotion,lateral' });
    await a.updateComplete;
    await frame(); // the map area takes its new height (and fits) before the user zooms
    await a.updateComplete;
    a.zoomBy(1.5);
    await a.updateComplete;
    const state = a.getViewState();
    expect(state).to.include({ v: 1, currentRole: 'data-analyst-2', target: 'ml-engineer-3', region: 'US', moveKinds: 'promotion,lateral' });
    expect(state.zoom).to.have.keys(['k', 'cx', 'cy']);
    expect(JSON.parse(JSON.stringify(state))).to.deep.equal(state);

    const b = await ready(await fixture<MobilityMap>(mapTemplate()));
    const seen = errors(b);
    expect(b.setViewState(state)).to.deep.equal([]);
    await b.updateComplete;
    await frame();
    await b.updateComplete;
    expect(b.getViewState()).to.deep.equal(state);
    // The same view (the state rounds to a thousandth).
    const numbers = (el: MobilityMap) => viewport(el)!.match(/-?[\d.]+/g)!.map(Number);
    numbers(b).forEach((n, i) => expect(n).to.be.closeTo(numbers(a)[i], 0.5));
    expect(b.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(seen).to.have.length(0);

    // Absent fields go back to their defaults: the map is fitted again, nothing focused.
    expect(b.setViewState({ v: 1 })).to.deep.equal([]);
    await b.updateComplete;
    expect(b.getViewState()).to.deep.equal({ v: 1 });
    expect(b.currentRole).to.equal(null);
  });

  it('<mobility-map>: the chosen route and a selected move are part of the state', async () => {
    const a = await ready(await fixture<MobilityMap>(mapTemplate()));
    Object.assign(a, { currentRole: 'data-analyst-2', target: 'ml-engineer-3' });
    await a.updateComplete;
    const cards = a.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="route"] .route-choose');
    expect(cards.length).to.be.greaterThan(1);
    cards[1].click();
    await a.updateComplete;
    const state = a.getViewState();
    expect(state.route).to.equal(1);
    const b = await ready(await fixture<MobilityMap>(mapTemplate()));
    b.setViewState(state);
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('[data-route-index="1"]')!.getAttribute('aria-pressed') ?? b.shadowRoot!.querySelector('[data-route-index="1"] .route-choose')!.getAttribute('aria-pressed')).to.equal('true');
    expect(b.getViewState().route).to.equal(1);

    b.setViewState({ v: 1, currentRole: 'data-analyst-2', move: { from: 'data-analyst-2', to: 'data-engineer-3' } });
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('[part="move"].selected')!.getAttribute('data-to')).to.equal('data-engineer-3');
    expect(b.getViewState().move).to.deep.equal({ from: 'data-analyst-2', to: 'data-engineer-3' });
  });

  it('<ladder-compare>: compare mode, family, diff levels, the diff filter and expanded rows round trip', async () => {
    const a = await ready(await fixture<LadderCompare>(html`<ladder-compare style="width: 900px"></ladder-compare>`));
    const state = { v: 1, family: 'data', region: 'US', diff: 'L2 L4', onlyChanges: true, expanded: ['L3'] };
    expect(a.setViewState(state)).to.deep.equal([]);
    await a.updateComplete;
    expect(a.getViewState()).to.deep.equal(state);
    expect(a.shadowRoot!.querySelector('[part="diff"]')).not.to.equal(null);
    expect(a.shadowRoot!.querySelector<HTMLInputElement>('[part="diff-filter"]')!.checked).to.equal(true);
    a.setViewState({ v: 1, compare: 'families', track: 'ic', expanded: ['L3'] });
    await a.updateComplete;
    expect(a.diff).to.equal(undefined);
    expect(a.compare).to.equal('families');
    expect(a.shadowRoot!.querySelector('[data-level-id="L3"] [part="expand"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(a.getViewState()).to.deep.equal({ v: 1, compare: 'families', track: 'ic', expanded: ['L3'] });
  });

  it('<skill-gap>: target, focus and view round trip; the profile is never part of it', async () => {
    const profile: Profile = { name: 'Jane Example', skills: [{ skill: 'sql', level: 4, source: 'self' }] };
    const a = await ready(await fixture<SkillGap>(html`<skill-gap current-role="data-analyst-2" target="ml-engineer-3" view="radar"></skill-gap>`));
    a.profile = profile;
    await a.updateComplete;
    const state = a.getViewState();
    expect(state).to.deep.equal({ v: 1, currentRole: 'data-analyst-2', target: 'ml-engineer-3', view: 'radar' });
    expect(JSON.stringify(state)).not.to.match(/Jane|sql|"level"/);
    const b = await ready(await fixture<SkillGap>(html`<skill-gap></skill-gap>`));
    b.setViewState(state);
    await b.updateComplete;
    expect(b.getViewState()).to.deep.equal(state);
    expect(b.view).to.equal('radar');
  });

  it('<career-framework>: the shared selection (not the profile) round trips', async () => {
    const a = await ready(await fixture<CareerFramework>(html`<career-framework current-role="data-analyst-2" target="ml-engineer-3"></career-framework>`));
    a.profile = { name: 'Jane Example', skills: [{ skill: 'sql', level: 4 }] };
    expect(a.getViewState()).to.deep.equal({ v: 1, currentRole: 'data-analyst-2', target: 'ml-engineer-3' });
    const b = await fixture<CareerFramework>(html`<career-framework></career-framework>`);
    b.setViewState(a.getViewState());
    expect([b.currentRole, b.target]).to.deep.equal(['data-analyst-2', 'ml-engineer-3']);
  });

  it('bad input is ignored and reported as problems: no exception, no career-error, no console output', async () => {
    const el = await ready(await fixture<LadderCompare>(html`<ladder-compare family="data"></ladder-compare>`));
    const seen = errors(el);
    const logged: unknown[] = [];
    const original = { warn: console.warn, error: console.error };
    console.warn = console.error = (...args: unknown[]) => logged.push(args);
    try {
      for (const bad of [null, 'x', 7, [], { v: 99, family: 'it' }]) {
        const problems = el.setViewState(bad);
        expect(problems).to.have.length(1);
        expect(el.family).to.equal('data');
      }
      const problems = el.setViewState({ v: 1, family: 'engineering', expanded: 'L1', compare: 'all' });
      expect(problems.map((p) => p.path)).to.deep.equal(['/compare', '/expanded']);
      expect(el.family).to.equal('engineering');
      await el.updateComplete;
    } finally {
      Object.assign(console, original);
    }
    expect(seen).to.have.length(0);
    expect(logged).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });
});

describe('view state: the url-state attribute', () => {
  it('writes the state to the hash under the element id with replaceState, and reads it at start-up', async () => {
    const before = history.length;
    const a = await ready(await fixture<MobilityMap>(mapTemplate('career-map', true)));
    expect(location.hash).not.to.include('career-map', 'the default view is not written');
    a.currentRole = 'data-analyst-2';
    await a.updateComplete;
    a.target = 'ml-engineer-3';
    await a.updateComplete;
    expect(history.length).to.equal(before, 'no history entries');
    const entry = new URLSearchParams(location.hash.slice(1)).get('career-map')!;
    expect(JSON.parse(entry)).to.deep.equal(a.getViewState());

    // A second element on the same page has its own entry.
    const ladder = await ready(await fixture<LadderCompare>(html`<ladder-compare id="ladders" url-state family="data"></ladder-compare>`));
    ladder.diff = 'L2 L3';
    await ladder.updateComplete;
    const params = new URLSearchParams(location.hash.slice(1));
    expect(JSON.parse(params.get('ladders')!)).to.deep.equal({ v: 1, family: 'data', diff: 'L2 L3' });
    expect(params.get('career-map')).to.equal(entry);

    // A map made on a page with that hash (a shared link) starts in that view.
    a.remove();
    const b = await ready(await fixture<MobilityMap>(mapTemplate('career-map', true)));
    expect(b.getViewState()).to.deep.equal(JSON.parse(entry));
    expect(b.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('applies the state when the hash changes (a pasted link, back), and keeps the view when the page replaces the hash', async () => {
    const el = await ready(await fixture<SkillGap>(html`<skill-gap id="gap" url-state current-role="data-analyst-2"></skill-gap>`));
    location.hash = `gap=${encodeURIComponent(JSON.stringify({ v: 1, currentRole: 'data-analyst-2', target: 'ml-engineer-3', view: 'radar' }))}`;
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect([el.target, el.view]).to.deep.equal(['ml-engineer-3', 'radar']);
    location.hash = 'top';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.view).to.equal('radar');
    expect(location.hash.startsWith('#top&gap=')).to.equal(true);
  });

  it('never puts personal data in the URL: no profile, no ratings, no names', async () => {
    const el = await ready(await fixture<SkillGap>(html`<skill-gap id="gap" url-state current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`));
    el.profile = { name: 'Jane Example', skills: [{ skill: 'sql', level: 4, source: 'manager' }, { skill: 'python', level: 3 }] };
    await el.updateComplete;
    el.view = 'radar';
    await el.updateComplete;
    const hash = decodeURIComponent(location.hash);
    expect(hash).to.include('"view":"radar"');
    expect(hash).not.to.match(/Jane|Example|sql|python|manager|"level"|skills|profile/);
  });
});
