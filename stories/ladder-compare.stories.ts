import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/ladder-compare/ladder-compare.js';
import acme from '../src/examples/acme.json';
import type { Framework } from '../src/format/types.js';
import { renderElement, type StoryArgs } from './story-element.js';

const framework = acme as unknown as Framework;

/**
 * A second revision of the default framework, made by a pure transform: levels renamed E1–E7 with
 * the old L4 split into two levels (E4 "Lead", E5 "Senior lead"), bands raised 4 %.
 */
export function nextRevision(source: Framework): Framework {
  const rename: Record<string, string> = { L1: 'E1', L2: 'E2', L3: 'E3', L4: 'E4', L5: 'E6', L6: 'E7' };
  return {
    ...source,
    revision: '2026-H2',
    levels: [
      ...source.levels.map((level) => ({ ...level, id: rename[level.id], rank: level.rank >= 5 ? level.rank + 1 : level.rank })),
      { id: 'E5', rank: 5, label: 'Senior lead', description: 'A new level between lead and principal.' },
    ],
    roles: source.roles.map((role) => ({ ...role, level: rename[role.level] })),
    competencies: source.competencies?.map((c) => ({ ...c, expectations: c.expectations?.map((e) => ({ ...e, level: rename[e.level] })) })),
    payBands: source.payBands?.map((band) => ({
      ...band,
      level: rename[band.level],
      base: { min: Math.round(band.base.min * 1.04), mid: band.base.mid && Math.round(band.base.mid * 1.04), max: Math.round(band.base.max * 1.04) },
    })),
  };
}

/** The default framework without any APAC band at L4 and above. */
function missingBands(source: Framework): Framework {
  return { ...source, payBands: source.payBands?.filter((band) => !(band.region === 'APAC' && ['L4', 'L5', 'L6'].includes(band.level))) };
}

const roleIds = ['', ...framework.roles.map((role) => role.id)];

const meta: Meta<StoryArgs> = {
  title: 'Elements/ladder-compare',
  component: 'ladder-compare',
  render: renderElement('ladder-compare'),
  excludeStories: ['nextRevision'],
  args: { framework, region: 'US', pay: 'full', locale: 'en-US' },
  argTypes: {
    framework: { control: 'object' },
    region: { control: 'select', options: ['US', 'APAC', 'EU'] },
    pay: { control: 'inline-radio', options: ['full', 'range', 'hidden'] },
    compare: { control: 'inline-radio', options: ['tracks', 'families'] },
    family: { control: 'select', options: ['', ...framework.families.map((family) => family.id)] },
    track: { control: 'select', options: ['', ...framework.tracks.map((track) => track.id)] },
    'current-role': { control: 'select', options: roleIds },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

/** The Data family: individual contributor and management tracks side by side, "you are here" on Data Analyst. */
export const IcVsManagement: Story = { args: { 'current-role': 'data-analyst-2', family: 'data' } };

/** Every family on the individual-contributor track. */
export const Families: Story = { args: { compare: 'families', track: 'ic' } };

/** Two revisions of one framework, aligned by an explicit level map: old L4 spans the new E4 and E5. */
export const TwoRevisions: Story = {
  args: {
    framework: undefined,
    frameworks: [framework, nextRevision(framework)],
    columns: [{ family: 'engineering', track: 'ic', label: 'Engineering IC' }],
    levelMap: [
      { 'acme@2026-H1': ['L1'], 'acme@2026-H2': ['E1'] },
      { 'acme@2026-H1': ['L2'], 'acme@2026-H2': ['E2'] },
      { 'acme@2026-H1': ['L3'], 'acme@2026-H2': ['E3'] },
      { 'acme@2026-H1': ['L4'], 'acme@2026-H2': ['E4', 'E5'] },
      { 'acme@2026-H1': ['L5'], 'acme@2026-H2': ['E6'] },
      { 'acme@2026-H1': ['L6'], 'acme@2026-H2': ['E7'] },
    ],
  },
};

/** Pay hidden by policy: no numbers and no bars. */
export const PayHidden: Story = { args: { ...IcVsManagement.args, pay: 'hidden' } };

/** APAC bands missing above L3: those cells say "no APAC band"; the EU region has no bands at all. */
export const MissingBands: Story = { args: { framework: missingBands(framework), family: 'risk', region: 'APAC' } };

/** An invalid framework among the compared ones: the error panel points into `/frameworks/1`. */
export const InvalidFramework: Story = {
  args: { framework: undefined, frameworks: [framework, { format: 'career-framework/1', id: 'broken', levels: 'L1' }] },
};
