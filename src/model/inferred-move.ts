import type { CareerMove } from './framework-index.js';

// What an inferred move is, apart from the code that infers them (inferred-moves.ts): the map and
// the route totals tell inferred moves apart without loading the inference, which the map loads
// on first use.

/** One skill two roles both ask for, at the level the destination requires (met by the origin). */
export interface SharedSkill {
  skill: string;
  level: number;
}

/** One skill the destination asks for above the origin's level. */
export interface NeededSkill {
  skill: string;
  /** The origin's level (0 when it does not ask for the skill). */
  from: number;
  to: number;
}

/**
 * A move the framework does not declare, suggested because the two roles' skill requirements
 * overlap strongly. Never declared; always `inferred: true`.
 */
export interface InferredMove extends CareerMove {
  declared: false;
  inferred: true;
  /** The weighted overlap of the two roles' requirements, 0..1 (see `skillOverlap`). */
  similarity: number;
  shared: SharedSkill[];
  needs: NeededSkill[];
  /** "Shares SQL, Python and Statistics at Practitioner; needs Machine learning to Working". */
  explanation: string;
}

/** The inferred moves of a framework at one threshold. */
export interface InferredMoves {
  threshold: number;
  moves: readonly InferredMove[];
  /** Inferred moves out of a role, most similar first. */
  from(roleId: string): readonly InferredMove[];
  /** Inferred moves into a role. */
  into(roleId: string): readonly InferredMove[];
}

/** The threshold `infer-moves` uses when the attribute is present without a number. */
export const DEFAULT_INFER_THRESHOLD = 0.6;

/** True for a move the model inferred (as opposed to a declared or implied one). */
export function isInferred(move: CareerMove): move is InferredMove {
  return (move as Partial<InferredMove>).inferred === true;
}
