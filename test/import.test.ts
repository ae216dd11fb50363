import { expect } from '@open-wc/testing';
import { validateFramework } from '../src/model/validate.js';
import { CSV_SHEETS, importCsv, type CsvSheets } from '../src/import/csv.js';
import { importDdat } from '../src/import/ddat.js';
import { importFt } from '../src/import/ft.js';
import { importSnowflake } from '../src/import/snowflake.js';
import { FrameworkIndex } from '../src/model/framework-index.js';

const text = async (path: string) => (await fetch(path)).text();
const fixture = (path: string) => text(`/test/fixtures/import/${path}`);

async function templateSheets(): Promise<CsvSheets> {
  const entries = await Promise.all(CSV_SHEETS.map(async (sheet) => [sheet, await text(`/src/import/templates/${sheet}.csv`)]));
  return Object.fromEntries(entries) as CsvSheets;
}

const codes = (report: { code: string }[]) => report.map((item) => item.code);

describe('importDdat (UK Government DDaT capability framework)', () => {
  let result: ReturnType<typeof importDdat>;
  let rolesCsv: string;
  before(async () => {
    rolesCsv = await fixture('ddat/roles.csv');
    result = importDdat({ roles: rolesCsv, skills: await fixture('ddat/skills.csv') });
  });

  it('imports all 8 role families and validates with zero errors', () => {
    const { framework } = result;
    expect(framework.families.map((f) => f.label)).to.have.members([
      'Architecture', 'Chief digital and data', 'Data', 'IT operations', 'Product and delivery',
      'Quality assurance testing (QAT)', 'Software development', 'User-centred design',
    ]);
    expect(validateFramework(framework).errors).to.deep.equal([]);
  });

  it('makes one role per role level, with its skills on the Awareness…Expert scale and descriptions kept', () => {
    const index = new FrameworkIndex(result.framework);
    const senior = index.role('senior-developer')!;
    expect(senior.title).to.equal('Senior developer');
    expect(senior.summary).to.match(/^A senior developer/);
    expect(senior.skills!.length).to.be.greaterThan(0);
    for (const role of result.framework.roles.filter((r) => r.family !== 'chief-digital-and-data')) {
      expect(role.skills?.length, role.id).to.be.greaterThan(0);
    }
    expect(result.framework.proficiency!.map((s) => s.label)).to.deep.equal(['Awareness', 'Working', 'Practitioner', 'Expert']);
    const skill = index.skill(senior.skills![0].skill)!;
    expect(skill.description).to.be.a('string').and.not.equal('');
    expect(Object.keys(skill.levels ?? {})).to.not.be.empty;
  });

  it('puts management variants and Head of roles on the management track', () => {
    const index = new FrameworkIndex(result.framework);
    expect(index.role('lead-developer-management')!.track).to.equal('management');
    expect(index.role('lead-developer')!.track).to.equal('ic');
    expect(index.role('head-of-data-engineering')!.track).to.equal('management');
    expect(index.role('lead-developer-management')!.level).to.equal(index.role('lead-developer')!.level);
  });

  it('orders levels from the data: trainees lowest, seniors above the core title, Senior Civil Service on top', () => {
    const rank = (id: string) => result.framework.levels.find((l) => l.id === id)!.rank;
    expect(rank('trainee')).to.be.below(rank('core'));
    expect(rank('core')).to.be.below(rank('senior'));
    expect(rank('senior')).to.be.below(rank('lead'));
    expect(rank('lead')).to.be.below(rank('head'));
    expect(rank('senior-civil-service')).to.equal(result.framework.levels.length);
  });

  it('declares promotions along each DDaT role, and the IC → management fork', () => {
    const index = new FrameworkIndex(result.framework);
    expect(index.move('developer', 'senior-developer')?.declared).to.be.true;
    expect(index.move('senior-developer', 'senior-developer-management')?.declared).to.be.true;
    expect(index.move('senior-developer-management', 'lead-developer-management')?.declared).to.be.true;
  });

  it('reports "NOT IN USE" levels with the file, line and column of the row', () => {
    const notInUse = result.report.filter((item) => item.code === 'ddat-skill-not-in-use');
    expect(notInUse).to.not.be.empty;
    const [, line, column] = /^roles\.csv:(\d+):(\d+)$/.exec(notInUse[0].path)!.map(Number);
    expect(rolesCsv.split('\n')[line - 1]).to.match(/^Chief digital and data,Chief data officer,/);
    expect(column).to.equal(8);
    expect(result.report.every((item) => item.severity === 'warning')).to.be.true;
  });

  it('names a missing required column and lists the columns found', () => {
    const { report } = importDdat({ roles: 'Role Family,Role,Skill Name,Skill Level\nData,Data engineer,SQL,Working\n' });
    expect(report).to.have.length(1);
    expect(report[0].code).to.equal('csv-missing-column');
    expect(report[0].message).to.contain('"role_level"').and.contain('Role Family, Role, Skill Name, Skill Level');
  });
});

