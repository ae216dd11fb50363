// A seeded fuzzer for frameworks: each seed takes a valid framework and breaks it in 1 to 4 ways
// (wrong types, missing fields, dangling references, cycles, duplicate ids, NaN / Infinity / huge
// numbers, 100 kB strings, deep nesting, unicode / RTL / emoji / zero-width text, prototype keys),
// then mounts it in every element and checks that nothing escapes: no page error, no unhandled
// rejection, no console error, and each mount ends in career-load or career-error within 1 s.
import { tinyFramework } from '../fixtures/tiny-framework.js';
import { validateFramework } from '../../src/model/validate.js';

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = unknown;
type Container = Record<string, unknown> | unknown[];

const STRANGE_TEXT = [
  'x'.repeat(100_000),
  '\u202Eevil\u202C', // right-to-left override
  'مدير البيانات',
  'שלום',
  '👩🏽‍💻🚀',
  'a\u200Bb\u200Cc\u200Dd\uFEFF',
  '',
  '   ',
  '<img src=x onerror=alert(1)>',
  '\u0000\u0007',
  '\uD800', // a lone surrogate
  'constructor',
  '__proto__',
  'toString',
];
const STRANGE_NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, -0, 2 ** 53 + 1, -1, 0.5, 1e-300];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** Every container in the value, with the key that leads to it from its parent. */
function containers(value: Json, out: Array<[Container, string | number]> = [], depth = 0): Array<[Container, string | number]> {
  if (depth > 8 || typeof value !== 'object' || value === null) return out;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as object);
  for (const [key, child] of entries) {
    out.push([value as Container, key]);
    containers(child, out, depth + 1);
  }
  return out;
}

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

const MUTATIONS: Array<[string, (target: Container, key: string | number, pick: <T>(list: readonly T[]) => T, root: Record<string, unknown>, rnd: () => number) => void]> = [
  ['delete a field', (t, k) => (Array.isArray(t) ? t.splice(Number(k), 1) : delete t[k])],
  ['wrong type', (t, k, pick) => ((t as Record<string | number, unknown>)[k] = pick([42, 'text', true, null, [], {}, [1, 'two'], { a: 1 }]))],
  ['strange number', (t, k, pick) => ((t as Record<string | number, unknown>)[k] = pick(STRANGE_NUMBERS))],
  ['strange text', (t, k, pick) => ((t as Record<string | number, unknown>)[k] = pick(STRANGE_TEXT))],
  ['deep nesting', (t, k, pick) => ((t as Record<string | number, unknown>)[k] = deep(pick([50, 500, 5_000])))],
  ['cycle', (t, k, _pick, root) => ((t as Record<string | number, unknown>)[k] = root)],
  ['dangling reference', (t, k, pick) => ((t as Record<string | number, unknown>)[k] = pick(['no-such-id', 'analyst-9', 'L9', 'sqll', 'x'.repeat(5_000)]))],
  ['duplicate an item', (t, k) => {
    if (Array.isArray(t)) t.push(structuredClone(t[Number(k)]));
  }],
  ['prototype key', (t, k, pick) => {
    const key = pick(PROTOTYPE_KEYS);
    if (Array.isArray(t)) (t as unknown[])[Number(k)] = JSON.parse(`{"id": "${key}", "${key}": {"polluted": true}}`);
    else Object.assign(t, JSON.parse(`{"${key}": {"polluted": true}}`));
  }],
  ['huge list', (t, k) => ((t as Record<string | number, unknown>)[k] = Array.from({ length: 5_000 }, (_, i) => ({ id: `x${i}` })))],
];

export interface FuzzCase {
  seed: number;
  mutations: string[];
  framework: unknown;
}

/** The framework for one seed: a valid one broken in 1 to 4 ways. */
export function fuzzCase(seed: number): FuzzCase {
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const root = tinyFramework() as unknown as Record<string, unknown>;
  const applied: string[] = [];
  const count = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < count; i++) {
    const places = containers(root);
    if (places.length === 0) break;
    const [target, key] = pick(places);
    const [name, mutate] = pick(MUTATIONS);
    mutate(target, key, pick, root, rnd);
    applied.push(`${name} at ${String(key)}`);
  }
  return { seed, mutations: applied, framework: root };
}

export const TAGS = ['mobility-map', 'ladder-compare', 'skill-gap', 'career-framework'] as const;

export interface FuzzReport {
  seeds: number;
  mounts: number;
  loads: number;
  errors: number;
  failures: string[];
  validationMs: number[];
  slowestMount: number;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** What each element is asked to show of the fuzzed (tiny) framework. */
const FUZZ_ATTRIBUTES: Record<string, Record<string, string>> = {
  'skill-gap': { 'current-role': 'analyst-2', target: 'scientist-3' },
  'mobility-map': { 'current-role': 'analyst-2' },
  'ladder-compare': { family: 'data' },
};

/**
 * Mounts `framework` in `tag` with `attributes`, and resolves with the event it ended in (or
 * 'none' after `limit` ms) and the time that took; removes the element after a frame.
 */
export async function mount(
  tag: string,
  framework: unknown,
  limit: number,
  attributes: Record<string, string> = FUZZ_ATTRIBUTES[tag] ?? {},
): Promise<{ outcome: 'load' | 'error' | 'none'; ms: number }> {
  const el = document.createElement(tag) as HTMLElement & { framework?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const start = performance.now();
  const outcome = new Promise<'load' | 'error' | 'none'>((resolve) => {
    el.addEventListener('career-load', () => resolve('load'), { once: true });
    el.addEventListener('career-error', () => resolve('error'), { once: true });
    setTimeout(() => resolve('none'), limit);
  });
  el.framework = framework;
  document.body.append(el);
  const result = await outcome;
  const ms = performance.now() - start;
  await frame(); // let it draw what it loaded
  el.remove();
  return { outcome: result, ms };
}

/** Runs seeds [from, from + count) through every element and through validateFramework. */
export async function runFuzz(from: number, count: number): Promise<FuzzReport> {
  const report: FuzzReport = { seeds: count, mounts: 0, loads: 0, errors: 0, failures: [], validationMs: [], slowestMount: 0 };
  let current = '';
  const onError = (e: ErrorEvent) => report.failures.push(`${current}: page error ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => report.failures.push(`${current}: unhandled rejection ${String(e.reason)}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    report.failures.push(`${current}: console error ${args.map(String).join(' ').slice(0, 200)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    for (let seed = from; seed < from + count; seed++) {
      const { framework, mutations } = fuzzCase(seed);
      current = `seed ${seed} (${mutations.join('; ')})`;
      const start = performance.now();
      try {
        validateFramework(framework);
      } catch (error) {
        report.failures.push(`${current}: validateFramework threw ${String(error)}`);
      }
      report.validationMs.push(performance.now() - start);
      for (const tag of TAGS) {
        const { outcome, ms } = await mount(tag, framework, 1000);
        report.mounts++;
        report.slowestMount = Math.max(report.slowestMount, ms);
        if (outcome === 'load') report.loads++;
        else if (outcome === 'error') report.errors++;
        else report.failures.push(`${current}: <${tag}> fired neither career-load nor career-error within 1 s`);
      }
    }
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return report;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
