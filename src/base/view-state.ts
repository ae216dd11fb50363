/**
 * View state: what an element shows — selection, filters, zoom, region, view mode — as a plain,
 * versioned, JSON-serialisable object an app can store or share, read from and applied to an
 * element through a table of fields. Never personal data: a profile's ratings and names are not
 * view state. Also the URL-hash encoding used by the `url-state` attribute. No DOM here.
 */
import type { Problem } from '../format/types.js';

/** The version of the view-state objects this kit writes and reads. */
export const VIEW_STATE_VERSION = 1;

/** An element's view state: `v` (the version) and the element's own fields, absent when default. */
export interface ViewState {
  v: typeof VIEW_STATE_VERSION;
  [field: string]: unknown;
}

/** One field of an element's view state. */
export interface ViewStateField<T = unknown> {
  /** The current value; undefined when it is the default (and so left out of the state). */
  get(): T | undefined;
  /** Applies a value; undefined restores the default. */
  set(value: T | undefined): void;
  /** Whether a value has the field's type (ids are not checked against the framework). */
  valid(value: unknown): value is T;
}

export type ViewStateFields = Record<string, ViewStateField<any>>;

/** The checks fields use. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500;
export const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.length <= 1000 && value.every(isText);
export const isFlag = (value: unknown): value is boolean => typeof value === 'boolean';
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000;
export const oneOf =
  <T extends string>(...words: T[]) =>
  (value: unknown): value is T =>
    words.includes(value as T);

/** A field backed by a property of the element: unset (or `fallback`) is the default. */
export function propertyField<H extends object, K extends keyof H & string>(host: H, name: K, valid: (value: unknown) => boolean, fallback?: H[K]): ViewStateField {
  return {
    get: () => {
      const value = host[name];
      return value === null || value === undefined || value === fallback || value === '' ? undefined : value;
    },
    set: (value) => {
      host[name] = (value ?? fallback) as H[K];
    },
    valid: (value): value is H[K] => valid(value),
  };
}

/** The state of `fields`, with the defaults left out. */
export function readViewState(fields: ViewStateFields): ViewState {
  const state: ViewState = { v: VIEW_STATE_VERSION };
  for (const [name, field] of Object.entries(fields)) {
    const value = field.get();
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) state[name] = value;
  }
  return state;
}

const problem = (path: string, code: string, message: string): Problem => ({ path, code, message });

/**
 * Applies a view state to `fields`: each valid field is set, each absent field goes back to its
 * default, and what cannot be used is left alone and returned as problems (JSON Pointer paths). A
 * state that is not an object of this version is not applied at all. Never throws.
 */
export function applyViewState(fields: ViewStateFields, state: unknown): Problem[] {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return [problem('', 'view-state-type', 'A view state is an object: { "v": 1, … }.')];
  }
  const input = state as Record<string, unknown>;
  if (input.v !== VIEW_STATE_VERSION) {
    return [problem('/v', 'view-state-version', `This view state has version ${JSON.stringify(input.v) ?? 'none'}; this element reads version ${VIEW_STATE_VERSION}.`)];
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(input)) {
    if (key !== 'v' && !Object.hasOwn(fields, key)) problems.push(problem(`/${pointerToken(key)}`, 'view-state-unknown', `"${key}" is not part of this element's view state.`));
  }
  for (const [name, field] of Object.entries(fields)) {
    const value = input[name];
    if (value === undefined) field.set(undefined);
    else if (field.valid(value)) field.set(value);
    else problems.push(problem(`/${pointerToken(name)}`, 'view-state-invalid', `"${name}" has a value this element cannot use; left as it was.`));
  }
  return problems;
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The entry `key` of a URL hash made of `key=value` pairs joined by `&` (`#map=…&ladder=…`),
 * decoded; undefined when absent or malformed. Other parts of the hash (a plain `#section`) are
 * ignored.
 */
export function hashEntry(hash: string, key: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    try {
      if (decodeURIComponent(part.slice(0, at)) === key) return decodeURIComponent(part.slice(at + 1));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The hash with entry `key` set to `value` (added at the end, or replaced in place); other parts kept as they are. */
export function withHashEntry(hash: string, key: string, value: string): string {
  const encoded = `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  const at = parts.findIndex((part) => {
    try {
      return decodeURIComponent(part.split('=')[0]) === key && part.includes('=');
    } catch {
      return false;
    }
  });
  if (at >= 0) parts[at] = encoded;
  else parts.push(encoded);
  return `#${parts.join('&')}`;
}