describe('importFt (Financial Times engineering-progression)', () => {
  let result: ReturnType<typeof importFt>;
  before(async () => {
    result = importFt([{ name: 'engineering.yml', text: await fixture('ft/engineering.yml') }]);
  });

  it('validates with zero errors and reports nothing it could not map', () => {
    expect(validateFramework(result.framework).errors).to.deep.equal([]);
    expect(result.report).to.deep.equal([]);
  });

  it('folds the IC / people-manager forks into one level with a role on each track', () => {
    const { framework } = result;
    expect(framework.levels.map((l) => l.id)).to.deep.equal(['junior', 'engineer', 'senior-1', 'senior-2', 'principal', 'tech-director']);
    const atSenior2 = framework.roles.filter((r) => r.level === 'senior-2');
    expect(atSenior2.map((r) => [r.id, r.track])).to.deep.equal([
      ['engineering-senior-2-ic', 'ic'],
      ['engineering-senior-2-pm', 'management'],
    ]);
    expect(framework.levels.find((l) => l.id === 'senior-2')!.label).to.equal('Senior Engineer 2');
  });

  it('opens both forks from Senior Engineer 1 and keeps each fork on its track', () => {
    const index = new FrameworkIndex(result.framework);
    const to = (id: string) => index.movesFrom(id).filter((m) => m.declared).map((m) => m.to);
    expect(to('engineering-senior-1')).to.deep.equal(['engineering-senior-2-ic', 'engineering-senior-2-pm']);
    expect(to('engineering-senior-2-ic')).to.deep.equal(['engineering-principal-ic']);
    expect(to('engineering-principal-ic')).to.deep.equal(['engineering-tech-director']);
    expect(to('engineering-principal-pm')).to.deep.equal(['engineering-tech-director']);
  });

  it('turns themes into skills each role needs, and competencies into behaviours per level', () => {
    const { framework } = result;
    expect(framework.skills!.map((s) => s.id)).to.include('communication');
    for (const role of framework.roles) expect(role.skills?.length, role.id).to.be.greaterThan(0);
    const communication = framework.competencies!.find((c) => c.id === 'communication')!;
    expect(communication.expectations!.find((e) => e.level === 'junior')!.behaviours[0]).to.match(/^Presents their work clearly/);
  });

  it('reports a YAML syntax error with file, line and column', () => {
    const { report } = importFt([{ name: 'broken.yml', text: 'name: X\nlevels:\n  - id: a\n   name: "unclosed\n' }]);
    expect(report[0].code).to.equal('yaml-syntax');
    expect(report[0].path).to.match(/^broken\.yml:\d+:\d+$/);
  });
});

