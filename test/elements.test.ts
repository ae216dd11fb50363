// What every visual element of the kit promises alike: the three inputs, the provider, the error
// panel and events for bad data, no exception out of the element, and an untouched input object.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { CareerElement } from '../src/base/career-element.js';
import type { Framework } from '../src/format/types.js';
import { deepFreeze } from './fixtures/tiny-framework.js';

const TAGS = ['mobility-map', 'ladder-compare', 'skill-gap'] as const;
/** What each element needs besides a framework to draw something (skill-gap needs a person and a target). */
const NEEDS: Record<(typeof TAGS)[number], string> = {
  'mobility-map': '',
  'ladder-compare': 'family="data"',
  'skill-gap': 'current-role="data-analyst-2" target="ml-engineer-3"',
};

let acme: Framework;
before(async () => {
  acme = deepFreeze(await (await fetch('/src/examples/acme.json')).json());
});

const shadow = (el: Element) => el.shadowRoot!;
/** The rendered shadow DOM without lit's markers, to compare two renders. */
const rendered = (el: Element) => shadow(el).innerHTML.replace(/<!--[^]*?-->/g, '');
const hasError = (el: Element) => shadow(el).querySelector('[part="error"]') !== null;
const isReady = (el: Element) => !hasError(el) && shadow(el).querySelector('[part="status"]') === null && shadow(el).childElementCount > 0;

for (const tag of TAGS) {
  const name = unsafeStatic(`${tag} ${NEEDS[tag]}`);
  const end = unsafeStatic(tag);
  describe(`<${tag}> inputs`, () => {
    it('is registered by the define entry', () => {
      expect(customElements.get(tag), `${tag} is defined`).to.exist;
    });

    it('takes the framework property and fires career-load', async () => {
      const el = await fixture<CareerElement>(staticHtml`<${name}></${end}>`);
      const loaded = oneEvent(el, 'career-load');
      el.framework = acme;
      expect((await loaded).detail.framework).to.equal(acme);
      await el.updateComplete;
      expect(isReady(el)).to.be.true;
    });

    it('fetches the src attribute', async () => {
      const el = await fixture<CareerElement>(staticHtml`<${name} src="/src/examples/acme.json"></${end}>`);
      await waitUntil(() => isReady(el), 'ready after fetch', { timeout: 5000 });
    });

    it('reads an inline JSON script child', async () => {
      const el = await fixture<CareerElement>(staticHtml`<${name}><script type="application/json">${JSON.stringify(acme)}</script></${end}>`);
      await waitUntil(() => isReady(el), 'ready from inline JSON', { timeout: 5000 });
    });

    it('follows a provider around it', async () => {
      const provider = await fixture(html`<career-framework .framework=${acme}>${staticHtml`<${name}></${end}>`}</career-framework>`);
      const el = provider.querySelector(tag)!;
      await waitUntil(() => isReady(el), 'ready from the provider', { timeout: 5000 });
    });

    it('shows the error panel with paths and fires career-error for invalid data, without throwing', async () => {
      const broken = structuredClone(acme) as any;
      broken.roles[3].family = 'dta';
      const el = await fixture<CareerElement>(staticHtml`<${name}></${end}>`);
      const failed = oneEvent(el, 'career-error');
      el.framework = deepFreeze(broken);
      expect((await failed).detail.errors[0].path).to.equal('/roles/3/family');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('/roles/3/family');
      el.framework = acme;
      await el.updateComplete;
      expect(hasError(el)).to.be.false;
    });

    it('survives input that is not a framework at all', async () => {
      for (const value of [null, 'text', 42, [], { format: 'career-framework/1' }]) {
        const el = await fixture<CareerElement>(staticHtml`<${name} .framework=${value}></${end}>`);
        await el.updateComplete;
        expect(hasError(el), JSON.stringify(value)).to.be.true;
      }
    });
  });
}

/** What each element needs besides a framework and a person's role (skill-gap needs a target). */
const BESIDES_ROLE: Record<(typeof TAGS)[number], string> = {
  'mobility-map': '',
  'ladder-compare': 'family="data"',
  'skill-gap': 'target="ml-engineer-3"',
};

