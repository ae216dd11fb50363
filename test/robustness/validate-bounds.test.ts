// validateFramework and validateProfile on hostile input: they never throw, report each problem
// with a JSON Pointer, and do bounded work (long ids get no "did you mean", labels are capped).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { validateProfile } from '../../src/format/validate.js';
import { validateFramework } from '../../src/model/validate.js';
import type { Framework } from '../../src/format/types.js';
import { tinyFramework } from '../fixtures/tiny-framework.js';

const codes = (result: { errors: readonly { code: string }[] }) => result.errors.map((p) => p.code);
const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};

function deepList(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('validation never throws and stays bounded', () => {
  it('reports a 10,000-deep list from plain JSON instead of throwing RangeError', () => {
    const framework = { ...tinyFramework(), description: JSON.parse(JSON.stringify(deepList(10_000))) };
    const result = validateFramework(framework);
    expect(result.valid).to.equal(false);
    expect(codes(result)).to.include('too-deep');
    expect(result.errors[0].path).to.match(/^\/description\/0\/0/);
  });

  it('reports cycles, getters, class instances, functions and unreadable proxies with their paths', () => {
    const cyclic: Record<string, unknown> = { ...tinyFramework() };
    cyclic.self = cyclic;
    expect(validateFramework(cyclic).errors.map((p) => `${p.code} ${p.path}`)).to.include('cycle /self');

    const withGetter = { ...tinyFramework() };
    Object.defineProperty(withGetter, 'name', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(validateFramework(withGetter).errors.map((p) => `${p.code} ${p.path}`)).to.include('accessor /name');

    expect(codes(validateFramework({ ...tinyFramework(), revision: new Date() }))).to.include('not-plain');
    expect(codes(validateFramework({ ...tinyFramework(), description: () => 1 }))).to.include('not-json');
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(codes(validateFramework(hostile))).to.include('unreadable');
    expect(codes(validateFramework({ ...tinyFramework(), roles: hostile }))).to.include('unreadable');
  });

  it('never runs a getter, wherever it is: a known field, a list item or an unknown field', () => {
    let calls = 0;
    const getter = { get: () => ++calls, enumerable: true };
    const framework = structuredClone(tinyFramework()) as unknown as { roles: Array<Record<string, unknown>>; moves: unknown[] };
    Object.defineProperty(framework.roles[0], 'title', getter);
    Object.defineProperty(framework.roles[1], 'notes', getter);
    Object.defineProperty(framework.moves, 0, getter);
    const result = validateFramework(framework);
    expect(calls).to.equal(0);
    expect(result.errors.filter((p) => p.code === 'accessor').map((p) => p.path)).to.have.members(['/roles/0/title', '/roles/1/notes', '/moves/0']);
  });

  it('validateProfile never throws either', () => {
    const framework = tinyFramework() as Framework;
    const profile: Record<string, unknown> = { skills: [] };
    profile.loop = profile;
    expect(codes(validateProfile(profile, framework))).to.include('cycle');
    expect(codes(validateProfile({ skills: deepList(5_000) }, framework))).to.include('too-deep');
  });

  it('caps ids at 200 and labels at 1,000 characters with a clear error', () => {
    const framework = tinyFramework() as Framework;
    const roles = framework.roles.map((role, i) => (i === 0 ? { ...role, title: 'x'.repeat(100_000) } : role));
    const result = validateFramework({ ...framework, roles });
    const problem = result.errors.find((p) => p.code === 'too-long')!;
    expect(problem.path).to.equal('/roles/0/title');
    expect(problem.message).to.contain('100,000 characters long; at most 1,000');
    const longId = validateFramework({ ...framework, levels: framework.levels.map((l, i) => (i === 0 ? { ...l, id: 'L'.repeat(201) } : l)) });
    expect(longId.errors.some((p) => p.code === 'too-long' && p.path === '/levels/0/id')).to.equal(true);
  });

  it('checks dangling 100 kB references and 900 typos against 5,000 ids in about the time of a clean framework', () => {
    // Before, each dangling reference was compared with every id at full length (seconds each).
    const framework = tinyFramework() as Framework;
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...framework.roles[0], id: `role-${i}-${'r'.repeat(i % 50)}`, title: `Role ${i}` }));
    const clean = { ...framework, roles: many, moves: [] };
    expect(validateFramework(clean).valid).to.equal(true); // and warms up
    const [, baseline] = timed(() => validateFramework(clean));
    const dangling = Array.from({ length: 3 }, (_, i) => ({ from: `${i}${'x'.repeat(100_000)}`, to: many[0].id }));
    const [result, ms] = timed(() => validateFramework({ ...clean, moves: dangling }));
    expect(codes(result)).to.include('too-long');
    expect(ms, `baseline ${baseline.toFixed(0)} ms`).to.be.below(baseline * 3 + 50);
    const typos = Array.from({ length: 900 }, (_, i) => ({ from: `role-${i}-x`, to: many[0].id }));
    const [typoResult, typoMs] = timed(() => validateFramework({ ...clean, moves: typos }));
    expect(typoResult.errors.filter((p) => p.code === 'unknown-role').length).to.equal(900);
    expect(typoResult.errors.find((p) => p.code === 'unknown-role')!.message).to.contain('did you mean "role-0-"?');
    expect(typoMs, `baseline ${baseline.toFixed(0)} ms`).to.be.below(baseline * 5 + 200);
  });

  it('bounds "did you mean" by the characters compared: 5,000 dangling 60-character ids against 5,000 ids', () => {
    // Before, the budget counted candidates, not their length: 100,000 comparisons of 60 × 60
    // characters (seconds). Now the cells compared are budgeted and each comparison stops early.
    const framework = tinyFramework() as Framework;
    const long = (i: number) => `family-${String(i).padStart(5, '0')}-${'f'.repeat(47)}`;
    const families = [...framework.families, ...Array.from({ length: 5_000 }, (_, i) => ({ id: long(i), label: `Family ${i}` }))];
    const roles = Array.from({ length: 5_000 }, (_, i) => ({ ...framework.roles[0], id: `r${i}`, title: `Role ${i}`, family: long(i) }));
    const clean = { ...framework, families, roles, moves: [] };
    expect(validateFramework(clean).valid).to.equal(true); // and warms up
    const [, baseline] = timed(() => validateFramework(clean));
    const dangling = { ...clean, roles: roles.map((role, i) => ({ ...role, family: long(i).replace('family', 'famliy') })) };
    const [result, ms] = timed(() => validateFramework(dangling));
    expect(ms, `baseline ${baseline.toFixed(1)} ms`).to.be.below(baseline * 2 + 50);
    expect(result.errors.filter((p) => p.code === 'unknown-family').length).to.equal(1_000);
    expect(result.errors[0].message).to.contain(`did you mean "${long(0)}"?`);
  });

  it('lists the first 1,000 errors of a 5,000-item broken list and counts the rest', () => {
    // Before: 10,000 errors with their messages, tens of milliseconds for a list nobody reads.
    const levels = Array.from({ length: 5_000 }, (_, i) => ({ id: `x${i}` }));
    const result = validateFramework({ ...tinyFramework(), levels });
    expect(result.errors).to.have.length(1_001);
    expect(result.errors[0]).to.deep.equal({ path: '/levels/0/rank', code: 'required', message: 'missing required field "rank" in item 0 of "levels" at /levels/0' });
    const last = result.errors[1_000];
    expect(last.code).to.equal('too-many-problems');
    expect(last.message).to.match(/^9,\d{3} more errors are not listed \(only the first 1,000 are\)/);
  });

  it('shows the count of the errors not listed in the error panel', async () => {
    const el = await fixture<HTMLElement & { framework?: unknown }>(html`<mobility-map></mobility-map>`);
    const failed = oneEvent(el, 'career-error');
    el.framework = { ...tinyFramework(), levels: Array.from({ length: 5_000 }, (_, i) => ({ id: `x${i}` })) };
    await failed;
    const panel = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.querySelectorAll('li')).to.have.length(50);
    expect(panel.textContent).to.contain('…and 950 more problems.');
    expect(panel.textContent).to.match(/9,\d{3} more errors are not listed \(only the first 1,000 are\)/);
  });

  it('warns about a locale Intl rejects', () => {
    for (const locale of ['en_US', '']) {
      const result = validateFramework({ ...tinyFramework(), locale });
      expect(result.valid).to.equal(true);
      expect(result.warnings.map((p) => `${p.code} ${p.path}`)).to.include('locale /locale');
    }
    expect(validateFramework({ ...tinyFramework(), locale: 'de-CH' }).warnings.some((p) => p.code === 'locale')).to.equal(false);
  });
});
