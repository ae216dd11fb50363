import { pointer, type ProblemList } from './problems.js';

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

type Frame = { value: object; path: string; depth: number } | { leave: object };

/**
 * Checks that `input` is plain data as JSON.parse makes it: plain objects and lists of strings,
 * numbers, booleans and null, without cycles, getters or other exotic objects, nested no deeper
 * than LIMITS.depth. Reports each problem with its JSON Pointer; returns false when the input
 * must not be walked further. Iterative (no recursion), never throws.
 */
export function checkPlainData(input: unknown, problems: ProblemList): boolean {
  const before = problems.errors.length;
  const report = (path: string, code: string, message: string) => problems.error(path || '/', code, message.replace('{at}', path || '/'));
  if (typeof input !== 'object' || input === null) return checkValue(input, '', report);
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: input, path: '', depth: 0 }];
  let nodes = 0;
  try {
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if ('leave' in frame) {
        onPath.delete(frame.leave);
        continue;
      }
      const { value, path, depth } = frame;
      if (++nodes > LIMITS.nodes) {
        report('', 'too-large', `the input has more than ${LIMITS.nodes.toLocaleString('en')} values; a career framework has far fewer`);
        return false;
      }
      if (onPath.has(value)) {
        report(path, 'cycle', 'the value at {at} contains itself (a cycle); JSON data cannot');
        continue;
      }
      if (depth > LIMITS.depth) {
        report(path, 'too-deep', `the value at {at} is nested more than ${LIMITS.depth} levels deep`);
        continue;
      }
      const isList = Array.isArray(value);
      const prototype = Object.getPrototypeOf(value);
      if (!isList && prototype !== Object.prototype && prototype !== null) {
        report(path, 'not-plain', 'the value at {at} is not plain data (an object made by a class or the browser); expected an object as JSON.parse makes it');
        continue;
      }
      onPath.add(value);
      stack.push({ leave: value });
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === 'symbol' || (isList && key === 'length')) continue;
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
        const at = pointer(path, key);
        if (!('value' in descriptor)) {
          report(at, 'accessor', 'the field at {at} is a getter or setter; expected plain data');
          continue;
        }
        const child: unknown = descriptor.value;
        if (typeof child === 'object' && child !== null) stack.push({ value: child, path: at, depth: depth + 1 });
        else if (!checkValue(child, at, report)) continue;
      }
    }
  } catch (error) {
    report('', 'unreadable', `the input could not be read: ${(error as Error)?.message ?? String(error)}`);
  }
  return problems.errors.length === before;
}

function checkValue(value: unknown, path: string, report: (path: string, code: string, message: string) => void): boolean {
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') {
    report(path, 'not-json', `the value at {at} is a ${type}; expected text, a number, true/false, null, a list or an object`);
    return false;
  }
  return true;
}
