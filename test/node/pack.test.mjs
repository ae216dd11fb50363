// The package as an integrator gets it: `npm pack` (prepack builds), the tarball installed into a
// scratch vite + TypeScript project offline, from the npm cache that `npm ci` of this repository
// filled; the project type-checks a file that uses every element, event and the importers entry
// (and one for React and Vue), builds with vite, and runs in Chromium. The installed CLI works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../chrome-path.mjs';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'career-pack-'));
const project = join(work, 'host');
const installed = join(project, 'node_modules/career-elements');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
/** What the scratch project installs beside the package: the versions this repository locks. */
const TOOLS = ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue'];
let packed;

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

before(() => {
  // `npm pack` runs prepack (npm run build), so a fresh clone packs a complete package.
  const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
  packed = JSON.parse(out.slice(out.lastIndexOf('[\n  {')))[0]; // after prepack's build output
  mkdirSync(join(project, 'src'), { recursive: true });
  writeScratchProject();
  // Offline: every tarball comes from the npm cache that installing this repository filled.
  run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], project);
}, { timeout: 600_000 });

/**
 * The scratch project's package.json and package-lock.json. The lock is the part of this
 * repository's lock that the tools and the package's dependencies need (same versions, same
 * integrity), plus the tarball, so `npm ci --offline` needs no registry metadata at all.
 */
function writeScratchProject() {
  const tarball = packed.filename;
  writeFileSync(join(project, tarball), readFileSync(join(work, tarball)));
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const packages = lock.packages;
  const version = (name) => packages[`node_modules/${name}`].version;
  const dependencies = { 'career-elements': `file:${tarball}`, ...Object.fromEntries(TOOLS.map((name) => [name, version(name)])) };
  const needed = new Map();
  const registry = run('npm', ['config', 'get', 'registry'], project).trim().replace(/\/?$/, '/');
  // Node's resolution inside the lock's tree: from a package's folder up to the top node_modules.
  const resolve = (from, name) => {
    for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[path]) return path;
      if (!base) return undefined;
    }
  };
  const add = (path) => {
    if (!path || needed.has(path)) return;
    const { dev, devOptional, peer, ...entry } = packages[path];
    if (devOptional) entry.optional = true;
    // Where the lock leaves out the tarball's address, npm would ask for registry metadata: give it.
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    entry.resolved ??= `${registry}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    needed.set(path, entry);
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) add(resolve(path, name));
    for (const name of Object.keys(entry.peerDependencies ?? {})) if (!entry.peerDependenciesMeta?.[name]?.optional) add(resolve(path, name));
  };
  for (const name of [...TOOLS, ...Object.keys(ours.dependencies)]) add(`node_modules/${name}`);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(project, tarball))).digest('base64')}`;
  const self = { version: ours.version, resolved: `file:${tarball}`, integrity, license: ours.license, dependencies: ours.dependencies, peerDependencies: ours.peerDependencies, peerDependenciesMeta: ours.peerDependenciesMeta, bin: ours.bin };
  const scratch = { name: 'host', version: '1.0.0', private: true, type: 'module', dependencies };
  writeFileSync(join(project, 'package.json'), JSON.stringify(scratch, null, 2));
  writeFileSync(
    join(project, 'package-lock.json'),
    JSON.stringify({ name: 'host', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'host', version: '1.0.0', dependencies }, 'node_modules/career-elements': self, ...Object.fromEntries(needed) } }, null, 2),
  );
}

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball ships the builds, types, manifest, editor data, schemas and examples; no tests, no test generator', () => {
  const files = packed.files.map((file) => file.path);
  for (const file of [
    'dist/career-elements.js',
    // Export's code, which the bundle loads on first use.
    'dist/career-elements-export.js',
    'dist/career-elements.d.ts',
    'dist/cli.js',
    'dist/lib/base/export.js',
    'dist/lib/index.js',
    'dist/types/index.d.ts',
    'dist/lib/react/index.js',
    'custom-elements.json',
    'editor/vscode.html-custom-data.json',
    'editor/vscode.css-custom-data.json',
    'editor/web-types.json',
    'src/format/career-framework.schema.json',
    'src/examples/acme.json',
    'bin/career-elements.mjs',
  ]) {
    assert.ok(files.includes(file), `${file} is in the tarball`);
  }
  const unwanted = files.filter((file) => /(^|\/)test\/|\.test\.|generate-framework|(^|\/)stories\/|\.ts$/.test(file) && !file.endsWith('.d.ts'));
  assert.deepEqual(unwanted, []);
});

