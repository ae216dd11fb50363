/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { importDdat } from '../src/import/ddat.js';
import { importFt } from '../src/import/ft.js';
import ftOperationsYaml from '../test/fixtures/import/ft/operations.yml?raw';
import ddatRoles from '../test/fixtures/import/ddat/roles.csv?raw';
import ddatSkills from '../test/fixtures/import/ddat/skills.csv?raw';
import ddatDataRoles from '../test/fixtures/import/ddat-routes/roles.csv?raw';
import ddatDataSkills from '../test/fixtures/import/ddat-routes/skills.csv?raw';

// The UK Government DDaT capability framework (a real subset, Open Government Licence v3.0),
// imported in the browser by the same function the CLI uses.
const { framework: ddat, report } = importDdat({ roles: ddatRoles, skills: ddatSkills });
// Every level of three DDaT roles (Data architect, Data engineer, Analytics engineer), rows unmodified.
const { framework: ddatData } = importDdat({ roles: ddatDataRoles, skills: ddatDataSkills });

const meta: Meta = {
  title: 'Importers/Imported frameworks',
};
export default meta;

/** The imported DDaT framework as a mobility map around "Senior developer", with its IC / management fork. */
export const DdatMobilityMap: StoryObj = {
  render: () => html`<mobility-map .framework=${ddat} .currentRole=${'senior-developer'}></mobility-map>`,
};

/**
 * Three routes compared on DDaT, from Data architect to Lead data engineer. DDaT declares only the
 * steps up each role's own ladder, so with `infer-moves="0.3"` the map suggests the moves between
 * roles that share skills (dashed), and the route cards compare three ways there.
 */
export const DdatRoutesCompared: StoryObj = {
  render: () => html`<mobility-map .framework=${ddatData} .currentRole=${'data-architect'} target="lead-data-engineer" infer-moves="0.3"></mobility-map>`,
};

/** The imported DDaT ladders side by side. */
export const DdatLadderCompare: StoryObj = {
  render: () => html`<ladder-compare .framework=${ddat} .currentRole=${'senior-developer'}></ladder-compare>`,
};

/** What the importer could not map: shown to the author, never dropped silently. */
export const DdatImportReport: StoryObj = {
  render: () => html`<ul>
    ${report.map((item) => html`<li><code>${item.path}</code> ${item.severity}: ${item.message}</li>`)}
  </ul>`,
};

// Financial Times engineering-progression job families (MIT licence): competencies per level,
// imported in the browser by the same function the CLI uses.
const { framework: ftOperations } = importFt([{ name: 'operations.yml', text: ftOperationsYaml }]);

/** What changes from Engineer to Senior Engineer 1 in FT Operations: competencies as rows, reworded behaviours with their changed words, repeats quiet. */
export const FtOperationsLevelDiff: StoryObj = {
  render: () => html`<ladder-compare .framework=${ftOperations} diff="engineer senior-1" family="operations" track="ic"></ladder-compare>`,
};

/** FT Operations' move card from Engineer: the promotion in competency terms. */
export const FtOperationsMoveCard: StoryObj = {
  render: () => html`<mobility-map .framework=${ftOperations} .currentRole=${'operations-engineer'}></mobility-map>`,
};

/** The competency gap from Engineer to Senior Engineer 1 in FT Operations, with the target's behaviours as a checklist. */
export const FtOperationsCompetencyGap: StoryObj = {
  render: () => html`<skill-gap .framework=${ftOperations} .currentRole=${'operations-engineer'} target="operations-senior-1"></skill-gap>`,
};
