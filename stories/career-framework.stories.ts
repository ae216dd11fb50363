import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import acme from '../src/examples/acme.json';

const meta: Meta = {
  title: 'Provider/career-framework',
  component: 'career-framework',
};
export default meta;

/** An invalid framework: the provider shows the error panel with JSON-Pointer paths. */
export const InvalidFramework: StoryObj = {
  render: () => html`<career-framework .framework=${{ format: 'career-framework/1', id: 'x', name: 'Broken', levels: [], tracks: 'ic', families: [], roles: [{ id: 'r' }] }}></career-framework>`,
};

/** Loading from a URL that does not exist: the fetch error is shown the same way. */
export const FetchError: StoryObj = {
  render: () => html`<career-framework src="/no-such-framework.json"></career-framework>`,
};

/** The default framework, shared with the elements inside. */
export const DefaultFramework: StoryObj = {
  render: () => html`<career-framework .framework=${acme} .currentRole=${'data-analyst-2'}>
    <p>Elements placed here share the framework and selection.</p>
  </career-framework>`,
};
