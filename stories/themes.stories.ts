import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import acme from '../src/examples/acme.json';
import '../src/define.js';
import harbor from '../src/themes/harbor.css?raw';
import ember from '../src/themes/ember.css?raw';

// The shipped brand themes, adopted by the page as a vendor's <link rel="stylesheet"> would add them.
for (const text of [harbor, ember]) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const meta: Meta = {
  title: 'Theming/Brand themes',
  component: 'mobility-map',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
};
export default meta;

type Args = { theme: 'light' | 'dark' };

const views = (brand: string, title: string, theme: string) => html`<section class=${brand} aria-label=${title}>
  <h2>${title}</h2>
  <career-framework .framework=${acme} .role=${'data-analyst-2'} theme=${theme}>
    <mobility-map region="US" style="--career-mobility-map-max-height: 420px"></mobility-map>
    <ladder-compare family="data" region="US"></ladder-compare>
  </career-framework>
</section>`;

// One brand per story: two maps on one page would give two "Role details" landmarks of one name.

/**
 * The career map focused on Data Analyst and the Data ladders under the brand theme "Harbor"
 * (`src/themes/harbor.css`). The Ember story shows the very same views: nothing but `--career-*`
 * custom properties differs.
 */
export const Harbor: StoryObj<Args> = {
  render: ({ theme }) => views('career-theme-harbor', 'Harbor', theme),
};

/** The same views under the brand theme "Ember" (`src/themes/ember.css`). */
export const Ember: StoryObj<Args> = {
  render: ({ theme }) => views('career-theme-ember', 'Ember', theme),
};

/** Harbor, dark. */
export const HarborDark: StoryObj<Args> = { ...Harbor, args: { theme: 'dark' } };

/** Ember, dark. */
export const EmberDark: StoryObj<Args> = { ...Ember, args: { theme: 'dark' } };
