import type { Problem } from './types.js';

/** Escapes one JSON Pointer token (RFC 6901). */
export function pointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Joins a base pointer and tokens: `pointer('/roles', 3, 'family')` → `/roles/3/family`. */
export function pointer(base: string, ...tokens: Array<string | number>): string {
  let path = base;
  for (const token of tokens) path += '/' + pointerToken(token);
  return path;
}

/** Quotes a value for a message, shortened so a huge string cannot flood the error panel. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 60 ? value.slice(0, 57) + '…' : value;
    return JSON.stringify(short);
  }
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Names the JSON type of a value for "expected X, found Y" messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** Ids longer than this get no suggestion: a typo is made in a short id, not in a pasted paragraph. */
const SUGGEST_MAX_LENGTH = 64;
/** At most this many candidates looked at for all the suggestions of one validation. */
const SUGGEST_BUDGET = 100_000;

/**
 * The known id closest to `value`, when it is close enough to be a plausible typo. Bounded: only
 * short ids are compared, candidates whose length alone rules them out are skipped, and at most
 * `budget.left` candidates are looked at (the budget is shared by one validation's suggestions).
 */
export function nearest(value: string, known: Iterable<string>, budget = { left: SUGGEST_BUDGET }): string | undefined {
  if (value.length > SUGGEST_MAX_LENGTH || budget.left <= 0) return undefined;
  const needle = value.toLowerCase();
  const allowed = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (budget.left-- <= 0) break;
    if (Math.abs(candidate.length - value.length) > allowed) continue;
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** Collects errors and warnings while a validator walks the input. */
export class ProblemList {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  warn(path: string, code: string, message: string): void {
    this.warnings.push({ path, code, message });
  }

  /** What is left of the comparisons "did you mean" may make for this validation. */
  readonly #suggestionBudget = { left: SUGGEST_BUDGET };

  /**
   * Reports a reference to an id that is not declared, with a suggestion when one is close and the
   * comparison budget allows (a broken file with thousands of typos gets on without them).
   */
  unknownReference(path: string, what: string, value: string, known: Iterable<string>): void {
    const suggestion = nearest(value, known, this.#suggestionBudget);
    const hint = suggestion !== undefined ? ` — did you mean ${quote(suggestion)}?` : '';
    this.error(path, `unknown-${what.replace(/ /g, '-')}`, `unknown ${what} ${quote(value)} at ${path}${hint}`);
  }
}
