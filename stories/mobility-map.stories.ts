import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import acme from '../src/examples/acme.json';
import '../src/define.js';
import { generateFramework } from '../src/testing/generate-framework.js';

const meta: Meta = {
  title: 'Elements/mobility-map',
  component: 'mobility-map',
};
export default meta;

/** Nothing focused: every role by family and level, moves aggregated into family flows. */
export const Overview: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} region="US"></mobility-map>`,
};

/** Focused on Data Analyst: its moves drawn, the rest dimmed, the panel says what each move takes. */
export const Focused: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} .currentRole=${'data-analyst-2'} region="US"></mobility-map>`,
};

/** With a target: the best route as a numbered path, its steps in the panel. */
export const Route: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} .currentRole=${'data-analyst-1'} target="ml-engineer-3" region="US"></mobility-map>`,
};

/** Filtered to two families, the IC track and lateral moves only. */
export const Filtered: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} .currentRole=${'data-analyst-2'} families="data,product" tracks="ic" move-kinds="lateral" region="APAC"></mobility-map>`,
};

/** Search: type a title (try "engineer") and press Enter to focus the role. */
export const Search: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} region="US"></mobility-map>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('mobility-map')!;
    await map.updateComplete;
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'engineer';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

/** Unknown ids keep the map usable; an invalid framework shows the kit's error panel. */
export const Errors: StoryObj = {
  render: () => html`<mobility-map .framework=${acme} .currentRole=${'ghost-role'} target="nowhere"></mobility-map>
    <mobility-map .framework=${{ format: 'career-framework/1', id: 'x', name: 'Broken', levels: [], tracks: 'ic', families: [], roles: [{ id: 'r' }] }}></mobility-map>`,
};

/** 3,000 generated roles and about 15,000 moves: flows in the overview, labels appear as you zoom in. */
export const LargeFramework: StoryObj = {
  render: () => html`<mobility-map .framework=${generateFramework({ roles: 3000, families: 24, levels: 7, skills: 60, movesPerRole: 5, seed: 1 })} region="US"></mobility-map>`,
};
