import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/career-framework.js';
import './ladder-compare.js';
import type { Framework } from '../format/types.js';
import { tinyFramework } from '../../test/fixtures/tiny-framework.js';
import { competencyFramework } from '../../test/fixtures/competency-framework.js';
import type { LadderCompare } from './ladder-compare.component.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const q = <T extends Element = HTMLElement>(el: LadderCompare, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const qa = (el: LadderCompare, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: LadderCompare) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function compare(framework: unknown, attrs: Partial<LadderCompare> = {}): Promise<LadderCompare> {
  const el = await fixture<LadderCompare>(html`<ladder-compare .framework=${framework}></ladder-compare>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

describe('<ladder-compare>', () => {
  it('is accessible, with expectations expanded', async () => {
    const el = await compare(acme, { family: 'data', region: 'US' });
    el.currentRole = 'data-analyst-2';
    q(el, 'tr[data-level-id="L4"] [part="expand"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reads as a grid with column and row headers', async () => {
    const el = await compare(acme, { family: 'data' });
    expect(q(el, 'table').getAttribute('role')).to.equal('grid');
    expect(qa(el, 'th[part="column"][scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['Individual contributor', 'Management']);
    expect(qa(el, 'tr[part="level"]').map((tr) => tr.dataset.levelId)).to.deep.equal(['L1', 'L2', 'L3', 'L4', 'L5', 'L6']);
    expect(qa(el, 'th[part="level-header"][scope="row"]')).to.have.length(6);
  });

  it('draws pay bars on one shared scale', async () => {
    const el = await compare(tinyFramework(), { family: 'data', region: 'US' });
    const range = (band: string) => q(el, `[data-band="${band}"] rect.range`);
    expect(range('L1/*/US').getAttribute('x')).to.equal('0%');
    expect(range('L1/*/US').getAttribute('width')).to.equal('25%');
    expect(range('L3/mgmt/US').getAttribute('x')).to.equal('62.5%');
    expect(q(el, '[data-band="L2/*/US"] line.mid').getAttribute('x1')).to.equal('37.5%');
    expect(text(el)).to.include('$70,000 – $90,000');
  });

  it('switches region and currency', async () => {
    const el = await compare(tinyFramework(), { family: 'data', region: 'US', locale: 'en-US' });
    el.region = 'APAC';
    await el.updateComplete;
    expect(qa(el, '[data-band]').map((b) => b.dataset.band)).to.deep.equal(['L1/*/APAC', 'L2/*/APAC', 'L3/*/APAC', 'L3/*/APAC']);
    expect(text(el)).to.include('SGD 60,000 – SGD 80,000');
    expect(text(el)).not.to.include('$70,000');
  });

  it('says when a view mixes currencies', async () => {
    const other = { ...tinyFramework(), id: 'other', name: 'Other' };
    other.payBands = other.payBands!.map((band) => ({ ...band, currency: 'EUR' }));
    const el = await fixture<LadderCompare>(html`<ladder-compare .frameworks=${[tinyFramework(), other]} family="data" region="US"></ladder-compare>`);
    expect(q(el, '[part="notice"]').textContent).to.include('Bands in USD and EUR are drawn on separate scales'); // joined by Intl.ListFormat
    expect(qa(el, 'th[scope="colgroup"]').map((th) => th.textContent!.trim())).to.deep.equal(['Tiny Co', 'Other']);
  });

  it('shows no amounts and no bars when pay is hidden, and no midpoint or bonus for range', async () => {
    const el = await compare(acme, { family: 'data', region: 'US', pay: 'hidden' });
    expect(qa(el, '[part="pay-bar"], [data-band]')).to.have.length(0);
    expect(text(el)).not.to.match(/\$|\d{2},\d{3}|Bonus|Equity/);
    el.pay = 'range';
    await el.updateComplete;
    expect(qa(el, '[part="pay-bar"]').length).to.be.greaterThan(0);
    expect(qa(el, 'line.mid')).to.have.length(0);
    expect(text(el)).to.include('$62,000 – $82,000');
    expect(text(el)).not.to.match(/mid \$|Bonus|Equity/);
  });

  it('shows missing roles, bands and regions honestly', async () => {
    const framework = tinyFramework();
    framework.payBands = framework.payBands!.filter((b) => !(b.level === 'L1' && b.region === 'APAC'));
    const el = await compare(framework, { family: 'data', region: 'APAC' });
    const l1 = qa(el, 'tr[data-level-id="L1"] [part="cell"]');
    expect(l1[0].textContent).to.include('no APAC band');
    expect(l1[0].querySelector('[part="pay-bar"]')).to.equal(null);
    expect(l1[1].textContent).to.include('No role at this level');
    el.region = 'EU';
    await el.updateComplete;
    expect(q(el, '[part="notice"]').textContent).to.include('no pay bands for the EU region');
    expect(qa(el, '[part="pay-bar"]')).to.have.length(0);
  });

  it('shows new-at-this-level and differs highlights on expand', async () => {
    const el = await compare(acme, { family: 'data', region: 'US' });
    const row = q(el, 'tr[data-level-id="L4"]');
    const button = row.querySelector<HTMLButtonElement>('[part="expand"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const management = row.querySelectorAll('[part="cell"]')[1];
    expect(management.textContent).to.include('Hires, develops and manages the performance of a team');
    expect(management.querySelector('li .tag.differs .visually-hidden')!.textContent).to.equal('differs from the other track');
    expect(management.querySelector('li .tag.new .visually-hidden')!.textContent).to.equal('new at this level');
  });

  it('fires career-role-select on click, not when set in code, and marks you are here', async () => {
    const el = await compare(acme, { family: 'data' });
    let fired = 0;
    el.addEventListener('career-role-select', () => fired++);
    el.currentRole = 'data-engineer-3';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(q(el, '.selected [data-role-id]').dataset.roleId).to.equal('data-engineer-3');
    expect(q(el, '.selected').textContent).to.include('you are here');
    setTimeout(() => q(el, '[data-role-id="analytics-manager-4"]').click());
    const event = await oneEvent(el, 'career-role-select');
    expect(event.detail).to.deep.equal({ roleId: 'analytics-manager-4' });
  });

  it('follows the provider selection', async () => {
    const provider = await fixture(html`<career-framework .framework=${acme}><ladder-compare></ladder-compare></career-framework>`);
    (provider as HTMLElement & { currentRole: string | null }).currentRole = 'risk-manager-4';
    const el = provider.querySelector('ladder-compare')!;
    await (provider as unknown as LadderCompare).updateComplete;
    await el.updateComplete;
    expect(q(el, 'th[part="column"]').dataset.columnId).to.equal('risk/ic');
    expect(q(el, '.selected [data-role-id]').dataset.roleId).to.equal('risk-manager-4');
  });

  it('highlights the hovered level across every column', async () => {
    const el = await compare(acme, { family: 'data' });
    q(el, 'tr[data-level-id="L5"]').dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(qa(el, 'tr[data-highlighted]').map((tr) => tr.dataset.levelId)).to.deep.equal(['L5']);
  });

  it('moves between cells with the arrow keys', async () => {
    const el = await compare(acme, { family: 'data' });
    q(el, '[data-cell="0:1"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-cell')).to.equal('1:2');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-cell')).to.equal('1:0');
    expect(qa(el, '[tabindex="0"][data-cell]')).to.have.length(1);
  });

  it('shows the error panel for an invalid framework in the list', async () => {
    const el = await fixture<LadderCompare>(html`<ladder-compare .frameworks=${[tinyFramework(), { format: 'career-framework/1', id: 'x' }]}></ladder-compare>`);
    const panel = q(el, '[part="error"]');
    expect(panel.textContent).to.include('/frameworks/1');
    const bad = await compare({ nope: true });
    expect(q(bad, '[part="error"]')).to.exist;
  });
});

describe('<ladder-compare diff>', () => {
  const diffOf = async (attrs: Partial<LadderCompare>) => compare(competencyFramework(), attrs);
  const changes = (el: LadderCompare, id: string, column: number) =>
    qa(el, `tr[data-competency-id="${id}"] td:nth-of-type(${column}) [data-change]`).map((li) => `${li.dataset.change}:${li.querySelector('.text')!.textContent!.trim()}`);

  it('shows competencies as rows, the two levels side by side, each behaviour with its change, and passes axe', async () => {
    const el = await diffOf({ diff: 'L1 L2', family: 'eng', track: 'ic' });
    expect(qa(el, 'tr[data-competency-id]').map((tr) => tr.dataset.competencyId)).to.deep.equal(['delivery', 'people', 'craft']);
    expect(changes(el, 'delivery', 2)).to.deep.equal(['changed:Ships small features on their own', 'same:Writes tests for their code', 'added:Breaks large work into steps']);
    expect(changes(el, 'delivery', 1)).to.deep.equal(['changed:Ships small features with guidance', 'same:Writes tests for their code']);
    expect(changes(el, 'people', 1)).to.deep.equal(['dropped:Asks for feedback']);
    expect(qa(el, 'tr[data-competency-id="delivery"] mark').map((m) => m.textContent!.trim())).to.deep.equal(['on their own']);
    expect(qa(el, 'tr[data-competency-id="delivery"] del').map((m) => m.textContent!.trim())).to.deep.equal(['with guidance']);
    expect(text(el)).not.to.match(/no (skill )?gap/i);
    await expect(el).to.be.accessible();
  });

  it('honours the family and track scope, and a role pair reads each side in its own', async () => {
    const data = await diffOf({ diff: 'L1 L2', family: 'data', track: 'ic' });
    expect(changes(data, 'delivery', 2)).to.include('added:Checks data quality before release');
    const roles = await diffOf({ diff: 'eng-1 eng-mgr-2' });
    expect(changes(roles, 'people', 2)).to.deep.equal(['added:Runs one-to-ones with their reports', 'added:Hires for their team']);
    expect(text(roles)).to.contain('From Engineer to Engineering Manager');
  });

  it('filters to only what changes, and says when a level has no expectations of its own', async () => {
    const el = await diffOf({ diff: 'L1 L2', family: 'eng', track: 'ic' });
    q<HTMLInputElement>(el, '[part="diff-filter"]').click();
    await el.updateComplete;
    expect(qa(el, 'tr[data-competency-id]').map((tr) => tr.dataset.competencyId)).to.deep.equal(['delivery', 'people']);
    expect(qa(el, '[data-change="same"]')).to.have.length(0);
    expect(text(el)).to.contain('1 competency does not change');
    const none = await diffOf({ diff: 'L3 L4', family: 'eng', track: 'ic' });
    expect(text(none)).to.contain('Principal has no competency expectations of its own in Engineering, Individual contributor');
  });

  it('opens the diff by picking two levels in the ladder, and goes back', async () => {
    const el = await diffOf({ family: 'eng' });
    q(el, 'tr[data-level-id="L2"] [part="pick"]').click();
    await el.updateComplete;
    q(el, 'tr[data-level-id="L1"] [part="pick"]').click();
    await el.updateComplete;
    expect(el.diff).to.equal('L1 L2');
    expect(el.getAttribute('diff')).to.equal('L1 L2');
    expect(qa(el, 'tr[data-competency-id]')).to.have.length(3);
    q(el, '[part="diff-close"]').click();
    await el.updateComplete;
    expect(q(el, 'table[role="grid"]')).to.exist;
  });

  it('never marks a behaviour the level below states as new in the ladder view', async () => {
    const el = await diffOf({ family: 'eng' });
    q(el, 'tr[data-level-id="L2"] [part="expand"]').click();
    await el.updateComplete;
    const ic = qa(el, 'tr[data-level-id="L2"] td[data-column-id="eng/ic"] li[data-change]');
    const by = (t: string) => ic.find((li) => li.textContent!.includes(t))!;
    expect(by('Follows the team coding standards').dataset.change).to.equal('same');
    expect(by('Follows the team coding standards').textContent).not.to.contain('new');
    expect(by('on their own').dataset.change).to.equal('changed');
    expect(by('Breaks large work').querySelector('.tag.new')).to.exist;
  });

  it('says what is wrong with an unknown level', async () => {
    const el = await diffOf({ diff: 'L1 L9' });
    expect(text(el)).to.contain('"L9" is neither a level nor a role of this framework');
  });
});
