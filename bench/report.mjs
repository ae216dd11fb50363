// Statistics and the markdown report of a bench run. Pure: takes the run's results, returns text.

/** median, min, max and quartiles of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const low = Math.floor(i);
    return sorted[low] + (sorted[Math.ceil(i)] - sorted[low]) * (i - low);
  };
  return { n: sorted.length, median: at(0.5), q1: at(0.25), q3: at(0.75), min: sorted[0], max: sorted.at(-1) };
}

const ms = (value) => (value === undefined ? '—' : value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (value) => (value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`);
const sizeLabel = (name) => (name === 'default' ? 'default (Acme, 43 roles)' : `${Number(name).toLocaleString('en-US')} roles`);

/**
 * Every measured metric, in the order of the detail table. Frame metrics (true) were timed two
 * ways: painted (to the second animation frame) and cost (main-thread work of the frame, `.cost`).
 */
export const METRICS = [
  ['floor.parse', 'floor: JSON.parse of the framework text', false],
  ['floor.frame', 'floor: one trivial frame (a text change)', true],
  ['model.build', 'validateFramework + FrameworkIndex', false],
  ['model.route', 'bestRoute to the far target (model)', false],
  ['model.routes3', 'findRoutes, 3 best to the far target (model)', false],
  ['model.routes3.10k', 'findRoutes, 3 best to the far target, 10,000 roles (model)', false],
  ['model.infer', 'inferMoves at 0.5 (fresh index)', false],
  ['map.render', '<mobility-map> first render', true],
  ['map.focus', '<mobility-map> focus a role', true],
  ['map.framing', '<mobility-map> focus with the framing move: worst frame cost (ms)', false],
  ['map.pan', '<mobility-map> pan step', true],
  ['map.zoom', '<mobility-map> zoom step', true],
  ['map.hover', '<mobility-map> hover highlight', true],
  ['map.route', '<mobility-map> target = far role', true],
  ['map.overview', '<mobility-map> family overview (from a family)', true],
  ['map.semantic', '<mobility-map> semantic zoom step (overview → family)', true],
  ['peer.render', 'Cytoscape.js first render', true],
  ['peer.pan', 'Cytoscape.js pan step', true],
  ['peer.zoom', 'Cytoscape.js zoom step', true],
  ['ladder.render', '<ladder-compare> first render', true],
  ['ladder.region', '<ladder-compare> region change', true],
  ['gap.render', '<skill-gap> first render', true],
  ['gap.whatif', '<skill-gap> what-if step', true],
];

const ELEMENT_OF = { map: 'mobility-map', ladder: 'ladder-compare', gap: 'skill-gap' };

/** The median of a metric in a dataset, or undefined. */
function median(datasets, name, metric) {
  const values = datasets.find((d) => d.name === name)?.samples[metric];
  return values?.length ? stats(values).median : undefined;
}

/**
 * The rows of the issue's targets table. Each: what, target, measured, peer/reference, ratio,
 * result ("pass", "MISS", "not built", "not measured").
 */
