import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import { Localizer, registerStrings, safeLocale } from '../src/base/localize.js';
import { ar as arabic } from '../src/base/strings/ar.js';
import { de as german } from '../src/base/strings/de.js';

let acme: Framework;
before(async () => {
  // The page registers the languages it offers (the demo does the same).
  registerStrings('de', german);
  registerStrings('ar', arabic);
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function focusedMap(attrs: { lang?: string; dir?: string; wrapperLang?: string } = {}): Promise<MobilityMap> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attrs.wrapperLang ?? 'en'} dir=${attrs.dir ?? 'ltr'} style="width: 1100px">
    <mobility-map region="US" .framework=${acme}></mobility-map></div>`);
  const el = wrapper.querySelector<MobilityMap>('mobility-map')!;
  if (attrs.lang) el.lang = attrs.lang;
  el.currentRole = 'data-analyst-2';
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('languages', () => {
  it('lists join by Intl.ListFormat for the locale, from the same formatter cache as numbers and plurals', async () => {
    expect(new Localizer('en').list(['SQL', 'Python', 'Statistics'])).to.equal('SQL, Python, and Statistics');
    expect(new Localizer('de').list(['SQL', 'Python', 'Statistik'])).to.equal('SQL, Python und Statistik');
    expect(new Localizer('de').list(['IC2', 'M1'], 'unit')).to.equal('IC2, M1');
    // Arabic joins with its own conjunction; Latin items are isolated in the right-to-left sentence.
    expect(new Localizer('ar').list(['SQL', 'Python'])).to.equal('\u2068SQL\u2069 و\u2068Python\u2069');
    const { listFormat, numberFormat, pluralRules } = await import('../src/format/locale.js');
    expect(listFormat('de')).to.equal(listFormat('de'));
    expect(listFormat('de', { type: 'unit' })).not.to.equal(listFormat('de'));
    expect(pluralRules('ar')).to.equal(pluralRules('ar'));
    expect(numberFormat('de', {})).to.equal(numberFormat('de', {}));
  });

  it('plurals by Intl.PluralRules, durations, numbers and money by Intl for the locale', async () => {
    const en = new Localizer('en');
    expect(en.months(1)).to.equal('1 month');
    expect(en.months(24)).to.equal('24 months');
    expect(en.t({ one: '…and {count} more problem.', other: '…and {count} more problems.' }, { count: 1 })).to.equal('…and 1 more problem.');
    const de = new Localizer('de');
    expect(de.months(1)).to.equal('1 Monat');
    expect(de.months(24)).to.equal('24 Monate');
    expect(de.money(78000, 'EUR').replace(/\s/g, ' ')).to.equal('78.000 €');
    const routeSummary = { one: 'Route to {target}: {count} move', other: 'Route to {target}: {count} moves' };
    expect(de.t(routeSummary, { target: 'X', count: 1 })).to.equal('Weg zu X: 1 Schritt');
    const ar = new Localizer('ar');
    // Text from data in the other direction is isolated (U+2068 … U+2069) inside the Arabic sentence.
    expect(ar.t(routeSummary, { target: 'X', count: 2 })).to.equal('الطريق إلى \u2068X\u2069: انتقالان');
  });

  it('an invalid locale never throws: it falls back', () => {
    for (const bad of ['en_US', '', 'x', '12', '--']) expect(() => new Localizer(bad, bad).money(5, 'USD')).not.to.throw();
    expect(safeLocale('en_US')).to.equal('en-US');
    expect(safeLocale('12')).to.equal(undefined);
    expect(new Localizer('12').lang).to.equal('en');
  });

  it('lang on an ancestor picks the German table (registered by the page); lang on the element wins; strings override any entry', async () => {
    const el = await focusedMap({ wrapperLang: 'de' });
    await waitUntil(() => text(el).includes('Sie sind hier'), 'the German table arrives');
    expect(text(el)).to.contain('Sie sind hier');
    expect(text(el)).to.contain('Übliche Dauer');
    expect(text(el)).to.match(/24 Monate/);
    expect(el.shadowRoot!.querySelector('input[part="search"]')!.getAttribute('placeholder')).to.equal('Rolle suchen …');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.contain('Typical time');
    el.strings = { 'Typical time': 'Usually takes', 'You are here': 'Your role' };
    await el.updateComplete;
    expect(text(el)).to.contain('Usually takes');
    expect(text(el)).to.contain('Your role');
  });

  for (const [lang, words] of [
    ['de', { export: 'Exportieren', routes: 'Wege zu', best: 'Bester Weg', suggested: 'Vorgeschlagene Wechsel', here: 'Sie sind hier', step: 'Schritt 1: ', explained: /Teilt|Braucht/, tooltip: /Wechsel von hier/ }],
    ['ar', { export: 'تصدير', routes: 'الطرق إلى', best: 'أفضل طريق', suggested: 'انتقالات مقترحة', here: 'أنت هنا', step: 'الخطوة 1: ', explained: /يشترك|يحتاج/, tooltip: /من هنا/ }],
  ] as const) {
    it(`${lang}: the map's export menu, route cards, suggested moves and their explanations, steps and "you are here" come from the table`, async () => {
      const el = await focusedMap({ wrapperLang: lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      el.export = true;
      el.setAttribute('infer-moves', '0.3');
      el.target = 'ml-engineer-3';
      await el.updateComplete;
      await waitUntil(() => text(el).includes(words.best) && text(el).includes(words.suggested), `route cards and suggested moves in ${lang}`, { timeout: 5000 });
      const all = text(el);
      for (const word of [words.export, words.routes, words.best, words.suggested]) expect(all).to.contain(word);
      expect(all).to.match(words.explained);
      for (const english of ['Routes to', 'Best route', 'Suggested moves', 'Download SVG', 'Skill gap and learning plan', 'Typical time', 'Not in the framework']) expect(all).not.to.contain(english);
      expect(el.shadowRoot!.querySelector('.here')!.textContent!.trim()).to.equal(words.here);
      expect(el.shadowRoot!.querySelector('.route-step')!.getAttribute('aria-label')!.startsWith(words.step)).to.equal(true);
      // The hover card of a role.
      el.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="tooltip"]'), 'tooltip', { timeout: 2000 });
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.match(words.tooltip);
    });
  }

  it('Arabic with dir="rtl" mirrors the map: the level axis on the right, the first family rightmost', async () => {
    const ltr = await focusedMap();
    const rtl = await focusedMap({ wrapperLang: 'ar', dir: 'rtl' });
    await waitUntil(() => text(rtl).includes('أنت هنا'));
    expect(text(rtl)).to.contain('أنت هنا');
    const box = (el: MobilityMap, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    const roleX = (el: MobilityMap, id: string) => box(el, `[data-role-id="${id}"] rect`).x;
    // Data is the first family: leftmost in LTR, rightmost in RTL.
    expect(roleX(ltr, 'data-analyst-2')).to.be.below(roleX(ltr, 'software-engineer-2'));
    expect(roleX(rtl, 'data-analyst-2')).to.be.above(roleX(rtl, 'software-engineer-2'));
    // The level labels stand right of every role in RTL, and are not clipped by the map area when it
    // shows every role. (Framing a focused role zooms in: then, in either direction, the level
    // labels may lie outside the view, as the rest of the map does.)
    await emulateMedia({ reducedMotion: 'reduce' });
    rtl.fit();
    await rtl.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await emulateMedia({ reducedMotion: 'no-preference' });
    const level = box(rtl, '.level-label');
    const map = box(rtl, '.map');
    const roles = [...rtl.shadowRoot!.querySelectorAll('[part="role"] rect')].map((r) => r.getBoundingClientRect().right);
    expect(level.left).to.be.at.least(Math.max(...roles) - 1);
    expect(level.right).to.be.at.most(map.right + 1);
  });
});
