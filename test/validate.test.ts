import { expect } from '@open-wc/testing';
import { validateProfile } from '../src/format/validate.js';
import { validateFramework } from '../src/model/validate.js';
import { competencyFramework } from './fixtures/competency-framework.js';
import { deepFreeze, tinyFramework } from './fixtures/tiny-framework.js';

type Edit = (f: any) => void;

function errorsAfter(edit: Edit) {
  const framework: any = tinyFramework();
  edit(framework);
  return validateFramework(framework).errors;
}

function expectError(edit: Edit, path: string, code: string, ...fragments: string[]) {
  const errors = errorsAfter(edit);
  const found = errors.find((e) => e.path === path && e.code === code);
  expect(found, `expected ${code} at ${path}; got ${JSON.stringify(errors)}`).to.exist;
  for (const fragment of fragments) expect(found!.message).to.contain(fragment);
}

describe('validateFramework', () => {
  it('accepts the tiny framework with no errors and no warnings', () => {
    const result = validateFramework(deepFreeze(tinyFramework()));
    expect(result).to.deep.equal({ valid: true, errors: [], warnings: [] });
  });

  it('gives one clear error, not an exception, for input that is not an object', () => {
    for (const input of ['a string', null, [1, 2], 42, undefined]) {
      const result = validateFramework(input);
      expect(result.valid).to.be.false;
      expect(result.errors).to.have.length(1);
      expect(result.errors[0].path).to.equal('');
      expect(result.errors[0].code).to.equal('not-an-object');
    }
  });

  it('keeps and ignores unknown extra fields', () => {
    const result = validateFramework({ ...tinyFramework(), x_vendor: { anything: true }, roles: tinyFramework().roles.map((r) => ({ ...r, extra: 1 })) });
    expect(result.errors).to.deep.equal([]);
  });

  it('reports missing required fields with their path', () => {
    expectError((f: any) => delete f.name, '/name', 'required', '"name"');
    expectError((f: any) => delete f.roles[3].title, '/roles/3/title', 'required', '"title"', '/roles/3');
    expectError((f: any) => delete f.payBands[0].base.max, '/payBands/0/base/max', 'required');
    expectError((f: any) => delete f.learning[0].kind, '/learning/0/kind', 'required');
    expectError((f: any) => delete f.moves[1].to, '/moves/1/to', 'required');
  });

  it('reports wrong types and values outside an enumeration', () => {
    expectError((f: any) => (f.levels[1].rank = 'two'), '/levels/1/rank', 'type', 'a number', '"two"');
    expectError((f: any) => (f.roles = {}), '/roles', 'type', 'a list');
    expectError((f: any) => ((f.roles[0].skills![0] as any).importance = 'critical'), '/roles/0/skills/0/importance', 'enum', 'core, optional, emerging');
    expectError((f: any) => ((f.tracks[0] as any).kind = 'boss'), '/tracks/0/kind', 'enum');
    expectError((f: any) => (f.roles[0].id = ''), '/roles/0/id', 'type', 'non-empty');
  });

  it('insists on the exact format', () => {
    expectError((f: any) => (f.format = 'career-framework/2' as any), '/format', 'format', '"career-framework/2"', 'career-framework/1');
  });

  it('reports duplicate ids at the later occurrence', () => {
    expectError((f: any) => (f.roles[4].id = 'analyst-1'), '/roles/4/id', 'duplicate-id', '"analyst-1"', '/roles/0/id');
    expectError((f: any) => (f.skills![2].id = 'sql'), '/skills/2/id', 'duplicate-id');
    expectError((f: any) => (f.families[1].id = 'data'), '/families/1/id', 'duplicate-id');
  });

  it('reports unknown references and suggests the nearest id', () => {
    expectError((f: any) => (f.roles[3].family = 'dta'), '/roles/3/family', 'unknown-family', 'unknown family "dta" at /roles/3/family — did you mean "data"?');
    expectError((f: any) => (f.roles[0].track = 'icc'), '/roles/0/track', 'unknown-track', 'did you mean "ic"?');
    expectError((f: any) => (f.roles[0].level = 'L9'), '/roles/0/level', 'unknown-level');
    expectError((f: any) => (f.roles[0].skills![0].skill = 'sqll'), '/roles/0/skills/0/skill', 'unknown-skill', 'did you mean "sql"?');
    expectError((f: any) => (f.moves![0].to = 'nobody-here-at-all'), '/moves/0/to', 'unknown-role');
    expectError((f: any) => (f.moves![0].learning = ['risk-102']), '/moves/0/learning/0', 'unknown-learning-resource', 'did you mean "risk-101"?');
    expectError((f: any) => (f.learning![0].skills = ['nope']), '/learning/0/skills/0', 'unknown-skill');
    expectError((f: any) => (f.payBands![0].family = 'people'), '/payBands/0/family', 'unknown-family');
  });

  it('suggests nothing when no id is close', () => {
    const errors = errorsAfter((f: any) => (f.roles[0].family = 'marketing-and-communications'));
    expect(errors[0].message).not.to.contain('did you mean');
  });

  it('reports proficiency values that are not on the scale', () => {
    expectError((f: any) => (f.roles[1].skills![0].level = 7), '/roles/1/skills/0/level', 'off-scale', '7', '1, 2, 3, 4');
    expectError(
      (f: any) => (f.roles[0].focusAreas = [{ id: 'x', label: 'X', skills: [{ skill: 'sql', level: 0 }] }]),
      '/roles/0/focusAreas/0/skills/0/level',
      'off-scale',
    );
  });

  it('checks the proficiency scale itself', () => {
    expectError((f: any) => (f.proficiency = [{ value: 1, label: 'Only' }]), '/proficiency', 'proficiency-steps');
    expectError((f: any) => (f.proficiency![2].value = 1), '/proficiency/2/value', 'proficiency-order');
  });

  it('uses the default 1–5 scale when proficiency is absent', () => {
    const errors = errorsAfter((f: any) => {
      delete f.proficiency;
      f.roles[0].skills![0].level = 5;
    });
    expect(errors).to.deep.equal([]);
  });

  it('reports a move from a role to itself and the same move twice', () => {
    expectError((f: any) => (f.moves![1].to = 'auditor-2'), '/moves/1', 'self-move', '"auditor-2"');
    expectError((f: any) => f.moves!.push({ from: 'auditor-2', to: 'risk-analyst-2' }), '/moves/3', 'duplicate-move', '/moves/1');
  });

  it('reports pay bands with min above max and currencies that are not ISO 4217', () => {
    expectError((f: any) => (f.payBands![1].base = { min: 95000, max: 90000 }), '/payBands/1/base', 'min-above-max', '95000', '90000');
    expectError((f: any) => (f.payBands![0].currency = 'usd'), '/payBands/0/currency', 'currency', '"usd"');
    expectError((f: any) => (f.payBands![0].currency = 'ABC'), '/payBands/0/currency', 'currency');
  });

  it('reports two levels with the same rank and two roles with the same family, track, level and title', () => {
    expectError((f: any) => (f.levels[2].rank = 1), '/levels/2/rank', 'duplicate-rank', '/levels/0');
    expectError((f: any) => f.roles.push({ ...f.roles[0], id: 'analyst-1-copy' }), '/roles/6', 'duplicate-role', '/roles/0');
  });

  it('warns about a role with no skills', () => {
    const framework = tinyFramework();
    delete framework.roles[4].skills;
    const result = validateFramework(framework);
    expect(result.valid).to.be.true;
    expect(result.warnings.map((w) => [w.path, w.code])).to.deep.equal([['/roles/4', 'role-without-skills']]);
  });

  it('warns about a role no move reaches or leaves, counting implied promotions', () => {
    const framework = tinyFramework();
    framework.roles.push({ id: 'lonely', title: 'Lonely', family: 'risk', track: 'mgmt', level: 'L3', skills: [{ skill: 'sql', level: 1 }] });
    const result = validateFramework(framework);
    expect(result.warnings.map((w) => [w.path, w.code])).to.deep.equal([['/roles/6', 'isolated-role']]);
    // analyst-1 has no declared move but its implied promotion to analyst-2 counts: no warning.
  });

  it('warns about a region that has pay bands for some levels but not others', () => {
    const framework = tinyFramework();
    framework.payBands = framework.payBands!.filter((b) => !(b.region === 'APAC' && b.level === 'L3'));
    const result = validateFramework(framework);
    expect(result.valid).to.be.true;
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]).to.include({ path: '/payBands', code: 'incomplete-region' });
    expect(result.warnings[0].message).to.contain('"APAC"').and.contain('"L3"');
  });

  it('reports every problem, not only the first', () => {
    const errors = errorsAfter((f: any) => {
      f.roles[0].family = 'x1';
      f.roles[1].track = 'x2';
      f.moves![0].from = 'x3';
    });
    expect(errors.map((e) => e.path)).to.deep.equal(['/roles/0/family', '/roles/1/track', '/moves/0/from']);
  });

  it('escapes ids with slashes and tildes in JSON Pointers', () => {
    const framework = tinyFramework() as any;
    framework['a/b~c'] = 1;
    framework.roles[0].family = 'no/such~family';
    const errors = validateFramework(framework).errors;
    expect(errors[0].path).to.equal('/roles/0/family');
    expect(errors[0].message).to.contain('"no/such~family"');
  });

  it('never mutates its input', () => {
    const framework = deepFreeze(tinyFramework());
    expect(() => validateFramework(framework)).not.to.throw();
  });
});

