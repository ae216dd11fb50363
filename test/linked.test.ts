// The elements linked through one provider, as an intranet page uses them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CareerFramework } from '../src/provider/career-framework.component.js';
import type { Framework } from '../src/format/types.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const roleIn = (el: Element, id: string) =>
  [...el.shadowRoot!.querySelectorAll('[data-role-id]')].find((node) => node.getAttribute('data-role-id') === id)!;

describe('linked through <career-framework>', () => {
  it('a role chosen on the map becomes the skill-gap target; the ladders mark "you are here"', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${acme} .currentRole=${'data-analyst-2'}>
      <mobility-map></mobility-map><ladder-compare family="data"></ladder-compare><skill-gap></skill-gap>
    </career-framework>`);
    const [map, ladders, gap] = ['mobility-map', 'ladder-compare', 'skill-gap'].map((tag) => provider.querySelector(tag)!);
    await waitUntil(() => roleIn(map, 'data-engineer-3'), 'the map draws');
    expect(gap.shadowRoot!.textContent).to.contain('Choose a target role');
    expect(roleIn(ladders, 'data-analyst-2').closest('[part~="cell"]')!.textContent).to.contain('you are here');

    roleIn(map, 'data-engineer-3').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => heading(gap) === 'Data Analyst → Data Engineer', `skill-gap follows (got "${heading(gap)}")`);
    expect(provider.target).to.equal('data-engineer-3');

    roleIn(ladders, 'bi-developer-3').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => heading(gap) === 'Data Analyst → BI Developer', 'a role clicked in the ladders retargets too');
  });
});
