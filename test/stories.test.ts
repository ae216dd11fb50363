// Every Storybook story, rendered as a test fixture in Chromium (Spectrum's habit): it renders
// without throwing, shows an error panel only where the story is about errors, and passes axe.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as careerFramework from '../stories/career-framework.stories.js';
import * as mobilityMap from '../stories/mobility-map.stories.js';
import * as ladderCompare from '../stories/ladder-compare.stories.js';
import * as skillGap from '../stories/skill-gap.stories.js';
import * as imported from '../stories/imported-frameworks.stories.js';
import * as themes from '../stories/themes.stories.js';

type Story = { render?: (args: any, context: any) => unknown; args?: Record<string, unknown> };
type StoryModule = Record<string, unknown> & { default: { title?: string; args?: Record<string, unknown>; render?: Story['render'] } };

const modules: StoryModule[] = [careerFramework, mobilityMap, ladderCompare, skillGap, imported, themes] as unknown as StoryModule[];
const ABOUT_ERRORS = /error|invalid|fetch/i;

const elementsIn = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].filter((el) => el.tagName.includes('-') && el.shadowRoot);

async function settle(root: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elementsIn(root).map((el) => (el as any).updateComplete));
    await nextFrame();
  }
}

for (const module of modules) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${name} renders${ABOUT_ERRORS.test(name) ? ' its error state' : ' without an error panel'} and passes axe`, async () => {
        const render = story.render ?? meta.render!;
        const args = { ...meta.args, ...story.args };
        const container = await fixture<HTMLDivElement>(html`<div>${render(args, { args }) as TemplateResult}</div>`);
        await settle(container);
        const errorPanels = () => elementsIn(container).filter((el) => el.shadowRoot!.querySelector('[part="error"]'));
        // A failed fetch ends when the network answers, which a loaded machine can delay past a few frames.
        if (ABOUT_ERRORS.test(name)) await waitUntil(() => errorPanels().length > 0, 'an error panel', { timeout: 5000 });
        const panels = errorPanels();
        if (ABOUT_ERRORS.test(name)) expect(panels.length, 'an error panel').to.be.greaterThan(0);
        else expect(panels.map((el) => el.shadowRoot!.querySelector('[part="error"]')!.textContent)).to.deep.equal([]);
        await expect(container).to.be.accessible();
      });
    }
  });
}
