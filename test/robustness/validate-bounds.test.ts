// validateFramework and validateProfile on hostile input: they never throw, report each problem
// with a JSON Pointer, and do bounded work (long ids get no "did you mean", labels are capped).
import { expect } from '@open-wc/testing';
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

  it('checks dangling 100 kB references and 2,000 typos against 5,000 ids in about the time of a clean framework', () => {
    // Before, each dangling reference was compared with every id at full length (seconds each).
    const framework = tinyFramework() as Framework;
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...framework.roles[0], id: `role-${i}-${'r'.repeat(i % 50)}` }));
    const clean = { ...framework, roles: many, moves: [] };
    validateFramework(clean); // warm up
    const [, baseline] = timed(() => validateFramework(clean));
    const dangling = Array.from({ length: 3 }, (_, i) => ({ from: `${i}${'x'.repeat(100_000)}`, to: many[0].id }));
    const [result, ms] = timed(() => validateFramework({ ...clean, moves: dangling }));
    expect(codes(result)).to.include('too-long');
    expect(ms, `baseline ${baseline.toFixed(0)} ms`).to.be.below(baseline * 3 + 50);
    const typos = Array.from({ length: 2_000 }, (_, i) => ({ from: `role-${i}-x`, to: many[0].id }));
    const [typoResult, typoMs] = timed(() => validateFramework({ ...clean, moves: typos }));
    expect(typoResult.errors.filter((p) => p.code === 'unknown-role').length).to.equal(2_000);
    expect(typoResult.errors.find((p) => p.code === 'unknown-role')!.message).to.contain('did you mean');
    expect(typoMs, `baseline ${baseline.toFixed(0)} ms`).to.be.below(baseline * 5 + 200);
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