for (const tag of TAGS) {
  const end = unsafeStatic(tag);
  const withAttrs = (attrs: string) => unsafeStatic(`${tag} ${BESIDES_ROLE[tag]} ${attrs}`);
  describe(`<${tag}> current-role`, () => {
    it('takes the person\'s role from the current-role attribute, leaves the ARIA role alone, and passes axe', async () => {
      const el = await fixture<CareerElement>(staticHtml`<${withAttrs('current-role="data-analyst-2"')} .framework=${acme}></${end}>`);
      await el.updateComplete;
      expect(el.currentRole).to.equal('data-analyst-2');
      expect(el.hasAttribute('role'), 'no ARIA role on the host').to.be.false;
      expect(el.getAttribute('current-role')).to.equal('data-analyst-2');
      expect(isReady(el)).to.be.true;
      expect(shadow(el).textContent).to.contain('Data Analyst');
      await expect(el).to.be.accessible();
    });

    it('still takes the deprecated role attribute and property, as an alias of currentRole', async () => {
      const byCurrentRole = await fixture<CareerElement>(staticHtml`<${withAttrs('current-role="data-analyst-2"')} .framework=${acme}></${end}>`);
      const byRole = await fixture<CareerElement>(staticHtml`<${withAttrs('role="data-analyst-2"')} .framework=${acme}></${end}>`);
      const other = await fixture<CareerElement>(staticHtml`<${withAttrs('current-role="risk-analyst-2"')} .framework=${acme}></${end}>`);
      for (const el of [byCurrentRole, byRole, other]) await el.updateComplete;
      expect(byRole.currentRole).to.equal('data-analyst-2');
      expect(byRole.role).to.equal('data-analyst-2');
      expect(rendered(byRole), 'role draws what current-role draws').to.equal(rendered(byCurrentRole));
      expect(rendered(other), 'another role draws something else').to.not.equal(rendered(byCurrentRole));

      other.role = 'data-analyst-2';
      expect(other.currentRole, 'the role property writes currentRole').to.equal('data-analyst-2');
      await other.updateComplete;
      expect(rendered(other)).to.equal(rendered(byCurrentRole));
      other.currentRole = 'risk-analyst-2';
      expect(other.role, 'the role property reads currentRole').to.equal('risk-analyst-2');
    });
  });
}

describe('hostile data is text, never markup or script', () => {
  it('renders titles with markup as text, odd ids as data, and only http(s) links', async () => {
    const hostile = structuredClone(acme) as any;
    const evil = '<img src=x onerror="window.__pwned=1">Data Analyst';
    const weirdId = 'a"] b/c~d <e>';
    const analyst = hostile.roles.find((r: any) => r.id === 'data-analyst-2');
    analyst.title = evil;
    const engineer = hostile.roles.find((r: any) => r.id === 'ml-engineer-3');
    for (const move of hostile.moves) {
      if (move.to === 'ml-engineer-3') move.to = weirdId;
      if (move.from === 'ml-engineer-3') move.from = weirdId;
    }
    engineer.id = weirdId;
    hostile.learning[0].url = 'javascript:window.__pwned=1';
    hostile.learning[1].url = ' JavaScript:window.__pwned=1';
    hostile.learning[2].url = 'data:text/html,<script>window.__pwned=1</script>';
    for (const resource of hostile.learning) resource.title = `<b>${resource.title}</b>`;
    const page = await fixture(html`<div>
      <mobility-map .framework=${hostile} .currentRole=${'data-analyst-2'} .target=${weirdId}></mobility-map>
      <ladder-compare .framework=${hostile} family="data" .currentRole=${'data-analyst-2'}></ladder-compare>
      <skill-gap .framework=${hostile} .currentRole=${'data-analyst-2'} .target=${weirdId}></skill-gap>
    </div>`);
    const elements = [...page.children] as CareerElement[];
    for (const el of elements) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as any).__pwned).to.be.undefined;
    for (const el of elements) {
      const root = shadow(el);
      expect(root.querySelector('[part="error"]'), el.tagName).to.be.null;
      expect(root.querySelectorAll('img, b, script'), `${el.tagName} has no markup from data`).to.have.length(0);
      for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href'), el.tagName).to.match(/^https?:|^\/|^[^:]*$/);
      expect(root.textContent, el.tagName).to.contain('<img src=x onerror="window.__pwned=1">Data Analyst');
    }
    const map = shadow(elements[0]);
    expect([...map.querySelectorAll('[data-role-id]')].some((node) => node.getAttribute('data-role-id') === weirdId)).to.be.true;
  });
});