export function targetRows(run) {
  const { datasets, bundle } = run;
  const names = datasets.map((d) => d.name);
  const largest = names.filter((n) => n !== 'default').sort((a, b) => b - a)[0];
  const built = (metric) => !datasets[0]?.notBuilt.includes(ELEMENT_OF[metric.split('.')[0]]);
  const rows = [];

  function row({ what, target, size, metric, reference, basis = '', limit, ratioLimit, format = ms, value, referenceValue, refLabel = 'Cytoscape.js' }) {
    const at = names.includes(size) ? size : largest;
    const v = value ?? median(datasets, at, metric + basis);
    const r = referenceValue ?? (reference ? median(datasets, at, reference + basis) : undefined);
    const other = basis === '.cost' ? median(datasets, at, metric) : median(datasets, at, `${metric}.cost`);
    const shown = (x) => (x === undefined ? '—' : other === undefined || format !== ms ? format(x) : `${format(x)} ${basis ? 'cost' : 'painted'}`);
    const q = v !== undefined && r !== undefined ? v / r : undefined;
    let result;
    if (metric && ELEMENT_OF[metric.split('.')[0]] && !built(metric)) result = 'not built';
    else if (v === undefined) result = 'not measured';
    else if (at !== size) result = `n/a (measured at ${sizeLabel(at)})`;
    else result = (limit === undefined || v <= limit) && (ratioLimit === undefined || (q !== undefined && q <= ratioLimit)) ? 'pass' : '**MISS**';
    const measured = v === undefined ? '—' : `${shown(v)}${other !== undefined && format === ms ? ` (${ms(other)} ${basis ? 'painted' : 'cost'})` : ''}`;
    rows.push({ what, target, measured, reference: r === undefined ? '—' : `${shown(r)} (${refLabel})`, ratio: ratio(q), result, value: v, referenceValue: r });
  }

  row({ what: '`<mobility-map>` first render, 1,000 roles / ~5,000 moves', target: '≤ 60 ms and ≤ 0.10× Cytoscape.js', size: '1000', metric: 'map.render', reference: 'peer.render', limit: 60, ratioLimit: 0.1 });
  row({ what: '`<mobility-map>` first render, 3,000 roles / ~15,000 moves', target: '≤ 150 ms', size: '3000', metric: 'map.render', reference: 'peer.render', limit: 150 });
  row({ what: 'focusing a role, 3,000 roles', target: '≤ 16 ms to the painted frame (judged on frame cost)', size: '3000', metric: 'map.focus', basis: '.cost', limit: 16 });
  row({ what: 'pan frame, 3,000 roles', target: '≤ Cytoscape.js (ratio ≤ 1.0, frame cost)', size: '3000', metric: 'map.pan', reference: 'peer.pan', basis: '.cost', ratioLimit: 1 });
  row({ what: 'zoom frame, 3,000 roles', target: '≤ Cytoscape.js (ratio ≤ 1.0, frame cost)', size: '3000', metric: 'map.zoom', reference: 'peer.zoom', basis: '.cost', ratioLimit: 1 });
  row({ what: '`validateFramework` + model build, 3,000 roles', target: '≤ 10 × `JSON.parse`', size: '3000', metric: 'model.build', reference: 'floor.parse', ratioLimit: 10, refLabel: 'JSON.parse' });
  row({ what: 'route to a far target, 3,000 roles (model)', target: '≤ 50 ms', size: '3000', metric: 'model.route', limit: 50 });
  row({ what: 'route to a far target, 3,000 roles (element `target`)', target: '≤ 50 ms (painted)', size: '3000', metric: 'map.route', limit: 50 });
  row({ what: '3 best routes to a far target, 10,000 roles (model)', target: '≤ 50 ms', size: '3000', metric: 'model.routes3.10k', limit: 50 });
  row({ what: 'inferring moves (threshold 0.5), 3,000 roles', target: '≤ 10 × `JSON.parse`', size: '3000', metric: 'model.infer', reference: 'floor.parse', ratioLimit: 10, refLabel: 'JSON.parse' });
  row({ what: '`<ladder-compare>` first render, default framework', target: '≤ 30 ms', size: 'default', metric: 'ladder.render', limit: 30 });
  row({ what: '`<skill-gap>` first render, default framework', target: '≤ 30 ms', size: 'default', metric: 'gap.render', limit: 30 });
  const heapAt = names.includes('3000') ? '3000' : largest;
  const heap = datasets.find((d) => d.name === heapAt)?.heap ?? {};
  row({ what: 'JS heap after rendering the 3,000-role map', target: '≤ 20 MB', size: '3000', metric: 'map.heap', value: heap.map, referenceValue: heap.peer, limit: 20e6, format: mb });
  row({ what: '`<mobility-map>` first render, 10,000 roles / ~50,000 moves', target: '≤ 150 ms (painted)', size: '10000', metric: 'map.render', reference: 'peer.render', limit: 150 });
  row({ what: 'family overview, 10,000 roles', target: '≤ 100 ms (painted)', size: '10000', metric: 'map.overview', limit: 100 });
  row({ what: 'focus with the framing move, 10,000 roles: worst frame', target: '≤ 16 ms frame cost per animation frame', size: '10000', metric: 'map.framing', limit: 16 });
  row({ what: 'semantic zoom step (overview → family), 10,000 roles', target: '≤ 16 ms frame cost', size: '10000', metric: 'map.semantic', basis: '.cost', limit: 16 });
  const heap10k = datasets.find((d) => d.name === '10000')?.heap ?? {};
  row({ what: 'JS heap after rendering the 10,000-role map', target: '≤ 30 MB', size: '10000', metric: 'map.heap', value: heap10k.map, referenceValue: heap10k.peer, limit: 30e6, format: mb });
  if (bundle) {
    rows.push({ what: '`dist/career-elements.js`, all elements, min + gzip', target: `≤ ${kb(bundle.budget)}`, measured: kb(bundle.bundle.gzip), reference: '—', ratio: '—', result: bundle.bundle.gzip <= bundle.budget ? 'pass' : '**MISS**', value: bundle.bundle.gzip });
    for (const e of bundle.entries ?? []) {
      const budget = bundle.entryBudget;
      if (budget) rows.push({ what: `\`${e.entry}\` alone (lit included), min + gzip`, target: `≤ ${kb(budget)}`, measured: kb(e.gzip), reference: '—', ratio: '—', result: e.gzip <= budget ? 'pass' : '**MISS**', value: e.gzip });
    }
  }
  return rows;
}

