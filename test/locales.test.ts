// A locale Intl rejects (`en_US`, `""`) in the framework, on the element or as the page's
// <html lang> never blanks an element: it draws with the next locale that works.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { CareerElement } from '../src/base/career-element.js';
import type { Framework } from '../src/format/types.js';

const ELEMENTS = {
  'mobility-map': 'current-role="data-analyst-2" target="ml-engineer-3"',
  'ladder-compare': 'family="data"',
  'skill-gap': 'current-role="data-analyst-2" target="ml-engineer-3"',
};

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
});

const drawn = (el: Element) => !el.shadowRoot!.querySelector('[part="error"], [part="status"]') && el.shadowRoot!.textContent!.trim().length > 100;

describe('locales Intl rejects', () => {
  const failures: string[] = [];
  const onError = (e: ErrorEvent) => failures.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => failures.push(String(e.reason));
  const lang = document.documentElement.lang;
  beforeEach(() => {
    failures.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.documentElement.lang = lang;
  });

  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    const open = unsafeStatic(`${tag} ${attributes}`);
    const close = unsafeStatic(tag);
    for (const [where, frameworkLocale, elementLocale, pageLang] of [
      ['the framework says "en_US"', 'en_US', undefined, 'en'],
      ['the framework says ""', '', undefined, 'en'],
      ['the element says "xx_YY"', 'en-GB', 'xx_YY', 'en'],
      ['the page says <html lang="en_US">', undefined, undefined, 'en_US'],
      ['the page says <html lang="">', undefined, undefined, ''],
    ] as const) {
      it(`<${tag}> draws when ${where}`, async () => {
        document.documentElement.lang = pageLang;
        const framework = { ...acme, locale: frameworkLocale };
        if (frameworkLocale === undefined) delete framework.locale;
        const el = await fixture<CareerElement>(staticHtml`<${open}></${close}>`);
        if (elementLocale) el.locale = elementLocale;
        const loaded = oneEvent(el, 'career-load');
        el.framework = framework;
        await loaded;
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(failures, 'no uncaught error').to.deep.equal([]);
        expect(drawn(el), 'drawn').to.equal(true);
      });
    }
  }
});