describe('validateProfile', () => {
  it('accepts a profile on the scale', () => {
    const profile = { format: 'career-profile/1', name: 'Sam', role: 'analyst-2', skills: [{ skill: 'sql', level: 2, source: 'self' }] };
    expect(validateProfile(deepFreeze(profile), tinyFramework())).to.deep.equal({ valid: true, errors: [], warnings: [] });
  });

  it('warns about skills not in this framework and rejects ratings off the scale', () => {
    const profile = { role: 'analyst-2', skills: [{ skill: 'cobol', level: 2 }, { skill: 'sql', level: 9 }] };
    const result = validateProfile(profile, tinyFramework());
    expect(result.warnings[0]).to.include({ path: '/skills/0/skill', code: 'unknown-skill' });
    expect(result.warnings[0].message).to.contain('not in this framework');
    expect(result.errors[0]).to.include({ path: '/skills/1/level', code: 'off-scale' });
  });

  it('checks competency ratings: known competency, a level of the framework, a known source', () => {
    const framework = competencyFramework();
    const good = { role: 'eng-1', skills: [], competencies: [{ competency: 'delivery', level: 'L2', source: 'manager' }] };
    expect(validateProfile(deepFreeze(good), framework)).to.deep.equal({ valid: true, errors: [], warnings: [] });
    const bad = {
      skills: [],
      competencies: [
        { competency: 'juggling', level: 'L1' },
        { competency: 'delivery', level: 'L22' },
        { competency: 'people', level: 'L1', source: 'gut' },
        { competency: 'craft' },
      ],
    };
    const result = validateProfile(bad, framework);
    expect(result.warnings.map((w) => `${w.path}:${w.code}`)).to.deep.equal(['/competencies/0/competency:unknown-competency']);
    expect(result.errors.map((e) => e.path)).to.include.members(['/competencies/1/level', '/competencies/2/source', '/competencies/3/level']);
    expect(result.errors.find((e) => e.path === '/competencies/1/level')!.message).to.contain('did you mean "L2"');
  });

  it('reports an unknown role and a bad source', () => {
    const result = validateProfile({ role: 'analyst-3', skills: [{ skill: 'sql', level: 2, source: 'gut' }] }, tinyFramework());
    expect(result.errors.map((e) => e.path)).to.deep.equal(['/skills/0/source', '/role']);
    expect(result.errors[1].message).to.contain('did you mean');
  });
});
