import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import acme from '../src/examples/acme.json';
import type { Profile } from '../src/format/types.js';

const meta: Meta = {
  title: 'Elements/skill-gap',
  component: 'skill-gap',
};
export default meta;

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
export const RoleVsRole: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .currentRole=${'data-analyst-2'} target="ml-engineer-3"></skill-gap>`,
};

/** A person's profile, with rating sources, against a target role. */
export const ProfileVsRole: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .profile=${analyst} target="ml-engineer-3"></skill-gap>`,
};

/** A long way to go: analyst to a management role in another family. */
export const BigGap: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .currentRole=${'data-analyst-2'} target="risk-manager-4"></skill-gap>`,
};

/** Every requirement met: readiness 100%, nothing to plan. */
export const Ready: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .currentRole=${'internal-auditor-3'} target="risk-analyst-2"></skill-gap>`,
};

/** The same gap as a radar. */
export const Radar: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .profile=${analyst} target="ml-engineer-3" view="radar"></skill-gap>`,
};

/** A focus area of the target adds its skills. */
export const FocusArea: StoryObj = {
  render: () => html`<skill-gap .framework=${acme} .currentRole=${'data-analyst-2'} target="people-partner-4" focus="dei"></skill-gap>`,
};

/** Self and manager ratings two steps apart are flagged in text; an unknown skill is listed apart. */
export const ConflictingSources: StoryObj = {
  render: () => html`<skill-gap
    .framework=${acme}
    .profile=${{
      ...analyst,
      skills: [
        ...analyst.skills,
        { skill: 'mlops', level: 3, source: 'self' },
        { skill: 'mlops', level: 1, source: 'manager' },
        { skill: 'basket-weaving', level: 2, source: 'self' },
      ],
    }}
    target="ml-engineer-3"
  ></skill-gap>`,
};

/** Bad input: an unknown target, and a rating off the scale (reported with its path). */
export const ErrorState: StoryObj = {
  name: 'Error',
  render: () => html`<skill-gap .framework=${acme} .currentRole=${'data-analyst-2'} target="astronaut-9"></skill-gap>
    <skill-gap .framework=${acme} .profile=${{ skills: [{ skill: 'python', level: 9 }] }} target="ml-engineer-3"></skill-gap>`,
};
