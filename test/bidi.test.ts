// Issue 15, direction of text from data: a role, level, family or skill label takes its direction from
// its own text in every element, so "Manager, Data Science (ML)" on an Arabic page keeps its comma
// and closing parenthesis where they belong (it rendered as ",Manager Data Science" and "(ML"). Checked
// by where the browser draws each character, not by attributes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { Localizer, registerStrings } from '../src/base/localize.js';
import { ar } from '../src/base/strings/ar.js';
import type { Framework } from '../src/format/types.js';
import type { LadderCompare } from '../src/ladder-compare/ladder-compare.component.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import type { SkillGap } from '../src/skill-gap/skill-gap.component.js';

const TITLE = 'Manager, Data Science (ML)';
const LEVEL = 'Professional (IC)';
const SKILL = 'C++';
/** Starts with a neutral: without isolation an Arabic page draws it as "NET Developer.". */
const DOTNET = '.NET Developer';

let framework: Framework;
before(async () => {
  registerStrings('ar', ar);
  const acme = (await (await fetch('/src/examples/acme.json')).json()) as Framework;
  framework = {
    ...acme,
    roles: acme.roles.map((role) => (role.id === 'data-analyst-2' ? { ...role, title: TITLE } : role.id === 'report-developer-2' ? { ...role, title: DOTNET } : role)),
    levels: acme.levels.map((level) => (level.id === 'L2' ? { ...level, label: LEVEL } : level)),
    skills: acme.skills!.map((skill) => (skill.id === 'python' ? { ...skill, label: SKILL } : skill)),
  };
});

async function arabic<T extends HTMLElement>(template: unknown, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width: 1000px">${template}</div>`);
  const el = wrapper.querySelector<T>(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The x of each visible character of a text node from `start` to `end`, in logical order (HTML and SVG alike). */
function charXs(node: Text, start: number, end: number): number[] {
  const range = document.createRange();
  const xs: number[] = [];
  for (let i = start; i < end; i++) {
    if (/[\s\u2068\u2069]/.test(node.data[i])) continue;
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) xs.push(rect.left + rect.width / 2);
  }
  return xs;
}

/**
 * Where `label` (or, when it is wrapped over lines, a line of it: a run of its words) is in the
 * text nodes under `root`: each node with the start and end of that part.
 */
function labelParts(root: Node, label: string): Array<[Text, number, number]> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: Array<[Text, number, number]> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(label);
    if (at >= 0) parts.push([node, at, at + label.length]);
    else if (node.data.trim().length > 2 && label.includes(node.data.trim())) parts.push([node, 0, node.data.length]);
  }
  return parts;
}

/** Left-to-right text reads left to right: each character of the label is drawn right of the one before. */
function expectReadsLeftToRight(root: Node, label: string, where: string): void {
  const parts = labelParts(root, label);
  expect(parts.length, `${where}: "${label}" is drawn`).to.be.above(0);
  for (const [node, start, end] of parts) {
    const xs = charXs(node, start, end);
    for (let i = 1; i < xs.length; i++) expect(xs[i], `${where}: "${node.data}", character ${i}`).to.be.above(xs[i - 1]);
  }
}

describe('labels from data take their direction from their own text', () => {
  it('<mobility-map> on an Arabic page: a role title wrapped over lines keeps its comma and parenthesis (SVG text)', async () => {
    const el = await arabic<MobilityMap>(html`<mobility-map .framework=${framework} export></mobility-map>`, 'mobility-map');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-role-id="data-analyst-2"] text'));
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-role-id="data-analyst-2"] text')!, TITLE, 'map role');
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-role-id="report-developer-2"] text')!, DOTNET, 'map role');
    const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const copy = [...svg.querySelectorAll('text')].find((t) => t.textContent!.includes('Manager'))!;
    expect(copy.getAttribute('unicode-bidi'), 'the exported label keeps its own direction').to.equal('plaintext');
  });

  it('<skill-gap> on an Arabic page: skill names in bars and radar, role titles in the heading', async () => {
    const el = await arabic<SkillGap>(html`<skill-gap .framework=${framework} current-role="data-analyst-2" target="ml-engineer-3"></skill-gap>`, 'skill-gap');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-skill-id="python"]'));
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-skill-id="python"] .name')!, SKILL, 'bar name');
    expectReadsLeftToRight(el.shadowRoot!.querySelector('.heading h2')!, TITLE, 'heading');
    el.view = 'radar';
    await el.updateComplete;
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-skill-id="python"] .spoke-label')!, SKILL, 'radar label');
  });

  it('<ladder-compare> on an Arabic page: role buttons and level headers', async () => {
    const el = await arabic<LadderCompare>(html`<ladder-compare .framework=${framework} family="data"></ladder-compare>`, 'ladder-compare');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]'));
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-role-id="data-analyst-2"]')!, TITLE, 'role button');
    expectReadsLeftToRight(el.shadowRoot!.querySelector('[data-role-id="report-developer-2"]')!, DOTNET, 'role button');
    expectReadsLeftToRight(el.shadowRoot!.querySelector('tr[data-level-id="L2"] .level-name')!, LEVEL, 'level header');
  });

  it('data inside a sentence of the other direction is isolated; in its own direction it is left as it is', () => {
    const arabicL10n = new Localizer('ar');
    expect(arabicL10n.t('Route to {target}', { target: TITLE })).to.include(`\u2068${TITLE}\u2069`);
    expect(arabicL10n.t('Route to {target}', { target: 'مدير البيانات' })).not.to.include('\u2068');
    const english = new Localizer('en');
    expect(english.t('Route to {target}', { target: TITLE })).to.equal(`Route to ${TITLE}`);
    expect(english.t('Route to {target}', { target: 'مدير، البيانات' })).to.equal('Route to \u2068مدير، البيانات\u2069');
  });
});
