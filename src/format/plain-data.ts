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
 * This reads every value of the input (a 10,000-role framework has over half a million), so it
 * allocates nothing per value but the property descriptor that tells a getter from data: the
 * objects and keys from the root down to the current value are kept in two arrays indexed by
 * depth (a cycle is an object already on that path), a path is only composed for a problem,
 * lists are read by index and text or numbers are checked in the loop, not by a call.
 */
export function checkPlainData(input: unknown, problems: ProblemList): boolean {
  const before = problems.errorCount;
  /** The objects from the root to the current value, and the key under which each child was reached. */
  const objects: object[] = [];
  const keys: Array<string | number> = [];
  let nodes = 0;
  const report = (depth: number, code: string, message: string) => {
    const path = pointer('', ...keys.slice(0, depth)) || '/';
    problems.error(path, code, message.replace('{at}', path));
  };
  const tooLarge = () => {
    problems.error('/', 'too-large', `the input has more than ${formatCount(LIMITS.nodes)} values; a career framework has far fewer`);
    return false;
  };
  /** Checks a value that is not an object: false for what JSON cannot hold. */
  const primitive = (value: unknown, depth: number) => {
    const type = typeof value;
    if (type !== 'function' && type !== 'symbol' && type !== 'bigint') return;
    report(depth, 'not-json', `the value at {at} is a ${type}; expected text, a number, true/false, null, a list or an object`);
  };

  /** Checks the object `value`, reached at `depth`; false stops the whole walk (the input is too large). */
  const visit = (value: object, depth: number): boolean => {
    for (let d = 0; d < depth; d++) {
      if (objects[d] === value) return report(depth, 'cycle', 'the value at {at} contains itself (a cycle); JSON data cannot'), true;
    }
    if (depth > LIMITS.depth) return report(depth, 'too-deep', `the value at {at} is nested more than ${LIMITS.depth} levels deep`), true;
    const isList = Array.isArray(value);
    if (!isList) {
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        return report(depth, 'not-plain', 'the value at {at} is not plain data (an object made by a class or the browser); expected an object as JSON.parse makes it'), true;
      }
    }
    objects[depth] = value;
    // Symbol keys are not data (JSON has none); a list's extra named fields are never read.
    const names = isList ? undefined : Object.getOwnPropertyNames(value);
    const count = names ? names.length : (value as unknown[]).length;
    if ((nodes += count) > LIMITS.nodes) return tooLarge();
    for (let i = 0; i < count; i++) {
      const key = names ? names[i] : i;
      keys[depth] = key;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      if (!('value' in descriptor)) {
        report(depth + 1, 'accessor', 'the field at {at} is a getter or setter; expected plain data');
        continue;
      }
      const child: unknown = descriptor.value;
      if (typeof child !== 'object') primitive(child, depth + 1);
      else if (child !== null && !visit(child, depth + 1)) return false;
    }
    return true;
  };

  try {
    if (typeof input !== 'object') primitive(input, 0);
    else if (input !== null) visit(input, 0);
  } catch (error) {
    problems.error('/', 'unreadable', `the input could not be read: ${(error as Error)?.message ?? String(error)}`);
  }
  return problems.errorCount === before;
}
