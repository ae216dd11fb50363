// Loading a framework from `src` on a server that misbehaves: every failure ends in one
// career-error and the error panel, every element recovers when given a good src, a server that
// never answers is given up after `timeout`, and a move in the DOM during a load ends in career-load.
// The /__load/* URLs are served by test/robustness/load-fixtures.mjs.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { CareerErrorEvent } from '../src/events.js';

const TAGS = ['career-framework', 'mobility-map', 'ladder-compare', 'skill-gap'] as const;
const GOOD = '/src/examples/acme.json';

type Loading = HTMLElement & { src?: string; timeout: number; updateComplete: Promise<boolean> };

/** Every career-load and career-error the element fires, in order. */
function record(el: Element): string[] {
  const events: string[] = [];
  el.addEventListener('career-load', () => events.push('load'));
  el.addEventListener('career-error', (e) => events.push(`error: ${(e as CareerErrorEvent).detail.errors.map((p) => p.message).join('; ')}`));
  return events;
}

const settled = (el: Element) => Promise.race([oneEvent(el, 'career-load'), oneEvent(el, 'career-error')]);
const errorPanel = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const FAILURES: [string, string, RegExp][] = [
  ['a 404', '/__load/missing', /404/],
  ['a 500', '/__load/500', /500/],
  ['a page that is not JSON', '/__load/html', /JSON/i],
  ['JSON that is not a framework', '/__load/not-framework', /format|required|missing/i],
  ['a connection reset', '/__load/reset', /could not load \/__load\/reset: Failed to fetch/],
  ['a server that never answers', '/__load/hang', /no answer within 0\.3 s/],
];

for (const tag of TAGS) {
  const open = unsafeStatic(tag);
  describe(`<${tag}> loading src from a failing server`, () => {
    it('gives up after 30 s by default, or after its timeout attribute', async () => {
      const el = await fixture<Loading>(staticHtml`<${open}></${open}>`);
      expect(el.timeout).to.equal(30_000);
      const timed = await fixture<Loading>(staticHtml`<${open} timeout="250"></${open}>`);
      expect(timed.timeout).to.equal(250);
    });

    for (const [what, url, message] of FAILURES) {
      it(`ends ${what} in one career-error with the error panel, then recovers`, async () => {
        // A short timeout only where the server hangs: a busy machine may take longer to answer.
        const timeout = url.endsWith('hang') ? 300 : 8000;
        const el = await fixture<Loading>(staticHtml`<${open} timeout=${timeout}></${open}>`);
        const events = record(el);
        const started = performance.now();
        el.src = url;
        await settled(el);
        await el.updateComplete;
        expect(performance.now() - started, 'settled before the test timeout').to.be.below(8000);
        expect(events).to.have.length(1);
        expect(events[0]).to.match(/^error: /);
        expect(events[0]).to.match(message);
        expect(errorPanel(el), 'error panel').to.exist;

        el.timeout = 8000;
        el.src = GOOD;
        await oneEvent(el, 'career-load');
        await el.updateComplete;
        expect(errorPanel(el), 'no error panel after recovery').to.equal(null);
        await pause(50);
        expect(events.slice(1)).to.deep.equal(['load']);
      });
    }

    it('finishes a load interrupted by a move in the DOM with career-load', async () => {
      const el = await fixture<Loading>(staticHtml`<${open} src="/__load/slow?ms=400"></${open}>`);
      const events = record(el);
      await pause(50);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(el); // removed and re-inserted in one step, as SPAs move nodes
      await settled(el);
      await el.updateComplete;
      expect(events).to.deep.equal(['load']);
      expect(errorPanel(el)).to.equal(null);
      elsewhere.remove();
    });

    it('finishes a load interrupted by a longer detachment once it is back in the page', async () => {
      const el = await fixture<Loading>(staticHtml`<${open} src="/__load/slow?ms=300"></${open}>`);
      const parent = el.parentElement!;
      const events = record(el);
      await pause(50);
      el.remove();
      await pause(500); // longer than the server takes: the aborted answer must not count
      expect(events, 'nothing while detached').to.deep.equal([]);
      parent.append(el);
      await settled(el);
      await pause(50);
      expect(events).to.deep.equal(['load']);
    });
  });
}