describe('importSnowflake (Medium snowflake)', () => {
  let result: ReturnType<typeof importSnowflake>;
  before(async () => {
    result = importSnowflake(await fixture('snowflake/snowflake.json'));
  });

  it('turns 16 tracks into skills with five milestones and validates with zero errors', () => {
    const { framework } = result;
    expect(framework.skills).to.have.length(16);
    expect(Object.keys(framework.skills![0].levels!)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(framework.skills![0].levels![1]).to.contain('Signals:');
    expect(validateFramework(framework).errors).to.deep.equal([]);
  });

  it('puts the 8 titles on point-band levels, Group Leads on the management track', () => {
    const { framework } = result;
    expect(framework.levels.map((l) => l.label)).to.deep.equal(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);
    const track = (id: string) => framework.roles.find((r) => r.id === id)!.track;
    expect(track('senior-engineer')).to.equal('ic');
    expect(track('group-lead')).to.equal('management');
    expect(track('director-of-engineering')).to.equal('management');
    expect(new FrameworkIndex(framework).move('engineer-ii', 'group-lead')?.declared).to.be.true;
  });

  it('says in the report that titles carry no per-track skills', () => {
    expect(codes(result.report)).to.deep.equal(Array(8).fill('snowflake-no-skills'));
  });

  it('reports JSON that is not a snowflake export instead of throwing', () => {
    expect(codes(importSnowflake('{oops').report)).to.include('json-syntax');
    expect(codes(importSnowflake({ tracks: 1 }).report)).to.include('snowflake-shape');
  });
});

describe('importCsv (the spreadsheet template)', () => {
  it('round-trips the shipped template: csv → framework → JSON → the same framework, zero errors', async () => {
    const { framework, report } = importCsv(await templateSheets(), { id: 'acme-data', name: 'Acme data' });
    expect(report).to.deep.equal([]);
    expect(validateFramework(framework).errors).to.deep.equal([]);
    const copy = JSON.parse(JSON.stringify(framework));
    expect(copy).to.deep.equal(framework);
    expect(validateFramework(copy).valid).to.be.true;
    expect(framework.roles).to.have.length(5);
    expect(framework.moves).to.have.length(4);
    expect(framework.payBands![3]).to.deep.include({ level: 'senior', track: 'management', currency: 'GBP' });
    expect(framework.learning![1].skills).to.deep.equal(['data-visualisation', 'stakeholder-communication']);
  });

  it('reads the competencies sheet: one row per behaviour, grouped by competency, level, track and families', async () => {
    const { framework, report } = importCsv(await templateSheets());
    expect(report).to.deep.equal([]);
    const [delivery, communication] = framework.competencies!;
    expect(delivery).to.deep.include({ id: 'delivery', label: 'Delivery', description: 'Getting valuable work done, reliably.' });
    expect(delivery.expectations).to.deep.equal([
      { level: 'associate', behaviours: ['Ships small, well-defined pieces of work with guidance'] },
      { level: 'professional', behaviours: ['Ships well-defined pieces of work on their own', 'Breaks a piece of work into steps others can pick up'] },
    ]);
    expect(communication.expectations![2]).to.deep.equal({ level: 'professional', track: 'ic', families: ['data'], behaviours: ['Presents an analysis to stakeholders outside the team'] });
    const bad = importCsv({ roles: (await templateSheets()).roles, competencies: 'competency,level,text,track\nDelivery,Galactic,Does things,\nDelivery,Associate,Does things,astronaut\n' });
    expect(bad.report.map((r) => r.code)).to.deep.equal(['csv-unknown-level', 'csv-unknown-track']);
    expect(bad.framework.competencies).to.equal(undefined);
  });

  it('keeps the FT competencies through the FT importer', async () => {
    const { framework } = importFt([{ name: 'operations.yml', text: await fixture('ft/operations.yml') }]);
    expect(framework.competencies!.map((c) => c.id)).to.deep.equal(['technical', 'communication', 'delivery', 'leadership']);
    expect(framework.competencies![0].expectations![0]).to.deep.include({ level: 'engineer', track: 'ic', families: ['operations'] });
  });

  it('reads quotes, embedded newlines, a BOM and CRLF line ends', () => {
    const roles = '\ufeffTitle,Family,Track,Level,Level Rank,Summary\r\n"Analyst, data",Data,ic,L1,1,"Says ""hi""\r\non two lines"\r\nEngineer,Data,ic,L2,2,\r\n';
    const { framework, report } = importCsv({ roles });
    expect(report).to.deep.equal([]);
    expect(framework.roles[0]).to.deep.include({ id: 'analyst-data', title: 'Analyst, data', summary: 'Says "hi"\r\non two lines' });
    expect(framework.levels.map((l) => l.id)).to.deep.equal(['l1', 'l2']);
  });

  it('reports a malformed row with file, line and column and keeps the good rows', () => {
    const roles = 'title,family,track,level,level_rank\nA,Data,ic,L1,1\n"multi\nline",Data,ic,L2,2\nB,Data,ic\nC,Data,ic,L3,3\n';
    const { framework, report } = importCsv({ roles });
    expect(report).to.have.length(1);
    expect(report[0]).to.deep.include({ severity: 'error', code: 'csv-row-length', path: 'roles.csv:5:4' });
    expect(framework.roles.map((r) => r.title)).to.deep.equal(['A', 'multi\nline', 'C']);
  });

  it('reports a broken quote with its line', () => {
    const { report } = importCsv({ roles: 'title,family,track,level,level_rank\nA,Data,ic,L1,1\nB "x",Data,ic,L2,2\n' });
    expect(report[0].code).to.equal('csv-syntax');
    expect(report[0].path).to.match(/^roles\.csv:3:\d+$/);
  });

  it('names a missing required column and lists the columns found', () => {
    const { report } = importCsv({ roles: 'title,family,track,level\nA,Data,ic,L1\n' });
    expect(report).to.have.length(1);
    expect(report[0].code).to.equal('csv-missing-column');
    expect(report[0].message).to.contain('"level_rank"').and.contain('found are: title, family, track, level');
  });

  it('reports references to unknown roles, off-scale levels and conflicting ranks at their cell', () => {
    const roles = 'id,title,family,track,level,level_rank\na,A,Data,ic,L1,1\nb,B,Data,ic,L1,2\n';
    const skills = 'role,skill,level\na,SQL,3\nzz,SQL,2\na,Python,9\n';
    const moves = 'from,to\na,nobody\n';
    const { framework, report } = importCsv({ roles, 'role-skills': skills, moves });
    expect(report.map((r) => [r.path, r.code])).to.deep.equal([
      ['roles.csv:3:6', 'csv-rank-conflict'],
      ['role-skills.csv:3:1', 'csv-unknown-role'],
      ['role-skills.csv:4:3', 'csv-off-scale'],
      ['moves.csv:2:2', 'csv-unknown-role'],
    ]);
    expect(validateFramework(framework).errors).to.deep.equal([]);
  });
});
