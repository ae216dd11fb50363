import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { Framework } from '../src/format/types.js';
import { importDdat } from '../src/import/ddat.js';
import { importFt } from '../src/import/ft.js';
import { importSnowflake } from '../src/import/snowflake.js';

const read = async (path: string) => (await fetch(`/test/fixtures/import/${path}`)).text();

/** The visual elements, and what each draws for an imported framework. */
const TAGS: Record<string, string> = { 'mobility-map': '[data-role-id]', 'ladder-compare': '[data-level-id]', 'skill-gap': '[part=status], h2' };

async function expectRendersWithoutError(framework: Framework, role: string): Promise<void> {
  expect(framework.roles.map((r) => r.id)).to.include(role);
  for (const [tag, drawn] of Object.entries(TAGS)) {
    expect(customElements.get(tag), `${tag} is registered`).to.exist;
    const el = document.createElement(tag) as HTMLElement & { framework?: Framework; currentRole?: string | null; updateComplete?: Promise<unknown> };
    el.framework = framework;
    el.currentRole = role;
    const host = await fixture(html`<div style="width: 900px; height: 600px"></div>`);
    host.append(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot?.querySelector('[part=error]'), `${tag} shows an error panel`).to.equal(null);
    expect(el.shadowRoot?.querySelector(drawn), `${tag} draws the imported framework`).to.exist;
  }
}

describe('imported frameworks render in the elements', () => {
  it('DDaT', async () => {
    const { framework } = importDdat({ roles: await read('ddat/roles.csv'), skills: await read('ddat/skills.csv') });
    await expectRendersWithoutError(framework, 'senior-developer');
  });

  it('FT engineering', async () => {
    const { framework } = importFt(await read('ft/engineering.yml'));
    await expectRendersWithoutError(framework, 'engineering-senior-1');
  });

  it('snowflake', async () => {
    const { framework } = importSnowflake(await read('snowflake/snowflake.json'));
    await expectRendersWithoutError(framework, 'senior-engineer');
  });
});
