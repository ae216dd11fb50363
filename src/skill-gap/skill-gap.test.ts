import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerProfileChangeEvent } from '../events.js';
import type { Framework, Profile } from '../format/types.js';
import type { CareerFramework } from '../provider/career-framework.component.js';
import { deepFreeze } from '../../test/fixtures/tiny-framework.js';
import { competencyFramework } from '../../test/fixtures/competency-framework.js';
import '../define.js';
import type { SkillGap } from './skill-gap.component.js';

let acme: Framework;
before(async () => {
  acme = deepFreeze(await (await fetch('/src/examples/acme.json')).json());
});

async function gapOf(options: { role?: string; target?: string; profile?: Profile; view?: 'bars' | 'radar'; framework?: unknown; focus?: string }): Promise<SkillGap> {
  const el = await fixture<SkillGap>(html`<skill-gap
    .framework=${options.framework ?? acme}
    .target=${options.target}
    .profile=${options.profile}
    .focusArea=${options.focus}
    view=${options.view ?? 'bars'}
  ></skill-gap>`);
  if (options.role) el.currentRole = options.role;
  await el.updateComplete;
  return el;
}

const rows = (el: SkillGap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="skill"]')];
const part = (el: SkillGap, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const conflicted = (): Profile =>
  deepFreeze({
    format: 'career-profile/1',
    name: 'Ana',
    role: 'data-analyst-2',
    skills: [
      { skill: 'python', level: 3, source: 'self' },
      { skill: 'python', level: 1, source: 'manager' },
      { skill: 'ml-modelling', level: 1, source: 'certified' },
      { skill: 'sql', level: 3, source: 'manager' },
    ],
  });

describe('<skill-gap>', () => {
  it('is accessible', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3' });
    await expect(el).to.be.accessible();
    const radar = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3', view: 'radar' });
    await expect(radar).to.be.accessible();
  });

  it('shows one row per required skill, sorted by gap, each read as a sentence', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3' });
    expect(rows(el).map((r) => r.dataset.skillId)).to.deep.equal(['mlops', 'ml-modelling', 'python', 'software-design', 'cloud-platforms', 'data-pipelines', 'llm-evaluation']);
    const python = rows(el)[2];
    expect(python.getAttribute('role')).to.equal('slider');
    expect(python.getAttribute('aria-label')).to.match(/^Python: current Awareness, required Practitioner, gap 2; core skill; from role/);
    expect(python.getAttribute('aria-valuetext')).to.equal('Awareness, gap 2');
    expect(text(part(el, 'readiness'))).to.contain('13%');
    for (const name of ['chart', 'readiness', 'plan', 'strengths']) expect(part(el, name), name).to.exist;
    expect(text(part(el, 'strengths'))).to.contain('SQL: Practitioner');
  });

  it('plans learning with safe links and adds the declared move\'s requirements and mentors', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3' });
    const plan = part(el, 'plan')!;
    const links = [...plan.querySelectorAll('a')];
    expect(links[0].textContent).to.equal('System design reading group');
    expect(links.every((a) => a.rel === 'noopener' && a.href.startsWith('https://'))).to.equal(true);
    expect(text(plan)).to.contain('covering 14 of 14 gap steps');
    expect(text(plan)).to.contain('Python in production code (Experience)');
    expect(text(plan)).to.contain('Aiko Tanaka, ML Engineer');
  });

  it('what-if by keyboard fires career-profile-change with a new profile and never mutates the input', async () => {
    const profile = conflicted();
    const el = await gapOf({ profile, target: 'ml-engineer-3' });
    const row = rows(el).find((r) => r.dataset.skillId === 'mlops')!;
    row.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(el, 'career-profile-change')) as CareerProfileChangeEvent;
    expect(event.detail.profile).to.not.equal(profile);
    expect(event.detail.profile.skills.find((s) => s.skill === 'mlops')).to.deep.equal({ skill: 'mlops', level: 1 });
    expect(profile.skills).to.have.length(4);
    await el.updateComplete;
    // Readiness and the row update at once, the row stays where it was and keeps focus.
    const again = rows(el).find((r) => r.dataset.skillId === 'mlops')!;
    expect(again.getAttribute('aria-valuenow')).to.equal('1');
    expect(again.getAttribute('aria-label')).to.contain('what-if, was None');
    expect(el.shadowRoot!.activeElement).to.equal(again);
    expect(rows(el)[0]).to.equal(again);

    let fired = 0;
    el.addEventListener('career-profile-change', () => fired++);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(again.getAttribute('aria-valuenow')).to.equal('4');
    expect(fired).to.equal(1);
    await sendKeys({ press: 'End' }); // already at the top: no change, no event
    expect(fired).to.equal(1);
  });

  it('fires no event when the host sets inputs in code', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3' });
    let fired = 0;
    el.addEventListener('career-profile-change', () => fired++);
    el.profile = conflicted();
    el.target = 'bi-developer-3';
    el.view = 'radar';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('sets a level by clicking the track', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3' });
    const track = rows(el)[0].querySelector('svg')!;
    const rect = track.getBoundingClientRect();
    const at = (fraction: number) => ({ clientX: rect.left + rect.width * fraction, clientY: rect.top + 5, pointerId: 1, button: 0, bubbles: true });
    setTimeout(() => {
      track.dispatchEvent(new PointerEvent('pointerdown', at(0.5))); // 5 steps: None Awareness [Working] Practitioner Expert
      track.dispatchEvent(new PointerEvent('pointerup', at(0.5)));
    });
    const event = (await oneEvent(el, 'career-profile-change')) as CareerProfileChangeEvent;
    expect(event.detail.profile.skills.find((s) => s.skill === 'mlops')?.level).to.equal(2);
  });

  it('draws its first render in one update, its tracks lined up with the level axis above them without measuring', async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const el = await fixture<SkillGap>(html`<skill-gap current-role="data-analyst-2" target="ml-engineer-3" style="display: block; width: 900px"></skill-gap>`);
    await frame();
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    el.framework = acme;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await frame();
    expect(updates, 'updates after the framework arrived').to.equal(1);
    const centre = (node: Element) => {
      const box = node.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    for (const bars of el.shadowRoot!.querySelectorAll('.bars')) {
      const labels = [...bars.querySelectorAll('.ticks span')].map(centre);
      for (const track of bars.querySelectorAll('.track')) {
        const ticks = [...track.querySelectorAll('.tick')].map(centre);
        expect(ticks).to.have.length(labels.length);
        ticks.forEach((x, i) => expect(x).to.be.closeTo(labels[i], 1));
      }
    }
  });

  it('shows rating sources and flags self and manager two steps apart in text', async () => {
    const el = await gapOf({ profile: conflicted(), target: 'ml-engineer-3' });
    const python = rows(el).find((r) => r.dataset.skillId === 'python')!;
    expect(text(python)).to.contain('⚠ self (Practitioner) and manager (Awareness) differ by 2 steps');
    expect(python.getAttribute('aria-label')).to.contain('self (Practitioner) and manager (Awareness) differ by 2 steps');
    expect(python.classList.contains('conflict')).to.equal(true);
    expect(text(rows(el).find((r) => r.dataset.skillId === 'ml-modelling')!)).to.contain('Awareness (certified)');
    expect(rows(el).filter((r) => r.classList.contains('conflict'))).to.have.length(1);
    expect(text(part(el, 'strengths'))).to.contain('SQL: Practitioner (manager-rated)');
  });

  it('draws a radar and falls back to bars past 16 skills, saying why', async () => {
    const radar = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3', view: 'radar' });
    expect(part(radar, 'chart')!.classList.contains('radar')).to.equal(true);
    expect(rows(radar)).to.have.length(7);
    expect(rows(radar)[0].tagName.toLowerCase()).to.equal('g');

    const framework = structuredClone(acme) as Framework;
    const big = framework.roles.find((r) => r.id === 'ml-engineer-3')!;
    big.skills = framework.skills!.slice(0, 17).map((s) => ({ skill: s.id, level: 2 }));
    const fallback = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3', view: 'radar', framework });
    expect(part(fallback, 'chart')!.classList.contains('radar')).to.equal(false);
    expect(rows(fallback)).to.have.length(17);
    expect(text(part(fallback, 'chart'))).to.contain('The radar shows at most 16 skills; this gap has 17, so it is drawn as bars.');
  });

  it('lists profile skills not in the framework instead of failing', async () => {
    const profile = deepFreeze<Profile>({ skills: [{ skill: 'python', level: 2 }, { skill: 'underwater-basket-weaving', level: 3 }] });
    const el = await gapOf({ profile, target: 'ml-engineer-3', role: 'data-analyst-2' });
    expect(rows(el)).to.have.length(7);
    const unknown = text(part(el, 'unknown'));
    expect(unknown).to.contain('Not in this framework');
    expect(unknown).to.contain('/skills/1/skill');
    expect(unknown).to.contain('underwater-basket-weaving');
    expect(text(part(el, 'strengths'))).to.not.contain('underwater');
  });

  it('reports an unknown target, an unknown focus and off-scale ratings with their path', async () => {
    const unknown = await gapOf({ role: 'data-analyst-2', target: 'astronaut-9' });
    expect(text(part(unknown, 'error'))).to.contain('the target role "astronaut-9" is not in this framework');
    const focus = await gapOf({ role: 'data-analyst-2', target: 'people-partner-4', focus: 'juggling' });
    expect(text(part(focus, 'error'))).to.contain('focus area "juggling" is not one of People Partner\'s ("dei", "learning-development")');
    const offScale = await gapOf({ target: 'ml-engineer-3', profile: { skills: [{ skill: 'python', level: 9 }] } });
    expect(text(part(offScale, 'error'))).to.contain('/skills/0/level');
    expect(rows(offScale)).to.have.length(0);
    const invalid = await gapOf({ role: 'data-analyst-2', target: 'ml-engineer-3', framework: { format: 'career-framework/1' } });
    expect(part(invalid, 'error')).to.exist;
  });

  it('adds a focus area\'s skills', async () => {
    const el = await gapOf({ role: 'data-analyst-2', target: 'people-partner-4', focus: 'dei' });
    expect(rows(el).map((r) => r.dataset.skillId)).to.include('dei-practice');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.contain('(focus: Diversity, equity & inclusion)');
  });

  it('prefers its own target to the provider selection', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${acme}><skill-gap target="bi-developer-3"></skill-gap></career-framework>`);
    provider.currentRole = 'data-analyst-2';
    provider.target = 'ml-engineer-3';
    await provider.updateComplete;
    const el = provider.querySelector('skill-gap')!;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Data Analyst → BI Developer');
  });

  it('follows the provider: its role, its picked target, and the profile it echoes back', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${acme}><skill-gap></skill-gap></career-framework>`);
    provider.currentRole = 'data-analyst-2';
    await provider.updateComplete;
    const el = provider.querySelector('skill-gap')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Choose a target role');
    provider.target = 'ml-engineer-3';
    await provider.updateComplete;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Data Analyst → ML Engineer');

    rows(el)[0].focus();
    await sendKeys({ press: 'ArrowUp' });
    await provider.updateComplete;
    await el.updateComplete;
    expect(provider.profile?.skills.find((s) => s.skill === 'mlops')?.level).to.equal(1);
    expect(rows(el)[0].getAttribute('aria-valuenow')).to.equal('1');
    expect(rows(el)[0].getAttribute('aria-label')).to.contain('what-if, was None');
  });
});

