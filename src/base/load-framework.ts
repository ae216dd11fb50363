import type { Framework, Problem } from '../format/types.js';
import { validateAndIndex } from '../model/validate.js';
import type { FrameworkIndex } from '../model/framework-index.js';

export interface LoadedFramework {
  framework?: Framework;
  index?: FrameworkIndex;
  errors: readonly Problem[];
  warnings: readonly Problem[];
}

const cache = new WeakMap<object, LoadedFramework>();

/**
 * Validates a framework value and indexes it when valid. Results are cached per object, so a
 * provider and several elements given the same object validate and index it once. The value is
 * never mutated.
 */
export function loadFramework(value: unknown): LoadedFramework {
  if (typeof value === 'object' && value !== null) {
    const cached = cache.get(value);
    if (cached) return cached;
  }
  let result: LoadedFramework;
  try {
    const { result: validation, index } = validateAndIndex(value);
    result = index
      ? { framework: value as Framework, index, errors: validation.errors, warnings: validation.warnings }
      : { errors: validation.errors, warnings: validation.warnings };
  } catch (error) {
    result = { errors: [{ path: '', code: 'internal', message: `the framework could not be read: ${(error as Error).message}` }], warnings: [] };
  }
  if (typeof value === 'object' && value !== null) cache.set(value, result);
  return result;
}