test('package.json: every exports target, customElements, web-types, unpkg and jsdelivr exist in the installed package', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const targets = [pkg.customElements, pkg['web-types'], pkg.unpkg, pkg.jsdelivr, pkg.main, pkg.types, ...Object.values(pkg.bin)];
  for (const [key, value] of Object.entries(pkg.exports)) {
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
      // A pattern ("./examples/*") is checked with the file that the README names under it.
      const example = { './examples/*': 'acme.json', './schema/*': 'career-framework.schema.json', './templates/*': 'roles.csv' }[key];
      targets.push(target.replace('*', example ?? '*'));
    }
  }
  for (const target of targets) assert.ok(existsSync(join(installed, target)), `${target} exists`);
  assert.equal(pkg.unpkg, './dist/career-elements.js');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules.every((m) => existsSync(join(installed, m.path))), true, 'manifest modules exist');
});

/** Uses every element, every event and the importers entry, typed. */
const mainTs = `
import 'career-elements/define';
import { validateFramework, CareerRoleSelectEvent, type Framework, type Problem } from 'career-elements';
import { importCsv, importDdat, importFt, importSnowflake } from 'career-elements/import';
import acme from 'career-elements/examples/acme.json';

const framework = acme as unknown as Framework;
const provider: HTMLElementTagNameMap['career-framework'] = document.createElement('career-framework');
const map = document.createElement('mobility-map');
const ladders = document.createElement('ladder-compare');
const gap = document.createElement('skill-gap');
provider.framework = framework;
provider.currentRole = 'data-analyst-2';
ladders.family = 'data';
gap.target = 'ml-engineer-3';
provider.append(map, ladders, gap);
document.body.append(provider);

const seen: string[] = [];
provider.addEventListener('career-load', (e) => seen.push(e.detail.framework.name));
provider.addEventListener('career-error', (e) => seen.push(...e.detail.errors.map((p: Problem) => p.path)));
provider.addEventListener('career-selection-change', (e) => seen.push(String(e.detail.selection.target)));
map.addEventListener('career-role-select', (e: CareerRoleSelectEvent) => seen.push(e.detail.roleId));
map.addEventListener('career-move-select', (e) => seen.push(e.detail.from + '→' + e.detail.to));
gap.addEventListener('career-profile-change', (e) => seen.push(String(e.detail.profile.skills.length)));

const importers = [importCsv, importDdat, importFt, importSnowflake].map((f) => typeof f);
const imported = importCsv({ roles: 'title,family,track,level,level_rank\\nAnalyst,Data,ic,L1,1\\n' }).framework.roles.map((role) => role.title);
Object.assign(window, { kit: { valid: validateFramework(framework).valid, importers, imported, seen } });
`;

