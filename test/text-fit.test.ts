// Titles in any script fit their boxes on the map: measured in Chromium with the element's font.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import { tinyFramework } from './fixtures/tiny-framework.js';

const TITLES = {
  ja: '機械学習エンジニアリングマネージャー',
  zh: '高级数据平台架构工程师',
  de: 'Softwareentwicklungsingenieurin für Datenplattformen',
  ar: 'مهندسة بيانات أولى في فريق المنصة',
};

async function mapWithTitles(font: string): Promise<MobilityMap> {
  const framework = tinyFramework();
  const titles = Object.values(TITLES);
  framework.roles = framework.roles.map((role, i) => (i < titles.length ? { ...role, title: titles[i] } : role));
  const el = await fixture<MobilityMap>(html`<mobility-map style="width: 900px; --career-font-family: ${font}" .framework=${framework}></mobility-map>`);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('titles fit their boxes', () => {
  for (const font of ['system-ui, sans-serif', 'serif']) {
    it(`CJK, Arabic and long German titles stay inside their role boxes (${font})`, async () => {
      const el = await mapWithTitles(font);
      const checked: string[] = [];
      for (const role of el.shadowRoot!.querySelectorAll<SVGGElement>('[part="role"]')) {
        const text = role.querySelector<SVGTextElement>('.role-label');
        const box = role.querySelector('rect')!;
        if (!text) continue;
        const boxWidth = box.width.baseVal.value;
        for (const tspan of text.querySelectorAll('tspan')) {
          // The glyphs, not the space that joins a line to the next one.
          const length = tspan.textContent!.trimEnd().length;
          const drawn = length ? tspan.getSubStringLength(0, length) : 0;
          expect(drawn, `"${tspan.textContent}" in a ${boxWidth}px box`).to.be.at.most(boxWidth);
        }
        checked.push(text.textContent!.replace(/\s+/g, ''));
      }
      for (const title of Object.values(TITLES)) {
        // Each title is drawn, whole or cut with an ellipsis, never overflowing.
        const start = title.replace(/\s+/g, '').slice(0, 3);
        expect(checked.some((t) => t.startsWith(start)), title).to.equal(true);
      }
    });
  }
});
