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

let englishNumbers: Intl.NumberFormat | undefined;
/** A count for a message, grouped the same on every page: `12,345`. */
export function formatCount(count: number): string {
  englishNumbers ??= new Intl.NumberFormat('en');
  return englishNumbers.format(count);
}

/** Names the JSON type of a value for "expected X, found Y" messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Two rows of the table, reused by every comparison (the comparisons are synchronous). */
let rows = [new Int32Array(65), new Int32Array(65)];

/**
 * Levenshtein distance of `a` and `b` when it is at most `limit`; anything farther is `limit + 1`.
 * Only the band of the table within `limit` of the diagonal is filled, and the walk stops once a
 * whole row is past the limit, so a far-off candidate costs a few cells. Each filled cell is taken
 * from `budget.left`; when that runs out the answer is `limit + 1` (no match).
 */
export function editDistance(a: string, b: string, limit = Infinity, budget = { left: Infinity }): number {
  if (a === b) return 0;
  limit = Math.min(limit, Math.max(a.length, b.length)); // no distance is larger
  const far = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return far;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    if ((budget.left -= to - from + 1) < 0) return far;
    current[0] = i <= limit ? i : far;
    if (from > 1) current[from - 1] = far;
    let rowMin = current[from - 1];
    const char = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let cell = previous[j - 1] + (char === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j] + 1 < cell) cell = previous[j] + 1;
      if (current[j - 1] + 1 < cell) cell = current[j - 1] + 1;
      current[j] = cell < far ? cell : far;
      if (cell < rowMin) rowMin = cell;
    }
    if (to < b.length) current[to + 1] = far;
    if (rowMin > limit) return far;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length];
}

/** Ids longer than this get no suggestion: a typo is made in a short id, not in a pasted paragraph. */
const SUGGEST_MAX_LENGTH = 64;
/**
 * The work "did you mean" may do for one validation, in cells of edit-distance tables (each
 * candidate looked at costs 1 more, each one compared CANDIDATE_COST more): a few milliseconds. A broken file with thousands
 * of dangling references gets its first suggestions, then plain "unknown" messages.
 */
const SUGGEST_BUDGET = 300_000;
const CANDIDATE_COST = 20;

/**
 * The known id closest to `value`, when it is close enough to be a plausible typo. Bounded: only
 * short ids are compared, candidates whose length alone rules them out are skipped, each
 * comparison stops once it cannot beat the best so far, and the cells compared are taken from
 * `budget.left` (shared by one validation's suggestions).
 */
export function nearest(value: string, known: Iterable<string>, budget = { left: SUGGEST_BUDGET }): string | undefined {
  if (value.length > SUGGEST_MAX_LENGTH) return undefined;
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of known) {
    if (budget.left-- <= 0) return undefined;
    if (Math.abs(candidate.length - value.length) >= bestDistance) continue;
    budget.left -= CANDIDATE_COST;
    const distance = editDistance(needle, candidate.toLowerCase(), bestDistance - 1, budget);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * At most this many errors, and this many warnings, are listed for one input; the rest are
 * counted in a last problem (code `too-many-problems`). A list of 5,000 broken items would
 * otherwise cost tens of milliseconds of messages nobody reads.
 */
export const MAX_LISTED_PROBLEMS = 1_000;

/** Collects errors and warnings while a validator walks the input. */
export class ProblemList {
  readonly #errors: Problem[] = [];
  readonly #warnings: Problem[] = [];
  #unlistedErrors = 0;
  #unlistedWarnings = 0;

  /** The errors found, the first MAX_LISTED_PROBLEMS of them listed. */
  get errors(): Problem[] {
    return withSummary(this.#errors, this.#unlistedErrors, 'errors');
  }

  /** The warnings found, the first MAX_LISTED_PROBLEMS of them listed. */
  get warnings(): Problem[] {
    return withSummary(this.#warnings, this.#unlistedWarnings, 'warnings');
  }

  /** How many errors were found, listed or not. */
  get errorCount(): number {
    return this.#errors.length + this.#unlistedErrors;
  }

  /** False once no more errors are listed: a caller may skip composing a message nobody reads. */
  get listing(): boolean {
    return this.#errors.length < MAX_LISTED_PROBLEMS;
  }

  /** Records an error; `message` may be a function, called only when the error is listed. */
  error(path: string, code: string, message: string | (() => string)): void {
    if (this.#errors.length >= MAX_LISTED_PROBLEMS) this.#unlistedErrors++;
    else this.#errors.push({ path, code, message: typeof message === 'string' ? message : message() });
  }

  warn(path: string, code: string, message: string): void {
    if (this.#warnings.length < MAX_LISTED_PROBLEMS) this.#warnings.push({ path, code, message });
    else this.#unlistedWarnings++;
  }

  /** What is left of the comparisons "did you mean" may make for this validation. */
  readonly #suggestionBudget = { left: SUGGEST_BUDGET };
  /** The suggestion already found for a value, per collection of known ids. */
  readonly #suggestions = new WeakMap<object, Map<string, string | undefined>>();

  /**
   * Reports a reference to an id that is not declared, with a suggestion when one is close and the
   * comparison budget allows (a broken file with thousands of typos gets on without them). The
   * same dangling value is compared with the same ids once.
   */
  unknownReference(path: string, what: string, value: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    this.error(path, `unknown-${what.replace(/ /g, '-')}`, () => {
      let memo = this.#suggestions.get(known);
      if (!memo) this.#suggestions.set(known, (memo = new Map()));
      let suggestion = memo.get(value);
      if (!memo.has(value)) memo.set(value, (suggestion = nearest(value, known.keys(), this.#suggestionBudget)));
      const hint = suggestion !== undefined ? ` — did you mean ${quote(suggestion)}?` : '';
      return `unknown ${what} ${quote(value)} at ${path}${hint}`;
    });
  }
}

function withSummary(listed: Problem[], unlisted: number, what: string): Problem[] {
  if (unlisted === 0) return listed;
  const message = `${formatCount(unlisted)} more ${what} are not listed (only the first ${formatCount(MAX_LISTED_PROBLEMS)} are); fix these first`;
  return [...listed, { path: '', code: 'too-many-problems', message }];
}