/** React: the @lit/react components with typed callbacks, and the tags straight in React 19 JSX. */
const reactTsx = `
import { MobilityMap, SkillGap, CareerFramework, LadderCompare } from 'career-elements/react';
import type {} from 'career-elements/react/jsx';
import type { Framework } from 'career-elements';

export function App({ framework }: { framework: Framework }) {
  return (
    <CareerFramework framework={framework} onCareerSelectionChange={(e) => console.log(e.detail.selection)}>
      <MobilityMap region="US" onCareerRoleSelect={(e) => console.log(e.detail.roleId.toUpperCase())} onCareerMoveSelect={(e) => console.log(e.detail.to)} />
      <LadderCompare family="data" onCareerRoleSelect={(e) => console.log(e.detail.roleId)} />
      <SkillGap target="ml-engineer-3" onCareerProfileChange={(e) => console.log(e.detail.profile.skills)} />
      {/* @ts-expect-error a role id is a string */}
      <MobilityMap target={42} />
      <mobility-map region="US" framework={framework} oncareer-role-select={(e) => console.log(e.detail.roleId)} />
      <skill-gap target="ml-engineer-3" oncareer-profile-change={(e) => console.log(e.detail.profile)} />
      {/* @ts-expect-error the region is a string */}
      <ladder-compare region={42} />
    </CareerFramework>
  );
}
`;

/** Vue: the GlobalComponents types Vue's template checker reads. */
const vueTs = `
import type { GlobalComponents } from 'vue';
import type {} from 'career-elements/vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const map: Props<'mobility-map'> = { region: 'US', onCareerRoleSelect: (e) => e.detail.roleId, onCareerMoveSelect: (e) => e.detail.from };
export const gap: Props<'skill-gap'> = { target: 'x', onCareerProfileChange: (e) => e.detail.profile };
// @ts-expect-error the region is a string
export const wrong: Props<'ladder-compare'> = { region: 1 };
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true, noEmit: true, resolveJsonModule: true, jsx: 'react-jsx', types: [], skipLibCheck: true,
  },
  include: ['src'],
};

test('a scratch vite + TypeScript project type-checks every element, event, the importers, React and Vue, and builds', () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(project, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><script type="module" src="/src/main.ts"></script></body></html>');
  writeFileSync(join(project, 'src/main.ts'), mainTs);
  writeFileSync(join(project, 'src/app.tsx'), reactTsx);
  writeFileSync(join(project, 'src/vue-types.ts'), vueTs);
  run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  // The checks can fail: a wrong event detail is an error.
  writeFileSync(join(project, 'src/wrong.ts'), "import 'career-elements/define';\ndocument.createElement('mobility-map').addEventListener('career-role-select', (e) => e.detail.nope);\n");
  const wrong = spawnSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
  assert.match(wrong.stdout, /src\/wrong\.ts.*Property 'nope' does not exist/);
  rmSync(join(project, 'src/wrong.ts'));
  run(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], project);
  assert.ok(existsSync(join(project, 'dist/index.html')));
});

test('the built host app registers and draws the elements in Chromium', async () => {
  const dist = join(project, 'dist');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const file = join(dist, req.url === '/' ? 'index.html' : decodeURIComponent(req.url.split('?')[0]));
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector('ladder-compare')?.shadowRoot?.querySelector('[data-role-id]'), null, { timeout: 20_000 });
    const kit = await page.evaluate(() => window.kit);
    assert.equal(kit.valid, true);
    assert.deepEqual(kit.importers, ['function', 'function', 'function', 'function']);
    assert.deepEqual(kit.imported, ['Analyst']);
    const drawn = await page.evaluate(() => ['mobility-map', 'ladder-compare'].map((tag) => document.querySelector(tag).shadowRoot.querySelectorAll('[data-role-id]').length));
    assert.ok(drawn.every((count) => count > 0), String(drawn));
    const errorPanels = await page.evaluate(() => [...document.querySelectorAll('career-framework, mobility-map, ladder-compare, skill-gap')].filter((el) => el.shadowRoot.querySelector('[part=error]')).map((el) => `${el.localName}: ${el.shadowRoot.querySelector('[part=error]').textContent}`));
    assert.deepEqual(errorPanels, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('the installed CLI validates a framework', () => {
  const out = run(join(project, 'node_modules/.bin/career-elements'), ['validate', join(installed, 'src/examples/acme.json')], project);
  assert.match(out, /valid — 0 errors/);
  const usage = spawnSync(join(project, 'node_modules/.bin/career-elements'), ['frobnicate'], { cwd: project, encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^career-elements: unknown command "frobnicate"/);
});
