// The public API is a promise: etc/api-report.md lists every name the package entry exports and
// what custom-elements.json documents per element. This holds the checked-in report equal to the
// code, so a change of the public surface fails here until the report is rewritten — and then
// shows as a diff in review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { currentReport, renderReport, reportDifferences, REPORT_PATH } from '../../scripts/api-report.mjs';

test('etc/api-report.md matches the package entry and the custom-elements manifest', { timeout: 240_000 }, () => {
  const differences = reportDifferences(readFileSync(REPORT_PATH, 'utf8'), currentReport());
  assert.deepEqual(
    differences,
    [],
    'The public API changed. Run `npm run api-report`, review the diff of etc/api-report.md and commit it with the change:\n' + differences.join('\n'),
  );
});

test('the report names what the README documents and no layout internals', () => {
  const report = readFileSync(REPORT_PATH, 'utf8');
  for (const name of ['validateFramework', 'validateProfile', 'FrameworkIndex', 'skillGap', 'bestRoute', 'payChange', 'MOVE_KINDS', 'CareerRoleSelectEvent', 'MobilityMap', 'CareerFramework']) {
    assert.match(report, new RegExp(`\\| \`${name}\` \\|`), `${name} is exported`);
  }
  for (const internal of ['MAP_METRICS', 'RoleNode', 'layoutMap', 'compareLayout', 'radarLayout', 'gapView', 'familyFlows']) {
    assert.doesNotMatch(report, new RegExp(`\`${internal}\``), `${internal} is not exported`);
  }
  assert.match(report, /### <mobility-map> \(MobilityMap\)\n\n- attributes: `current-role`, .*`role` \(deprecated\)/);
});

test('a change of the surface shows as a difference: an export added, an attribute removed', () => {
  const manifest = { modules: [{ declarations: [{ tagName: 'x-el', name: 'XEl', attributes: [{ name: 'a' }, { name: 'b' }] }] }] };
  const before = renderReport([{ name: 'one', kind: 'function', from: 'src/one.ts' }], manifest);
  manifest.modules[0].declarations[0].attributes.pop();
  const after = renderReport([{ name: 'one', kind: 'function', from: 'src/one.ts' }, { name: 'two', kind: 'const', from: 'src/two.ts' }], manifest);
  assert.deepEqual(reportDifferences(before, after), [
    '- ## Package entry: 1 exports',
    '- - attributes: `a`, `b`',
    '+ ## Package entry: 2 exports',
    '+ | `two` | const | src/two.ts |',
    '+ - attributes: `a`',
  ]);
});
