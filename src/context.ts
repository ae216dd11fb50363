import { createContext } from '@lit/context';
import type { Framework, Problem, Profile } from './format/types.js';
import type { FrameworkIndex } from './model/framework-index.js';

/** What linked elements share: the person's role ("you are here"), a target role, a profile. */
export interface CareerSelection {
  /** The person's role id ("you are here"). */
  currentRole?: string;
  /**
   * The same value as `currentRole`, kept for consumers of `career-selection-change` written
   * before the rename.
   * @deprecated Use `currentRole`.
   */
  role?: string;
  target?: string;
  profile?: Profile;
}

/** The value `<career-framework>` provides to its descendants. */
export interface CareerContextValue {
  status: 'empty' | 'loading' | 'ready' | 'error';
  framework?: Framework;
  index?: FrameworkIndex;
  errors: readonly Problem[];
  warnings: readonly Problem[];
  selection: CareerSelection;
}

export const careerContext = createContext<CareerContextValue>(Symbol.for('career-elements/framework'));
