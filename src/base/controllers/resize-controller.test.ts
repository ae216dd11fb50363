import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ResizeController } from './resize-controller.js';

class ResizeProbe extends LitElement {
  readonly resize = new ResizeController(this, { target: () => this.renderRoot.querySelector('.box') });
  renders = 0;
  protected override render() {
    this.renders++;
    return litHtml`<div class="box" style="width: 100%; height: 40px"></div>`;
  }
}
customElements.define('resize-probe', ResizeProbe);

describe('ResizeController', () => {
  it('measures the target after the first update and re-renders the host when it changes', async () => {
    const el = await fixture<ResizeProbe>(html`<resize-probe style="display: block; width: 300px"></resize-probe>`);
    await el.resize.measured;
    expect(el.resize.size).to.deep.equal({ width: 300, height: 40 });
    const renders = el.renders;
    el.style.width = '200px';
    await waitUntil(() => el.resize.size.width === 200, 'the new width is seen');
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(renders);
  });

  it('keeps observing after the host is removed and re-appended', async () => {
    const el = await fixture<ResizeProbe>(html`<resize-probe style="display: block; width: 300px"></resize-probe>`);
    await el.resize.measured;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.style.width = '150px';
    await waitUntil(() => el.resize.size.width === 150, 'the re-inserted element follows its size');
  });

  it('resolves `measured` when disconnected before a measurement', async () => {
    const el = document.createElement('resize-probe') as ResizeProbe;
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await el.resize.measured; // does not hang
  });
});