describe('<skill-gap> on a competency-only framework', () => {
  const competencyGapOf = async (options: { role?: string; target: string; profile?: Profile }) =>
    gapOf({ framework: competencyFramework(), ...options });
  const competencyRows = (el: SkillGap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="competency"]')];

  it('shows one row per competency the target expects, from the current level to the target, passes axe, and never says "no gap"', async () => {
    const el = await competencyGapOf({ role: 'eng-1', target: 'eng-2' });
    expect(competencyRows(el).map((r) => r.dataset.competencyId)).to.deep.equal(['delivery', 'people', 'craft']);
    const delivery = competencyRows(el)[0].querySelector<HTMLElement>('[role="slider"]')!;
    expect(delivery.getAttribute('aria-label')).to.equal('Delivery: current Engineer, target Senior, 1 level to go; from role');
    expect(text(part(el, 'competencies'))).to.contain('0% ready: 0 of 3 competencies at or above');
    expect(text(el.shadowRoot!.querySelector('.body'))).not.to.match(/no (skill )?gap|lists no skill/i);
    expect(part(el, 'readiness'), 'no skills readiness for a competency-only target').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("lists the target's behaviours as a checklist, those the current level already states marked", async () => {
    const el = await competencyGapOf({ role: 'eng-1', target: 'eng-2' });
    const items = [...competencyRows(el)[0].querySelectorAll<HTMLElement>('.checklist li')].map((li) => `${li.dataset.change}:${li.querySelector('.text')!.textContent}`);
    expect(items).to.deep.equal(['changed:Ships small features on their own', 'same:Writes tests for their code', 'added:Breaks large work into steps']);
  });

  it('rates competencies from the profile, and what-if by keyboard and pointer fires a new profile', async () => {
    const profile: Profile = deepFreeze({ format: 'career-profile/1', role: 'eng-1', skills: [], competencies: [{ competency: 'delivery', level: 'L2', source: 'manager' }] });
    const el = await competencyGapOf({ target: 'eng-2', profile });
    expect(text(part(el, 'competencies'))).to.contain('1 of 3 competencies');
    const people = competencyRows(el)[1].querySelector<HTMLElement>('[role="slider"]')!;
    people.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(el, 'career-profile-change')) as CareerProfileChangeEvent;
    expect(event.detail.profile.competencies).to.deep.equal([{ competency: 'delivery', level: 'L2', source: 'manager' }, { competency: 'people', level: 'L2' }]);
    expect(profile.competencies).to.have.length(1);
    el.profile = event.detail.profile;
    await el.updateComplete;
    expect(text(part(el, 'competencies'))).to.contain('2 of 3 competencies');

    const track = competencyRows(el)[2].querySelector('svg')!;
    const rect = track.getBoundingClientRect();
    const at = { clientX: rect.right - 2, clientY: rect.top + 5, pointerId: 1, button: 0, bubbles: true };
    setTimeout(() => {
      track.dispatchEvent(new PointerEvent('pointerdown', at));
      track.dispatchEvent(new PointerEvent('pointerup', at));
    });
    const clicked = (await oneEvent(el, 'career-profile-change')) as CareerProfileChangeEvent;
    expect(clicked.detail.profile.competencies!.find((c) => c.competency === 'craft')?.level).to.equal('L4');
  });

  it('says the framework does not describe a target with neither skills nor competencies', async () => {
    const el = await competencyGapOf({ role: 'eng-1', target: 'eng-mgr-2' });
    expect(competencyRows(el).length).to.be.greaterThan(0);
    const framework = { ...competencyFramework(), competencies: [] };
    const bare = await gapOf({ framework, role: 'eng-1', target: 'eng-2' });
    expect(text(bare.shadowRoot!.querySelector('.body'))).to.contain('describes neither skills nor competency expectations for Senior Engineer');
    expect(text(bare.shadowRoot!.querySelector('.body'))).not.to.match(/no skill gap|every requirement .* is met/i);
  });
});