const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The whole markdown report of a run. */
export function markdown(run) {
  const { datasets, bundle, machine } = run;
  const out = [];
  out.push(`Run: ${machine.date} · ${machine.cpu} × ${machine.cores} cores · ${machine.browser} · Node ${machine.node} · ${run.runs} runs after 1 warm-up per measurement${run.quick ? ' · **quick run**' : ''}`);
  const notBuilt = datasets[0]?.notBuilt ?? [];
  if (notBuilt.length) out.push(`\nNot built on this branch (rows marked "not built"): ${notBuilt.map((t) => `\`<${t}>\``).join(', ')}.`);
  out.push('\n### Targets\n');
  out.push(table(['what', 'target', 'measured (median)', 'peer / reference', 'ours ÷ peer', 'result'], targetRows(run).map((r) => [r.what, r.target, r.measured, r.reference, r.ratio, r.result])));

  out.push('\n### All measurements (median, [min–max])\n');
  const header = ['measurement', ...datasets.map((d) => `${sizeLabel(d.name)}<br>${d.moves.toLocaleString('en-US')} moves`)];
  const rows = [];
  const cell = (values) => {
    if (!values) return '—';
    const s = stats(values);
    return `${ms(s.median)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
  };
  for (const [metric, label, isFrame] of METRICS) {
    if (!datasets.some((d) => d.samples[metric])) continue;
    rows.push([isFrame ? `${label}: painted` : label, ...datasets.map((d) => cell(d.samples[metric]))]);
    if (isFrame) rows.push([`${label}: frame cost`, ...datasets.map((d) => cell(d.samples[`${metric}.cost`]))]);
  }
  const pairs = [
    [['map.render', 'peer.render'], 'first render (painted), ours ÷ Cytoscape.js'],
    [['map.render.cost', 'peer.render.cost'], 'first render (cost), ours ÷ Cytoscape.js'],
    [['map.pan.cost', 'peer.pan.cost'], 'pan (cost), ours ÷ Cytoscape.js'],
    [['map.zoom.cost', 'peer.zoom.cost'], 'zoom (cost), ours ÷ Cytoscape.js'],
  ];
  for (const [pair, label] of pairs) {
    if (!datasets.some((d) => d.samples[pair[0]])) continue;
    rows.push([label, ...datasets.map((d) => ratio(median(datasets, d.name, pair[0]) / median(datasets, d.name, pair[1])))]);
  }
  for (const [key, label] of [['map', 'JS heap growth, `<mobility-map>` drawn'], ['peer', 'JS heap growth, Cytoscape.js drawn']]) {
    if (!datasets.some((d) => d.heap[key] !== undefined)) continue;
    rows.push([label, ...datasets.map((d) => (d.heap[key] === undefined ? '—' : mb(d.heap[key])))]);
  }
  rows.push(['framework text', ...datasets.map((d) => kb(d.textBytes))]);
  rows.push(['far target: moves on the route', ...datasets.map((d) => String(d.routeLength))]);
  rows.push(['peer node positions from', ...datasets.map((d) => d.positions)]);
  out.push(table(header, rows));

  if (bundle) {
    out.push('\n### Bundle size (vite build, minified, gzip level 9)\n');
    out.push(table(['file', 'minified', 'min + gzip'], [
      ['`dist/career-elements.js` (all elements)', kb(bundle.bundle.min), kb(bundle.bundle.gzip)],
      ...bundle.entries.map((e) => [`\`${e.entry}\` alone`, kb(e.min), kb(e.gzip)]),
    ]));
  }
  const notes = [...new Set(datasets.flatMap((d) => d.notes.map((n) => `${sizeLabel(d.name)}: ${n}`)))];
  if (notes.length) out.push(`\n### Notes from the run\n\n${notes.map((n) => `- ${n}`).join('\n')}`);
  return out.join('\n') + '\n';
}
