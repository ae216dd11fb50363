import type { Meta, StoryObj } from '@storybook/web-components-vite';
import acme from '../src/examples/acme.json';
import '../src/define.js';
import { storyElement, type StoryArgs } from './story-element.js';

const roleIds = ['', ...acme.roles.map((role) => role.id)];

/** The provider around a map and a skill gap, which follow its framework and selection. */
function renderProvider(args: StoryArgs) {
  const provider = storyElement('career-framework', args);
  const intro = document.createElement('p');
  intro.textContent = 'Elements placed here share the framework and selection.';
  provider.append(intro, storyElement('mobility-map', { region: 'US' }), storyElement('skill-gap', {}));
  return provider;
}

const meta: Meta<StoryArgs> = {
  title: 'Provider/career-framework',
  component: 'career-framework',
  render: renderProvider,
  argTypes: {
    framework: { control: 'object' },
    'current-role': { control: 'select', options: roleIds },
    target: { control: 'select', options: roleIds },
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** An invalid framework: the provider shows the error panel with JSON-Pointer paths. */
export const InvalidFramework: Story = {
  args: { framework: { format: 'career-framework/1', id: 'x', name: 'Broken', levels: [], tracks: 'ic', families: [], roles: [{ id: 'r' }] } },
  render: (args) => storyElement('career-framework', args),
};

/** Loading from a URL that does not exist: the fetch error is shown the same way. */
export const FetchError: Story = {
  args: { src: '/no-such-framework.json' },
  render: (args) => storyElement('career-framework', args),
};

/** The default framework, shared with the elements inside: pick a role on the map, the skill gap follows. */
export const DefaultFramework: Story = {
  args: { framework: acme, 'current-role': 'data-analyst-2', target: 'ml-engineer-3' },
};
