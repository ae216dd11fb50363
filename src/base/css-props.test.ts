import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from './css-props.js';

describe('cssProps', () => {
  it('sets and removes style properties without writing a style attribute string from a template', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string | undefined>) => render(html`<p ${cssProps(props)}>x</p>`, host);
    draw({ left: '4px', '--_aspect': '2' });
    const p = host.querySelector('p')!;
    expect(p.style.left).to.equal('4px');
    expect(p.style.getPropertyValue('--_aspect')).to.equal('2');
    draw({ top: '1px', left: undefined });
    expect(p.style.left).to.equal('');
    expect(p.style.getPropertyValue('--_aspect')).to.equal('');
    expect(p.style.top).to.equal('1px');
  });
});
