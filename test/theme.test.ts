import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import type { CareerElement } from '../src/base/career-element.js';
import { backgroundBehind, contrast, over, parseColor, type Rgba } from '../src/testing/contrast.js';

let acme: Framework;
before(async () => {
  acme = await (await fetch('/src/examples/acme.json')).json();
  // The shipped brand themes, as a page would link them.
  for (const brand of ['harbor', 'ember']) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch(`/src/themes/${brand}.css`)).text());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
});
const BRANDS = ['', 'career-theme-harbor', 'career-theme-ember'];
afterEach(() => emulateMedia({ colorScheme: 'light' }));

const host = (el: Element) => getComputedStyle(el);
const colorOf = (el: Element, property = 'color') => parseColor(host(el).getPropertyValue(property));
const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).join(', ')})`;
/** A colour token as the element resolves it (its light-dark() by the element's colour scheme). */
function tokens(el: Element, name: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.shadowRoot!.append(probe);
  const value = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return value;
}

/** The three visual elements, each showing most of what it can draw (panel, expanded level, plan). */
async function views(theme: string, brand = '') {
  const page = await fixture<HTMLElement>(html`<div class=${brand} style="width: 1200px">
    <mobility-map theme=${theme} region="US" .framework=${acme}></mobility-map>
    <ladder-compare theme=${theme} family="data" region="US" .framework=${acme}></ladder-compare>
    <skill-gap theme=${theme} target="ml-engineer-3" .framework=${acme}></skill-gap>
  </div>`);
  const [map, ladder, gap] = [...page.children] as CareerElement[];
  for (const el of [map, ladder, gap]) el.role = 'data-analyst-2';
  await Promise.all([map, ladder, gap].map((el) => el.updateComplete));
  ladder.shadowRoot!.querySelector<HTMLElement>('[part="expand"]')?.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all([map, ladder, gap].map((el) => el.updateComplete));
  return { map, ladder, gap };
}

/** Every visible text run in an element's shadow root (HTML and SVG) with its colour and background. */
function textPairs(el: Element): { text: string; ratio: number; where: string }[] {
  const pairs: { text: string; ratio: number; where: string }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const text = node.textContent!.trim();
    if (!text || parent.closest('style, .visually-hidden, .dim, [hidden]')) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 1) continue;
    const inSvg = parent instanceof SVGElement;
    const background = inSvg ? svgBackground(parent) : backgroundBehind(parent);
    const foreground = over(parseColor(inSvg ? style.fill : style.color), background);
    pairs.push({ text: text.slice(0, 40), ratio: contrast(foreground, background), where: parent.getAttribute("class") ?? parent.localName });
  }
  return pairs;
}

/** What an SVG label sits on: its own role box, else the map's surface (with the level bands). */
function svgBackground(label: Element): Rgba {
  const box = label.closest('g')?.querySelector(':scope > rect');
  const mapSurface = backgroundBehind(label.closest('svg')!.parentElement!);
  if (box && label.closest('[part="role"], .flow')) return over(parseColor(getComputedStyle(box).fill), mapSurface);
  if (label.closest('.level-label, .here')) {
    const band = label.closest('svg')!.querySelector('.level-band');
    return band ? over(parseColor(getComputedStyle(band).fill), mapSurface) : mapSurface;
  }
  return mapSurface;
}

describe('themes', () => {
  it('a token set on the page changes a computed colour inside the shadow root, and the focus ring follows the accent', async () => {
    const el = await fixture<CareerElement>(html`<ladder-compare style="--career-color-accent: rgb(1, 120, 3)" family="data" .framework=${acme}></ladder-compare>`);
    const roleButton = el.shadowRoot!.querySelector<HTMLElement>('.role')!;
    expect(host(roleButton).color).to.equal('rgb(1, 120, 3)');
    roleButton.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(host(focused).outlineColor).to.equal('rgb(1, 120, 3)');
  });

  it('dark by attribute, by a provider, and by prefers-color-scheme; an explicit light wins over the media query', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <skill-gap theme="dark"></skill-gap>
      <career-framework theme="dark"><ladder-compare></ladder-compare><skill-gap theme="light"></skill-gap></career-framework>
      <mobility-map></mobility-map>
    </div>`);
    const [own, provider, plain] = [...page.children] as CareerElement[];
    const [inside, lightInside] = [...provider.children] as CareerElement[];
    await Promise.all([own, inside, lightInside, plain].map((el) => el.updateComplete));
    const isDark = (el: Element) => contrast(colorOf(el), [0, 0, 0, 1]) > 10;
    expect(isDark(own), 'own attribute').to.equal(true);
    expect(isDark(inside), 'inside a dark provider').to.equal(true);
    expect(isDark(lightInside), 'own light inside a dark provider').to.equal(false);
    expect(isDark(plain), 'no theme, light scheme').to.equal(false);
    // The provider's theme changes later: the elements inside follow.
    (provider as unknown as { theme: string }).theme = 'light';
    await (provider as unknown as CareerElement).updateComplete;
    await inside.updateComplete;
    expect(isDark(inside), 'provider switched to light').to.equal(false);

    await emulateMedia({ colorScheme: 'dark' });
    expect(isDark(plain), 'no theme, dark scheme').to.equal(true);
    expect(isDark(lightInside), 'explicit light under a dark scheme').to.equal(false);
    // A dark theme paints its own background, so its light text never lands on a white page.
    expect(contrast(colorOf(plain), backgroundBehind(plain))).to.be.greaterThan(7);
  });

  for (const brand of BRANDS) for (const theme of ['light', 'dark']) {
    const name = `${brand || 'default'} ${theme}`;
    it(`${name}: every token pair of text on a background is at least 4.5:1`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class=${brand}><mobility-map theme=${theme}></mobility-map></div>`);
      const el = wrapper.firstElementChild!;
      const pairs: [string, string][] = [
        ['--_text', '--_surface'], ['--_text', '--_surface-alt'], ['--_muted', '--_surface'], ['--_muted', '--_surface-alt'],
        ['--_accent', '--_surface'], ['--_accent', '--_surface-alt'], ['--_accent-text', '--_accent'],
        ['--_promotion-text', '--_promotion'], ['--_lateral-text', '--_lateral'], ['--_step-back-text', '--_step-back'],
        ['--_promotion', '--_surface'], ['--_lateral', '--_surface'], ['--_step-back', '--_surface'],
        ['--_ic', '--_surface'], ['--_management', '--_surface'], ['--_ic', '--_surface-alt'], ['--_management', '--_surface-alt'],
        ['--_danger', '--_danger-surface'], ['--_text', '--_danger-surface'], ['--_danger', '--_surface'],
      ];
      const low = pairs
        .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(tokens(el, fg), tokens(el, bg)) }))
        .filter(({ ratio }) => ratio < 4.5);
      expect(low, name).to.deep.equal([]);
      if (brand) expect(host(el).getPropertyValue('--_radius'), 'the brand reaches the element').to.equal(brand.includes('harbor') ? '12px' : '0px');
      // The focus ring is visible against the surface (3:1, non-text).
      expect(contrast(tokens(el, '--_focus'), tokens(el, '--_surface'))).to.be.at.least(3);
    });

    it(`${name}: every text drawn by the three elements is at least 4.5:1 on what is behind it`, async () => {
      const { map, ladder, gap } = await views(theme, brand);
      for (const el of [map, ladder, gap]) {
        const pairs = textPairs(el);
        expect(pairs.length, el.localName).to.be.greaterThan(20);
        const low = pairs.filter(({ ratio }) => ratio < 4.5).map(({ text, ratio, where }) => `${el.localName} ${where} "${text}" ${ratio.toFixed(2)}`);
        expect(low, `${name} ${el.localName}`).to.deep.equal([]);
      }
    });
  }

  /** The family palette colour a cluster gets on the map (class `family cN`), as the element resolves it. */
  function seriesColour(map: Element, cluster: number): Rgba {
    const probe = document.createElement('span');
    probe.className = `family c${cluster}`;
    probe.style.color = 'var(--_family)';
    map.shadowRoot!.append(probe);
    const value = parseColor(getComputedStyle(probe).color);
    probe.remove();
    return value;
  }

  it('the family palette --career-series-1…8: eight distinct colours, each 3:1 on the surface in light and dark; the overview cycles through them', async () => {
    for (const theme of ['light', 'dark']) {
      const map = await fixture<HTMLElement>(html`<mobility-map theme=${theme} .framework=${acme} overview-threshold="1"></mobility-map>`);
      const colours = [0, 1, 2, 3, 4, 5, 6, 7].map((cluster) => seriesColour(map, cluster));
      expect(new Set(colours.map(rgb)).size, theme).to.equal(8);
      for (const [i, colour] of colours.entries()) expect(contrast(colour, tokens(map, '--_surface')), `${theme} series ${i + 1}`).to.be.at.least(3);
      await (map as CareerElement).updateComplete;
      const family = map.shadowRoot!.querySelector('[part="family"]');
      expect(family, 'the overview draws families').to.exist;
      const cluster = Number(/\bc(\d)\b/.exec(family!.getAttribute('class')!)![1]);
      expect(getComputedStyle(family!.querySelector('circle')!).stroke).to.equal(rgb(colours[cluster]));
    }
  });

  it('--career-family-color-N, the palette\'s deprecated name, still applies when --career-series-N is unset', async () => {
    const old = await fixture<HTMLElement>(html`<mobility-map style="--career-family-color-2: rgb(1, 2, 3)" .framework=${acme}></mobility-map>`);
    expect(rgb(seriesColour(old, 1))).to.equal('rgb(1, 2, 3)');
    expect(rgb(seriesColour(old, 7)), 'series 8 reads family colour 2, as the six-colour cycle did').to.equal('rgb(1, 2, 3)');
    const both = await fixture<HTMLElement>(html`<mobility-map style="--career-family-color-2: rgb(1, 2, 3); --career-series-2: rgb(4, 5, 6)" .framework=${acme}></mobility-map>`);
    expect(rgb(seriesColour(both, 1)), 'the series token wins').to.equal('rgb(4, 5, 6)');
  });

  it('move-kind badges use their text-on-colour token (no white on a light colour in dark)', async () => {
    const { map } = await views('dark');
    const badge = map.shadowRoot!.querySelector('.tag.promotion')!;
    expect(badge, 'a promotion badge in the panel').to.exist;
    expect(host(badge).color).to.equal(rgb(tokens(map, '--_promotion-text')));
    expect(contrast(colorOf(badge), colorOf(badge, 'background-color'))).to.be.at.least(4.5);
  });
});
