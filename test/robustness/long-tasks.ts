// The frameworks and the measurement of the long-task check (issue 16: "no long task over 200 ms
// for any framework up to 1 MB"). The largest valid frameworks that fit in 1 MB, in four shapes
// (many roles; labels at the length caps; many moves; long requirement and skill lists), and the
// fuzzed inputs that take longest to validate. Each is mounted in every element while a
// PerformanceObserver records the browser's long tasks.
import { LIMITS } from '../../src/format/plain-data.js';
import type { Framework } from '../../src/format/types.js';
import { validateFramework } from '../../src/model/validate.js';
import { generateFramework, type GenerateOptions } from '../../src/testing/generate-framework.js';
import { fuzzCase, mount } from './fuzz.js';

export const MEGABYTE = 1_048_576;

/** UTF-8 bytes of the JSON of `value`; NaN for what JSON cannot hold (a fuzzed cycle). */
function bytes(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value)).length;
  } catch {
    return NaN;
  }
}

/** `text` filled up to `length` characters with readable words (unique texts stay unique). */
const fill = (text: string, length: number) => `${text} `.padEnd(length, 'lorem ipsum dolor sit amet ');

/** Labels, titles and names at the caps of the format (LIMITS.labelLength). */
function longLabels(framework: Framework): Framework {
  const cap = LIMITS.labelLength;
  return {
    ...framework,
    levels: framework.levels.map((level) => ({ ...level, label: fill(level.label, cap) })),
    families: framework.families.map((family) => ({ ...family, label: fill(family.label, cap) })),
    tracks: framework.tracks.map((track) => ({ ...track, label: fill(track.label, cap) })),
    roles: framework.roles.map((role) => ({ ...role, title: fill(role.title, cap) })),
  };
}

/** Every move with 25 requirements of 200 characters; every role with 40 skills. */
function deepRequirements(framework: Framework): Framework {
  const skills = framework.skills ?? [];
  return {
    ...framework,
    roles: framework.roles.map((role, r) => ({
      ...role,
      skills: Array.from({ length: Math.min(40, skills.length) }, (_, k) => ({ skill: skills[(r + k) % skills.length].id, level: 1 + ((r + k) % 5) })),
    })),
    moves: (framework.moves ?? []).map((move, m) => ({
      ...move,
      requirements: Array.from({ length: 25 }, (_, k) => ({ label: fill(`Requirement ${k + 1} of move ${m + 1}`, 200), kind: 'other' as const })),
    })),
  };
}

export interface Case {
  name: string;
  framework: unknown;
  bytes: number;
  roles?: number;
}

/**
 * The largest framework `make(roles)` that fits in `limit` bytes, to within 2 % (size grows about
 * linearly with the role count, so a few generations find it).
 */
function largest(name: string, make: (roles: number) => Framework, limit = MEGABYTE): Case {
  let roles = Math.max(1, Math.floor((100 * limit) / bytes(make(100))));
  let framework = make(roles);
  for (let size = bytes(framework), tries = 0; (size > limit || size < 0.98 * limit) && tries < 8; size = bytes(framework), tries++) {
    roles = Math.max(1, Math.floor((roles * limit * (size > limit ? 0.995 : 1)) / size));
    framework = make(roles);
  }
  const result = validateFramework(framework);
  if (!result.valid) throw new Error(`${name}: not valid: ${result.errors[0]?.message}`);
  if (bytes(framework) > limit) throw new Error(`${name}: ${bytes(framework)} bytes`);
  return { name, framework, bytes: bytes(framework), roles };
}

const generated = (options: Omit<GenerateOptions, 'roles'>) => (roles: number) => generateFramework({ roles, ...options });

/** The four shapes of valid 1 MB frameworks. */
export function largeFrameworks(): Case[] {
  return [
    largest('many roles', generated({})),
    largest('labels at the caps', (roles) => longLabels(generateFramework({ roles }))),
    largest('many moves (40 per role)', generated({ movesPerRole: 40 })),
    largest('long requirement and skill lists', (roles) => deepRequirements(generateFramework({ roles, skills: 200 }))),
  ];
}

/** The `count` fuzzed inputs (of seeds 1..`seeds`) that take longest to validate. */
export function worstFuzzed(seeds: number, count: number): Case[] {
  const timed = Array.from({ length: seeds }, (_, i) => {
    const { framework, mutations, seed } = fuzzCase(i + 1);
    const start = performance.now();
    validateFramework(framework);
    return { ms: performance.now() - start, framework, name: `fuzz seed ${seed} (${mutations.join('; ')})` };
  });
  timed.sort((a, b) => b.ms - a.ms);
  return timed.slice(0, count).map(({ name, framework }) => ({ name, framework, bytes: bytes(framework) }));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Attributes that make each element draw its main view for `framework` (first role, another level). */
function attributesFor(tag: string, framework: unknown): Record<string, string> {
  const roles = (framework as Partial<Framework> | null)?.roles;
  const list = Array.isArray(roles) ? roles : [];
  const first = list[0];
  const other = list.find((role) => role && first && role.level !== first.level && role.family === first.family) ?? list[1];
  const id = (role: unknown) => (role && typeof (role as { id?: unknown }).id === 'string' ? (role as { id: string }).id : 'none');
  if (tag === 'mobility-map') return { 'current-role': id(first) };
  if (tag === 'skill-gap') return { 'current-role': id(first), target: id(other) };
  if (tag === 'ladder-compare') return { family: typeof first?.family === 'string' ? first.family : 'none' };
  return {};
}

export interface Measurement {
  outcome: 'load' | 'error' | 'none';
  /** From appending the element to its career-load / career-error. */
  settleMs: number;
  /** The longest task the browser reported from appending the element until it had drawn. */
  longestTaskMs: number;
}

/**
 * Mounts `framework` in `tag` until career-load / career-error (at most `limit` ms) and a frame
 * more, and reports the longest task seen meanwhile.
 */
export async function measureMount(tag: string, framework: unknown, limit = 30_000): Promise<Measurement> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  await pause(50); // let the test runner's own work end before observing
  observer.observe({ type: 'longtask' });
  const { outcome, ms } = await mount(tag, framework, limit, attributesFor(tag, framework));
  await frame();
  await pause(100);
  observer.takeRecords().forEach((entry) => tasks.push(entry.duration));
  observer.disconnect();
  return { outcome, settleMs: ms, longestTaskMs: Math.max(0, ...tasks) };
}
