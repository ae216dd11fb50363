import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import acme from '../src/examples/acme.json';
import type { Profile } from '../src/format/types.js';
import { renderElement, storyElement, type StoryArgs } from './story-element.js';

const roleIds = ['', ...acme.roles.map((role) => role.id)];

const meta: Meta<StoryArgs> = {
  title: 'Elements/skill-gap',
  component: 'skill-gap',
  render: renderElement('skill-gap'),
  args: { framework: acme },
  argTypes: {
    framework: { control: 'object' },
    profile: { control: 'object' },
    'current-role': { control: 'select', options: roleIds },
    target: { control: 'select', options: roleIds },
    view: { control: 'inline-radio', options: ['bars', 'radar'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

const analyst: Profile = {
  format: 'career-profile/1',
  name: 'Ana Costa',
  role: 'data-analyst-2',
  skills: [
    { skill: 'sql', level: 3, source: 'certified' },
    { skill: 'python', level: 2, source: 'manager' },
    { skill: 'statistics', level: 2, source: 'self' },
    { skill: 'ml-modelling', level: 1, source: 'self' },
    { skill: 'data-visualisation', level: 3, source: 'manager' },
  ],
};

/** Only a current role: its requirements are the current levels (source "from role"). */
export const RoleVsRole: Story = { args: { 'current-role': 'data-analyst-2', target: 'ml-engineer-3' } };

/** A person's profile, with rating sources, against a target role. */
export const ProfileVsRole: Story = { args: { profile: analyst, target: 'ml-engineer-3' } };

/** A long way to go: analyst to a management role in another family. */
export const BigGap: Story = { args: { 'current-role': 'data-analyst-2', target: 'risk-manager-4' } };

/** Every requirement met: readiness 100%, nothing to plan. */
export const Ready: Story = { args: { 'current-role': 'internal-auditor-3', target: 'risk-analyst-2' } };

/** The same gap as a radar. */
export const Radar: Story = { args: { profile: analyst, target: 'ml-engineer-3', view: 'radar' } };

/** A focus area of the target adds its skills. */
export const FocusArea: Story = { args: { 'current-role': 'data-analyst-2', target: 'people-partner-4', focus: 'dei' } };

/** Self and manager ratings two steps apart are flagged in text; an unknown skill is listed apart. */
export const ConflictingSources: Story = {
  args: {
    profile: {
      ...analyst,
      skills: [
        ...analyst.skills,
        { skill: 'mlops', level: 3, source: 'self' },
        { skill: 'mlops', level: 1, source: 'manager' },
        { skill: 'basket-weaving', level: 2, source: 'self' },
      ],
    },
    target: 'ml-engineer-3',
  },
};

/** Bad input: an unknown target, and a rating off the scale (reported with its path). */
export const ErrorState: Story = {
  name: 'Error',
  args: { 'current-role': 'data-analyst-2', target: 'astronaut-9' },
  render: (args) => html`${storyElement('skill-gap', args)}
    ${storyElement('skill-gap', { framework: acme, profile: { skills: [{ skill: 'python', level: 9 }] }, target: 'ml-engineer-3' })}`,
};
