// Ids are data: a track, family, level or skill id that is also a name on Object.prototype
// (`constructor`, `toString`, `__proto__`, `hasOwnProperty`) is looked up as an own key only and
// never shows a native function as a label.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { CareerElement } from '../src/base/career-element.js';
import type { Framework } from '../src/format/types.js';
import { validateFramework } from '../src/model/validate.js';

/** acme with its two tracks renamed `constructor` and `toString`, and trackLabels for neither. */
async function prototypeTracks(): Promise<Framework> {
  const acme = await (await fetch('/src/examples/acme.json')).json();
  const rename: Record<string, string> = { ic: 'constructor', management: 'toString' };
  for (const track of acme.tracks) track.id = rename[track.id];
  for (const role of acme.roles) role.track = rename[role.track];
  for (const level of acme.levels) level.trackLabels = {}; // present, with neither track's key
  for (const band of acme.payBands ?? []) if (band.track) band.track = rename[band.track];
  for (const competency of acme.competencies ?? []) for (const e of competency.expectations ?? []) if (e.track) e.track = rename[e.track];
  return acme;
}

const ELEMENTS = {
  'mobility-map': 'current-role="data-analyst-2" target="ml-engineer-3"',
  'ladder-compare': 'family="data"',
  'skill-gap': 'current-role="data-analyst-2" target="ml-engineer-3"',
};

describe('ids named like Object.prototype members', () => {
  let framework: Framework;
  before(async () => {
    framework = await prototypeTracks();
  });

  it('validate as any other id', () => {
    const result = validateFramework(framework);
    expect(result.errors).to.deep.equal([]);
  });

  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    it(`<${tag}> shows no native function for a track id "constructor" or "toString"`, async () => {
      const el = await fixture<CareerElement>(staticHtml`<${unsafeStatic(`${tag} ${attributes}`)}></${unsafeStatic(tag)}>`);
      const loaded = oneEvent(el, 'career-load');
      el.framework = framework;
      await loaded;
      await el.updateComplete;
      // Open every role's panel text in the map too: levelName() is where trackLabels are read.
      const text = el.shadowRoot!.textContent! + [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ');
      expect(text).not.to.match(/native code|function \w*\(/);
      expect(text.length).to.be.above(100);
    });
  }
});
