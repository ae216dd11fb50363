import { ProblemList, pointer, quote } from '../format/problems.js';
import type { ValidationResult } from '../format/types.js';
import { checkFramework } from '../format/validate.js';
import { FrameworkIndex } from './framework-index.js';

/**
 * Validates a career-framework/1 object. Never throws and never mutates the input.
 * Errors make the framework unusable (the format's checks, `checkFramework`); warnings point at
 * likely omissions, and some need the model: a role no move reaches or leaves counts the implied
 * promotions too.
 */
export function validateFramework(input: unknown): ValidationResult {
  return validateAndIndex(input).result;
}

/**
 * Validates and, when valid, returns the index the warnings were computed with, so loading a
 * framework indexes it once.
 */
export function validateAndIndex(input: unknown): { result: ValidationResult; index?: FrameworkIndex } {
  const { problems, framework } = checkFramework(input);
  if (!framework) return { result: { valid: false, errors: problems.errors, warnings: problems.warnings } };
  const index = new FrameworkIndex(framework);
  addWarnings(index, problems);
  return { result: { valid: true, errors: [], warnings: problems.warnings }, index };
}

function addWarnings(index: FrameworkIndex, problems: ProblemList): void {
  const framework = index.framework;
  framework.roles.forEach((role, i) => {
    const base = pointer('/roles', i);
    if (!role.skills || role.skills.length === 0) {
      problems.warn(base, 'role-without-skills', `role ${quote(role.title)} (${quote(role.id)}) at ${base} lists no skills`);
    }
    if (index.movesFrom(role.id).length === 0 && index.movesTo(role.id).length === 0) {
      problems.warn(base, 'isolated-role', `no move reaches or leaves role ${quote(role.title)} (${quote(role.id)}) at ${base}`);
    }
  });

  const levelsByRegion = new Map<string, Set<string>>();
  for (const band of framework.payBands ?? []) {
    let set = levelsByRegion.get(band.region);
    if (!set) levelsByRegion.set(band.region, (set = new Set()));
    set.add(band.level);
  }
  for (const [region, covered] of levelsByRegion) {
    const missing = framework.levels.filter((level) => !covered.has(level.id)).map((level) => level.id);
    if (missing.length > 0) {
      problems.warn(
        '/payBands',
        'incomplete-region',
        `region ${quote(region)} has pay bands for some levels but none for ${missing.map((id) => quote(id)).join(', ')}`,
      );
    }
  }
}
