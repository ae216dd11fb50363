import { formatCount, pointer, type ProblemList } from './problems.js';

/**
 * Bounds on what the validators will read. JSON never comes near them; they stop a hostile or
 * broken input (a 10,000-deep array, a cycle, a getter) before the validator walks it.
 */
export const LIMITS = {
  /** Nesting of objects and lists; the format itself needs 6. */
  depth: 64,
  /** Objects, lists and values in one input (a 1 MB framework has ~100,000). */
  nodes: 2_000_000,
  /** Characters of an id (roles, levels, skills…). */
  idLength: 200,
  /** Characters of a label, title or name. */
  labelLength: 1_000,
} as const;

/**
 * Checks that `input` is plain data as JSON.parse makes it: plain objects and lists of strings,
 * numbers, booleans and null, without cycles, getters or other exotic objects, nested no deeper
 * than LIMITS.depth. Reports each problem with its JSON Pointer; returns false when the input
 * must not be walked further. Never throws; recursion is bounded by LIMITS.depth.
 *
 * This reads every value of the input, so it builds nothing per value: a path is only composed
 * for a problem (from `trail`, the keys from the root), and lists are read by index.
 */
export function checkPlainData(input: unknown, problems: ProblemList): boolean {
  const before = problems.errorCount;
  const trail: Array<string | number> = [];
  const report = (code: string, message: string) => {
    const path = pointer('', ...trail) || '/';
    problems.error(path, code, message.replace('{at}', path));
  };
  const onPath = new Set<object>();
  let nodes = 0;

  /** Checks one value at `trail`; false stops the whole walk (the input is too large). */
  const visit = (value: unknown, depth: number): boolean => {
    if (++nodes > LIMITS.nodes) {
      trail.length = 0;
      report('too-large', `the input has more than ${formatCount(LIMITS.nodes)} values; a career framework has far fewer`);
      return false;
    }
    if (typeof value !== 'object' || value === null) {
      const type = typeof value;
      if (type === 'function' || type === 'symbol' || type === 'bigint') {
        report('not-json', `the value at {at} is a ${type}; expected text, a number, true/false, null, a list or an object`);
      }
      return true;
    }
    if (onPath.has(value)) {
      report('cycle', 'the value at {at} contains itself (a cycle); JSON data cannot');
      return true;
    }
    if (depth > LIMITS.depth) {
      report('too-deep', `the value at {at} is nested more than ${LIMITS.depth} levels deep`);
      return true;
    }
    const isList = Array.isArray(value);
    const prototype = Object.getPrototypeOf(value);
    if (!isList && prototype !== Object.prototype && prototype !== null) {
      report('not-plain', 'the value at {at} is not plain data (an object made by a class or the browser); expected an object as JSON.parse makes it');
      return true;
    }
    onPath.add(value);
    // Symbol keys are not data (JSON has none); a list's extra named fields are never read.
    const keys = isList ? undefined : Object.getOwnPropertyNames(value);
    const count = keys ? keys.length : (value as unknown[]).length;
    for (let i = 0; i < count; i++) {
      const key = keys ? keys[i] : i;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      trail.push(key);
      if (descriptor && !('value' in descriptor)) report('accessor', 'the field at {at} is a getter or setter; expected plain data');
      else if (!visit(descriptor?.value, depth + 1)) return false;
      trail.pop();
    }
    onPath.delete(value);
    return true;
  };

  try {
    visit(input, 0);
  } catch (error) {
    problems.error('/', 'unreadable', `the input could not be read: ${(error as Error)?.message ?? String(error)}`);
  }
  return problems.errorCount === before;
}
