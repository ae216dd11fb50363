import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LazyModule } from './lazy-module.js';

/** A host whose part is a promise the test settles when it likes. */
class LazyProbe extends LitElement {
  loads = 0;
  renders = 0;
  settle!: { resolve: (value: { word: string }) => void; reject: (error: Error) => void };
  readonly word = new LazyModule(this, () => {
    this.loads++;
    return new Promise<{ word: string }>((resolve, reject) => (this.settle = { resolve, reject }));
  });
  protected override render() {
    this.renders++;
    return litHtml`<p>${this.word.get()?.word ?? 'loading'}</p>`;
  }
}
customElements.define('lazy-probe', LazyProbe);

const text = (el: LazyProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyModule', () => {
  it('loads on the first get(), once, and renders the host again when the module arrives', async () => {
    const el = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    expect(text(el)).to.equal('loading');
    expect(el.word.loading).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads, 'a second render does not load again').to.equal(1);
    el.settle.resolve({ word: 'loaded' });
    await el.word.settled;
    await el.updateComplete;
    expect(text(el)).to.equal('loaded');
    expect(el.word.loading).to.equal(false);
    expect(el.loads).to.equal(1);
  });

  it('leaves the part out when the load fails, keeps the error, and tries again once re-connected', async () => {
    const el = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    el.settle.reject(new Error('offline'));
    await el.word.settled;
    await el.updateComplete;
    expect(text(el)).to.equal('loading');
    expect((el.word.error as Error).message).to.equal('offline');
    expect(el.word.loading).to.equal(false);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.loads, 'loaded again after re-connecting').to.equal(2);
    el.settle.resolve({ word: 'back' });
    await el.word.settled;
    await el.updateComplete;
    expect(text(el)).to.equal('back');
  });
});
