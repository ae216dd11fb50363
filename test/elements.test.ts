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
  'skill-gap': 'role="data-analyst-2" target="ml-engineer-3"',
};

let acme: Framework;
before(async () => {
  acme = deepFreeze(await (await fetch('/src/examples/acme.json')).json());
});

const shadow = (el: Element) => el.shadowRoot!;
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
