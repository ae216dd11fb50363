// A large framework given as a property is validated in a task of its own and drawn in the next
// (issue 16: no long task over 200 ms for a 1 MB framework); `updateComplete` waits for both, and a
// newer framework given meanwhile wins. Small frameworks load in the update that received them.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { LARGE_FRAMEWORK } from '../src/base/framework-loader.js';
import acme from '../src/examples/acme.json';
import { generateFramework } from '../src/testing/generate-framework.js';

type Loading = HTMLElement & { framework?: unknown; updateComplete: Promise<boolean> };

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const status = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';

describe('loading a large framework', () => {
  const large = () => generateFramework({ roles: 1_000, seed: 3 });

  it('is larger than the threshold, the example is not', () => {
    const framework = large();
    expect(framework.roles.length + (framework.moves?.length ?? 0)).to.be.above(LARGE_FRAMEWORK);
    expect(acme.roles.length + acme.moves.length).to.be.below(LARGE_FRAMEWORK);
  });

  for (const tag of ['mobility-map', 'ladder-compare', 'skill-gap', 'career-framework']) {
    it(`<${tag}> shows Loading…, validates in a later task, then fires career-load and draws; updateComplete waits for it`, async () => {
      const el = await fixture<Loading>(html`<div></div>`).then((host) => host.appendChild(document.createElement(tag) as Loading));
      await el.updateComplete;
      const events: string[] = [];
      el.addEventListener('career-load', () => events.push('load'));
      el.framework = large();
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      await Promise.resolve();
      expect(events, 'no career-load in the task that set the framework').to.deep.equal([]);
      if (tag !== 'career-framework') expect(status(el)).to.match(/Loading/);
      await el.updateComplete;
      expect(events).to.deep.equal(['load']);
      expect(status(el)).to.not.match(/Loading/);
    });
  }

  it('a newer framework given during the load wins, with one career-load', async () => {
    const el = await fixture<Loading>(html`<mobility-map></mobility-map>`);
    const loads: unknown[] = [];
    el.addEventListener('career-load', (event) => loads.push((event as CustomEvent).detail.framework));
    const first = large();
    el.framework = first;
    await el.updateComplete.then(() => undefined, () => undefined);
    const second = large();
    el.framework = second;
    await nextTask();
    const third = { ...acme };
    el.framework = third;
    await el.updateComplete;
    await nextTask();
    await nextTask();
    expect(loads.at(-1)).to.equal(third);
    expect(loads).to.not.include(second);
  });

  it('a small framework loads in the update that received it', async () => {
    const el = await fixture<Loading>(html`<mobility-map></mobility-map>`);
    const events: string[] = [];
    el.addEventListener('career-load', () => events.push('load'));
    el.framework = { ...acme };
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(events).to.deep.equal(['load']);
  });
});
