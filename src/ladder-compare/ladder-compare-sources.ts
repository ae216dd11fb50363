import { loadFramework } from '../base/load-framework.js';
import type { Framework, Problem } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { sourceKeys, sourceLabel, type CompareSource } from './ladder-align.js';

export interface LoadedSources {
  sources: CompareSource[];
  errors: Problem[];
}

/** One framework as the only source of a comparison. */
export function singleSource(index: FrameworkIndex): CompareSource[] {
  return [{ key: sourceKeys([index.framework])[0], label: sourceLabel(index.framework), index }];
}

/**
 * Validates and indexes the frameworks of the `frameworks` property. Problems carry the position
 * of their framework in their JSON Pointer (`/frameworks/1/levels/0/rank`). No sources when any
 * framework is invalid.
 */
export function loadSources(frameworks: unknown): LoadedSources {
  if (!Array.isArray(frameworks) || frameworks.length === 0) {
    return { sources: [], errors: [{ path: '/frameworks', code: 'not-a-list', message: '"frameworks" must be a list of one or more career frameworks' }] };
  }
  const loaded = frameworks.map((value) => loadFramework(value));
  const errors = loaded.flatMap((result, i) => result.errors.map((p) => ({ ...p, path: `/frameworks/${i}${p.path}` })));
  if (errors.length > 0) return { sources: [], errors };
  const valid = loaded.map((result) => result.framework as Framework);
  const keys = sourceKeys(valid);
  return { sources: loaded.map((result, i) => ({ key: keys[i], label: sourceLabel(valid[i]), index: result.index! })), errors: [] };
}
