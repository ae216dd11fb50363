// Issue 15, languages and direction for <skill-gap> and <ladder-compare> (the tables' completeness:
// test/node/strings.test.mjs): `lang` (inherited) picks German or Arabic with Intl plurals and money, `strings`
// overrides any entry, and dir="rtl" mirrors bars, axes and columns (positions, not attributes).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { Localizer, registerStrings } from '../src/base/localize.js';
import { ar } from '../src/base/strings/ar.js';
import { de } from '../src/base/strings/de.js';
import type { Framework } from '../src/format/types.js';
import type { LadderCompare } from '../src/ladder-compare/ladder-compare.component.js';
import type { SkillGap } from '../src/skill-gap/skill-gap.component.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function inside<T extends HTMLElement>(template: unknown, tag: string, attrs: { lang?: string; dir?: string } = {}): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'} style="width: 1000px">${template}</div>`);
  const el = wrapper.querySelector<T>(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const gap = (attrs: { lang?: string; dir?: string } = {}) =>
  inside<SkillGap>(html`<skill-gap .framework=${acme} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`, 'skill-gap', attrs);
const ladder = (attrs: { lang?: string; dir?: string } = {}) =>
  inside<LadderCompare>(html`<ladder-compare .framework=${acme} family="data" region="US" pay="full"></ladder-compare>`, 'ladder-compare', attrs);

describe('string tables', () => {
  it('registerStrings adds a language an integrator ships (French here), falling back to English for the rest', () => {
    registerStrings('fr', { 'Learning plan': "Plan d'apprentissage", '{count} steps to go': { one: '{count} étape', other: '{count} étapes' } });
    const fr = new Localizer('fr-CA');
    expect(fr.t('Learning plan')).to.equal("Plan d'apprentissage");
    expect(fr.t({ one: '{count} step to go', other: '{count} steps to go' }, { count: 1 })).to.equal('1 étape');
    expect(fr.t('Competencies')).to.equal('Competencies');
    expect(fr.money(78000, 'EUR').replace(/\s/g, ' ')).to.equal('78 000 €');
  });
});

describe('<skill-gap> and <ladder-compare> in German and Arabic', () => {
  before(async () => {
    registerStrings('de', de);
    registerStrings('ar', ar);
  });

  it('German skill gap: headings, plurals by Intl.PluralRules, hours and months by Intl', async () => {
    const el = await gap({ lang: 'de' });
    await waitUntil(() => text(el).includes('Lernplan'));
    expect(text(el)).to.contain('Übertragbare Stärken');
    expect(text(el)).to.match(/\d+ Ressourcen, \d+ Std\., decken \d+ von \d+ Lückenschritten ab/);
    expect(text(el)).to.match(/Noch \d+ Schritte/);
    expect(text(el)).to.contain('dauert üblicherweise 24 Monate');
    const python = el.shadowRoot!.querySelector('[data-skill-id="python"]')!;
    expect(python.getAttribute('aria-label')).to.match(/^Python: aktuell Awareness, gefordert Practitioner, Lücke 2; Fähigkeit: Kern/);
  });

  it('German ladder: money by Intl for the locale ("78.000 $"), its notes and buttons', async () => {
    const el = await ladder({ lang: 'de' });
    await waitUntil(() => text(el).includes('Erwartungen zeigen'));
    expect(text(el)).to.match(/78\.000\s\$ – 102\.000\s\$/);
    expect(text(el)).to.match(/Gehaltsbalken: Grundgehalt US in USD, auf einer Skala von [\d.]+\s\$ bis [\d.]+\s\$/);
    expect(text(el)).to.contain('Bonusziel');
  });

  it('strings override any entry of either element, in any language', async () => {
    const el = await gap({ lang: 'de' });
    el.strings = { 'Learning plan': 'Ihr Weiterbildungsplan', '{count} steps to go': { one: 'ein Schritt fehlt', other: 'es fehlen {count} Schritte' } };
    await el.updateComplete;
    await waitUntil(() => text(el).includes('Ihr Weiterbildungsplan'));
    expect(text(el)).to.match(/es fehlen \d+ Schritte/);
    const compare = await ladder();
    compare.strings = { 'Show expectations': 'Open the level' };
    await compare.updateComplete;
    expect(text(compare)).to.contain('Open the level');
  });

  it('the error panel speaks the element language', async () => {
    const el = await inside<SkillGap>(html`<skill-gap .framework=${acme} current-role="data-analyst-2" target="no-such-role"></skill-gap>`, 'skill-gap', { lang: 'de' });
    await waitUntil(() => text(el).includes('Die Kompetenzlücke kann nicht angezeigt werden'));
    expect(el.shadowRoot!.querySelector('[part="error"] code')!.textContent).to.equal('target');
  });

  it('Arabic with dir="rtl" mirrors the skill bars: names on the right, levels growing to the left, the axis reversed', async () => {
    const ltr = await gap();
    const rtl = await gap({ lang: 'ar', dir: 'rtl' });
    await waitUntil(() => text(rtl).includes('خطة التعلّم'));
    for (const [el, mirrored] of [[ltr, false], [rtl, true]] as const) {
      const row = el.shadowRoot!.querySelector('[data-skill-id="python"]')!;
      const name = row.querySelector('.name')!.getBoundingClientRect();
      const track = row.querySelector('.track')!.getBoundingClientRect();
      const current = row.querySelector('.current-bar')!.getBoundingClientRect();
      const gapBar = row.querySelector('.gap-bar')!.getBoundingClientRect();
      const ticks = [...el.shadowRoot!.querySelectorAll('.ticks span')].map((t) => t.getBoundingClientRect().left);
      if (mirrored) {
        expect(name.left, 'name right of the track').to.be.at.least(track.right - 1);
        expect(gapBar.right, 'the gap continues to the left of the current bar').to.be.at.most(current.left + 1);
        expect(track.right - current.right, 'the bar starts at the right end').to.be.below(track.width / 2);
        expect(ticks[0], '"None" is the rightmost tick').to.be.above(ticks[ticks.length - 1]);
      } else {
        expect(name.right).to.be.at.most(track.left + 1);
        expect(gapBar.left).to.be.at.least(current.right - 1);
        expect(ticks[0]).to.be.below(ticks[ticks.length - 1]);
      }
    }
  });

  it('Arabic with dir="rtl" mirrors the skill radar: skills run counter-clockwise, each label outside its spoke on the mirrored side', async () => {
    const radarOf = async (attrs: { lang?: string; dir?: string }) => {
      const el = await gap(attrs);
      el.view = 'radar';
      await el.updateComplete;
      // Both radars at one size (the width the element measured last differs with the frames a
      // radar took to load): this compares their geometry, mirrored.
      (el as unknown as { radarWidth: number }).radarWidth = 640;
      await el.updateComplete;
      return el;
    };
    const ltr = await radarOf({});
    const rtl = await radarOf({ lang: 'ar', dir: 'rtl' });
    /** Each spoke's end and label, in px from the radar's centre (x to the right). */
    const spokes = (el: SkillGap) => {
      const chart = el.shadowRoot!.querySelector('.radar svg[role="group"]')!.getBoundingClientRect();
      const centre = chart.left + chart.width / 2;
      return [...el.shadowRoot!.querySelectorAll<SVGGElement>('.spoke')].map((spoke) => {
        const end = spoke.querySelector('.spoke-line')!.getBoundingClientRect();
        const label = spoke.querySelector('.spoke-label')!.getBoundingClientRect();
        return { skill: spoke.dataset.skillId, end: (end.left + end.right) / 2 - centre, left: label.left - centre, right: label.right - centre };
      });
    };
    const l = spokes(ltr);
    const r = spokes(rtl);
    expect(r.map((s) => s.skill)).to.deep.equal(l.map((s) => s.skill));
    expect(l[1].end, 'left to right, the second skill is clockwise (right)').to.be.above(5);
    expect(r[1].end, 'right to left, the second skill is counter-clockwise (left)').to.be.below(-5);
    for (const [i, spoke] of r.entries()) {
      expect(spoke.end, spoke.skill).to.be.closeTo(-l[i].end, 1.5);
      // A label on the left of the radar ends at its spoke's end; on the right it starts there.
      if (spoke.end < -5) expect(spoke.right, spoke.skill).to.be.at.most(spoke.end * 2 + 1);
      if (spoke.end > 5) expect(spoke.left, spoke.skill).to.be.at.least(spoke.end * 2 - 1);
    }
    // A ring label sits beside the first spoke on the mirrored side, clear of the radar's left half.
    const ring = (el: SkillGap) => {
      const chart = el.shadowRoot!.querySelector('.radar svg[role="group"]')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('.ring-label')!.getBoundingClientRect();
      return label.left + label.width / 2 - (chart.left + chart.width / 2);
    };
    expect(ring(ltr)).to.be.below(0);
    expect(ring(rtl)).to.be.above(0);
  });

  it('right to left, the left arrow raises a skill (the track grows to the left)', async () => {
    const el = await gap({ lang: 'ar', dir: 'rtl' });
    const python = el.shadowRoot!.querySelector<HTMLElement>('[data-skill-id="python"]')!;
    const before = Number(python.getAttribute('aria-valuenow'));
    python.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(Number(el.shadowRoot!.querySelector('[data-skill-id="python"]')!.getAttribute('aria-valuenow'))).to.be.above(before);
  });

  it('Arabic with dir="rtl" mirrors the ladder: level headers on the right, columns from the right, pay bars growing leftwards', async () => {
    const ltr = await ladder();
    const rtl = await ladder({ lang: 'ar', dir: 'rtl' });
    await waitUntil(() => text(rtl).includes('عرض التوقعات'));
    const box = (el: LadderCompare, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    const header = box(rtl, 'tr[data-level-id="L2"] th[part="level-header"]');
    const firstColumn = box(rtl, 'tr[data-level-id="L2"] td[part="cell"]');
    expect(header.left).to.be.at.least(firstColumn.right - 1);
    expect(box(ltr, 'tr[data-level-id="L2"] th[part="level-header"]').right).to.be.at.most(box(ltr, 'tr[data-level-id="L2"] td[part="cell"]').left + 1);
    // The same band, mirrored: its distance from the bar's right edge right to left equals its
    // distance from the left edge left to right.
    const gapTo = (el: LadderCompare, side: 'left' | 'right') => {
      const bar = box(el, 'tr[data-level-id="L2"] [part="pay-bar"]');
      const range = box(el, 'tr[data-level-id="L2"] [part="pay-bar"] .range');
      return { start: side === 'left' ? range.left - bar.left : bar.right - range.right, width: range.width / bar.width };
    };
    const l = gapTo(ltr, 'left');
    const r = gapTo(rtl, 'right');
    expect(l.start).to.be.above(1);
    expect(r.start / box(rtl, 'tr[data-level-id="L2"] [part="pay-bar"]').width).to.be.closeTo(l.start / box(ltr, 'tr[data-level-id="L2"] [part="pay-bar"]').width, 0.01);
    expect(r.width).to.be.closeTo(l.width, 0.01);
  });
});
