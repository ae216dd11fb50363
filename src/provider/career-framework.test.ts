import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextConsumer } from '@lit/context';
import './career-framework.js';
import type { CareerFramework } from './career-framework.component.js';
import { careerContext, type CareerContextValue } from '../context.js';
import { CareerRoleSelectEvent, CareerMoveSelectEvent } from '../events.js';
import { deepFreeze, tinyFramework } from '../../test/fixtures/tiny-framework.js';

/** A minimal consumer, standing in for any kit element inside the provider. */
class ContextProbe extends LitElement {
  value?: CareerContextValue;
  constructor() {
    super();
    new ContextConsumer(this, { context: careerContext, subscribe: true, callback: (v) => (this.value = v) });
  }
  override render() {
    return litHtml`probe`;
  }
}
customElements.define('context-probe', ContextProbe);

const errorPanel = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="error"]');

function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
}

describe('<career-framework>', () => {
  it('takes the framework from the property, validates it and provides it', async () => {
    const framework = deepFreeze(tinyFramework());
    const el = await fixture<CareerFramework>(html`<career-framework><context-probe></context-probe></career-framework>`);
    const probe = el.querySelector<ContextProbe>('context-probe')!;
    const loaded = oneEvent(el, 'career-load');
    el.framework = framework;
    const event = await loaded;
    expect(event.detail.framework).to.equal(framework);
    expect(event.detail.warnings).to.deep.equal([]);
    await el.updateComplete;
    expect(probe.value?.status).to.equal('ready');
    expect(probe.value?.index?.role('analyst-2')?.title).to.equal('Analyst II');
    expect(errorPanel(el)).to.be.null;
  });

  it('takes the framework from an inline JSON script child', async () => {
    const text = JSON.stringify(tinyFramework());
    const el = await fixture<CareerFramework>(html`<career-framework><script type="application/json">${text}</script><context-probe></context-probe></career-framework>`);
    const probe = el.querySelector<ContextProbe>('context-probe')!;
    await waitUntil(() => probe.value?.status === 'ready');
    expect(probe.value!.framework!.name).to.equal('Tiny Co');
  });

  it('reports a JSON syntax error in inline JSON without throwing', async () => {
    const el = await fixture<CareerFramework>(html`<career-framework><script type="application/json">{ "format": </script></career-framework>`);
    await el.updateComplete;
    expect(errorPanel(el)!.textContent).to.contain('not valid JSON');
  });

  it('fetches the framework from src, with a visible loading state', async () => {
    const url = jsonUrl(tinyFramework());
    const el = await fixture<CareerFramework>(html`<career-framework><context-probe></context-probe></career-framework>`);
    const loaded = oneEvent(el, 'career-load');
    el.src = url;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Loading');
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.be.null;
    expect(el.querySelector<ContextProbe>('context-probe')!.value!.status).to.equal('ready');
  });

  it('shows the error panel with paths and fires career-error for invalid data, then recovers', async () => {
    const broken: any = tinyFramework();
    broken.roles[2].family = 'dta';
    const el = await fixture<CareerFramework>(html`<career-framework></career-framework>`);
    const failed = oneEvent(el, 'career-error');
    el.framework = deepFreeze(broken);
    const event = await failed;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.errors[0].path).to.equal('/roles/2/family');
    await el.updateComplete;
    const panel = errorPanel(el)!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('/roles/2/family').and.contain('did you mean "data"?');

    const loaded = oneEvent(el, 'career-load');
    el.framework = tinyFramework();
    await loaded;
    await el.updateComplete;
    expect(errorPanel(el)).to.be.null;
  });

  it('reports a failed fetch in the error panel', async () => {
    const el = await fixture<CareerFramework>(html`<career-framework></career-framework>`);
    const failed = oneEvent(el, 'career-error');
    el.src = '/no/such/framework.json';
    const event = await failed;
    expect(event.detail.errors[0].code).to.equal('fetch');
    expect(event.detail.errors[0].message).to.contain('/no/such/framework.json').and.contain('404');
  });

  it('lets a newer src win over a slower older response', async () => {
    const slow = tinyFramework();
    slow.name = 'Slow';
    const fast = tinyFramework();
    fast.name = 'Fast';
    const realFetch = window.fetch;
    const slowUrl = jsonUrl(slow);
    window.fetch = async (input, init) => {
      if (String(input) === slowUrl) await new Promise((r) => setTimeout(r, 150));
      return realFetch(input, init);
    };
    try {
      const el = await fixture<CareerFramework>(html`<career-framework><context-probe></context-probe></career-framework>`);
      const names: string[] = [];
      el.addEventListener('career-load', (e) => names.push(e.detail.framework.name));
      el.src = slowUrl;
      await el.updateComplete;
      el.src = jsonUrl(fast);
      await new Promise((r) => setTimeout(r, 300));
      expect(names).to.deep.equal(['Fast']);
      expect(el.querySelector<ContextProbe>('context-probe')!.value!.framework!.name).to.equal('Fast');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('prefers the framework property over src and inline JSON', async () => {
    const inline = tinyFramework();
    inline.name = 'Inline';
    const el = await fixture<CareerFramework>(html`<career-framework><script type="application/json">${JSON.stringify(inline)}</script><context-probe></context-probe></career-framework>`);
    const probe = el.querySelector<ContextProbe>('context-probe')!;
    await waitUntil(() => probe.value?.framework?.name === 'Inline');
    const own = tinyFramework();
    own.name = 'Property';
    el.framework = own;
    await el.updateComplete;
    expect(probe.value!.framework!.name).to.equal('Property');
  });

  it('never mutates the input object', async () => {
    const framework = deepFreeze(tinyFramework());
    const before = JSON.stringify(framework);
    const el = await fixture<CareerFramework>(html`<career-framework .framework=${framework}></career-framework>`);
    await el.updateComplete;
    expect(JSON.stringify(framework)).to.equal(before);
  });

  it('shares a selection that user events from inside update', async () => {
    const el = await fixture<CareerFramework>(html`<career-framework .framework=${tinyFramework()}><context-probe></context-probe></career-framework>`);
    const probe = el.querySelector<ContextProbe>('context-probe')!;
    const changes: unknown[] = [];
    el.addEventListener('career-selection-change', (e) => changes.push(e.detail.selection));
    probe.dispatchEvent(new CareerRoleSelectEvent('analyst-1'));
    await el.updateComplete;
    expect(probe.value!.selection).to.deep.include({ currentRole: 'analyst-1', target: undefined });
    probe.dispatchEvent(new CareerRoleSelectEvent('scientist-3'));
    await el.updateComplete;
    expect(probe.value!.selection).to.deep.include({ currentRole: 'analyst-1', target: 'scientist-3' });
    probe.dispatchEvent(new CareerMoveSelectEvent('analyst-1', 'analyst-2'));
    await el.updateComplete;
    expect(probe.value!.selection.target).to.equal('analyst-2');
    expect(changes).to.have.length(3);
  });

  it('takes the person\'s role as current-role, with role as a deprecated alias, in the selection too', async () => {
    const el = await fixture<CareerFramework>(html`<career-framework current-role="analyst-1" .framework=${tinyFramework()}><context-probe></context-probe></career-framework>`);
    const probe = el.querySelector<ContextProbe>('context-probe')!;
    expect(el.hasAttribute('role'), 'no ARIA role on the host').to.be.false;
    expect(el.currentRole).to.equal('analyst-1');
    expect(probe.value!.selection).to.deep.include({ currentRole: 'analyst-1', role: 'analyst-1' });
    await expect(el).to.be.accessible();

    const changes: { currentRole?: string; role?: string }[] = [];
    el.addEventListener('career-selection-change', (e) => changes.push(e.detail.selection));
    el.currentRole = null;
    probe.dispatchEvent(new CareerRoleSelectEvent('analyst-2'));
    expect(changes[0], 'the event detail keeps the old role name').to.deep.include({ currentRole: 'analyst-2', role: 'analyst-2' });

    const legacy = await fixture<CareerFramework>(html`<career-framework role="scientist-3" .framework=${tinyFramework()}><context-probe></context-probe></career-framework>`);
    expect(legacy.currentRole, 'the role attribute still works').to.equal('scientist-3');
    legacy.role = 'analyst-2';
    expect(legacy.currentRole, 'so does the role property').to.equal('analyst-2');
    await legacy.updateComplete;
    expect(legacy.querySelector<ContextProbe>('context-probe')!.value!.selection.currentRole).to.equal('analyst-2');
  });

  it('passes axe in the error state', async () => {
    const el = await fixture<CareerFramework>(html`<career-framework .framework=${{ not: 'a framework' }}></career-framework>`);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
