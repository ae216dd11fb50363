import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, nothing } from 'lit';
import { CareerElement } from '../src/base/career-element.js';
import '../src/provider/career-framework.js';
import type { CareerFramework } from '../src/provider/career-framework.component.js';
import { tinyFramework } from './fixtures/tiny-framework.js';

/** The smallest element on the base class: it shows the framework name and the selected role. */
class NameProbe extends CareerElement {
  override render() {
    const status = this.renderStatus();
    return status !== nothing ? status : litHtml`<p>${this.index!.framework.name} · ${this.selection.currentRole ?? 'none'}</p>`;
  }
}
customElements.define('name-probe', NameProbe);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const named = (name: string) => ({ ...tinyFramework(), name });

describe('CareerElement (the base of every element)', () => {
  it('says how to give it a framework when it has none', async () => {
    const el = await fixture(html`<name-probe></name-probe>`);
    expect(text(el)).to.contain('No career framework');
  });

  it('takes its own framework property, src, or inline JSON', async () => {
    const byProperty = await fixture(html`<name-probe .framework=${named('Property')}></name-probe>`);
    expect(text(byProperty)).to.contain('Property');

    const url = URL.createObjectURL(new Blob([JSON.stringify(named('Fetched'))]));
    const bySrc = await fixture(html`<name-probe src=${url}></name-probe>`);
    await oneEvent(bySrc, 'career-load');
    await (bySrc as NameProbe).updateComplete;
    expect(text(bySrc)).to.contain('Fetched');

    const byInline = await fixture(html`<name-probe><script type="application/json">${JSON.stringify(named('Inline'))}</script></name-probe>`);
    await waitUntil(() => text(byInline).includes('Inline'));
  });

  it('follows the provider and its selection when it has no input of its own', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${named('Shared')}><name-probe></name-probe></career-framework>`);
    provider.currentRole = 'analyst-2';
    const probe = provider.querySelector<NameProbe>('name-probe')!;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Shared · analyst-2');
  });

  it('prefers its own framework to the provider and then shares no selection', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${named('Shared')}><name-probe .framework=${named('Own')}></name-probe></career-framework>`);
    provider.currentRole = 'analyst-2';
    const probe = provider.querySelector<NameProbe>('name-probe')!;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Own · none');
  });

  it('shows the error panel of the provider state when the shared framework is invalid', async () => {
    const provider = await fixture<CareerFramework>(html`<career-framework .framework=${{ format: 'nope' }}><name-probe></name-probe></career-framework>`);
    const probe = provider.querySelector<NameProbe>('name-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/format');
  });

  it('fires career-error for its own invalid input and recovers', async () => {
    const el = await fixture<NameProbe>(html`<name-probe></name-probe>`);
    const failed = oneEvent(el, 'career-error');
    el.framework = 'not a framework';
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    el.framework = named('Fixed');
    await el.updateComplete;
    expect(text(el)).to.contain('Fixed');
  });
});
