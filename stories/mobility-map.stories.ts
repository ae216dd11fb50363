import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import acme from '../src/examples/acme.json';
import '../src/define.js';
import { generateFramework } from '../src/testing/generate-framework.js';
import { renderElement, storyElement, type StoryArgs } from './story-element.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/mobility-map',
  component: 'mobility-map',
  render: renderElement('mobility-map'),
  args: { framework: acme, region: 'US' },
  argTypes: {
    framework: { control: 'object' },
    region: { control: 'select', options: ['US', 'EU', 'APAC'] },
    'current-role': { control: 'select', options: ['', ...acme.roles.map((role) => role.id)] },
    target: { control: 'select', options: ['', ...acme.roles.map((role) => role.id)] },
    'move-kinds': { control: 'inline-check', options: ['promotion', 'lateral', 'step-back'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** Nothing focused: every role by family and level, moves aggregated into family flows. */
export const Overview: Story = {};

/** Focused on Data Analyst: its moves drawn, the rest dimmed, the panel says what each move takes. */
export const Focused: Story = { args: { 'current-role': 'data-analyst-2' } };

/** With a target: the best route as a numbered path, its steps in the panel. */
export const Route: Story = { args: { 'current-role': 'data-analyst-1', target: 'ml-engineer-3' } };

/** Filtered to two families, the IC track and lateral moves only. */
export const Filtered: Story = { args: { 'current-role': 'data-analyst-2', families: 'data,product', tracks: 'ic', 'move-kinds': ['lateral'], region: 'APAC' } };

/** Search: type a title (try "engineer") and press Enter to focus the role. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('mobility-map')!;
    await map.updateComplete;
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'engineer';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

/** Unknown ids keep the map usable; an invalid framework shows the kit's error panel. */
export const Errors: Story = {
  args: { 'current-role': 'ghost-role', target: 'nowhere' },
  render: (args) => html`${storyElement('mobility-map', args)}
    ${storyElement('mobility-map', { framework: { format: 'career-framework/1', id: 'x', name: 'Broken', levels: [], tracks: 'ic', families: [], roles: [{ id: 'r' }] } })}`,
};

/** 3,000 generated roles and about 15,000 moves: flows in the overview, labels appear as you zoom in. */
export const LargeFramework: Story = {
  // Generated on first render; thousands of roles are too many for an editable object control.
  render: (args) => storyElement('mobility-map', { ...args, framework: largeFramework() }),
  argTypes: { framework: { control: false } },
};

let large: unknown;
function largeFramework() {
  large ??= generateFramework({ roles: 3000, families: 24, levels: 7, skills: 60, movesPerRole: 5, seed: 1 });
  return large;
}
