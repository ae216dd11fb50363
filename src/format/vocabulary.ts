/**
 * The kit's vocabulary: every closed set of words it knows, each as one `as const` table.
 *
 * The format's types (`types.ts`), its shape checks (`shape.ts`), the importers, the model and
 * the elements' legends, markers and CSS all read these tables, and a test holds the JSON Schemas
 * equal to them. A new word is one row here (and, for a move kind, one colour token); nothing
 * else has to list it.
 *
 * The order of a table's rows is the order the kit shows them in (legends, menus, messages).
 */

/**
 * Kinds of career move, by level rank: up, level, down (the model classifies every move).
 * `label` names the kind on a card or in an accessible name; `legend` is its short legend text;
 * `colour` is the default of its colour token, the custom property `--career-color-<kind>`, and
 * `dark` its default in the dark theme (text on it is then dark; see theme.styles.ts).
 */
export const MOVE_KINDS = {
  promotion: { label: 'Promotion', legend: 'Promotion', colour: '#15803d', dark: '#56d68a' },
  lateral: { label: 'Lateral move', legend: 'Lateral', colour: '#7c3aed', dark: '#c4a5ff' },
  'step-back': { label: 'Step back', legend: 'Step back', colour: '#b45309', dark: '#f2a65a' },
} as const satisfies Record<string, { label: string; legend: string; colour: string; dark?: string }>;

/**
 * How much a required skill matters. `weight` is its weight in readiness (a core skill counts
 * three times an optional one); `marker` the shape of its required-level marker, so importance is
 * told by shape as well as by text. The first row is the default when a requirement says none.
 */
export const IMPORTANCES = {
  core: { label: 'core', weight: 3, marker: 'diamond' },
  optional: { label: 'optional', weight: 1, marker: 'circle' },
  emerging: { label: 'emerging', weight: 2, marker: 'triangle' },
} as const satisfies Record<string, { label: string; weight: number; marker: 'diamond' | 'circle' | 'triangle' }>;

/** Kinds of track; the map draws each kind in its own colour (`--career-color-<kind>`). */
export const TRACK_KINDS = {
  ic: { label: 'IC track' },
  management: { label: 'Management track' },
  other: { label: 'Other track' },
} as const satisfies Record<string, { label: string }>;

/**
 * Where a skill rating comes from. `label` is how a value says it; `trust` orders them: when
 * several sources rate one skill, the higher trust wins (certified, then manager, self, inferred).
 */
export const RATING_SOURCES = {
  self: { label: 'self-rated', trust: 2 },
  manager: { label: 'manager-rated', trust: 3 },
  certified: { label: 'certified', trust: 4 },
  inferred: { label: 'from role', trust: 1 },
} as const satisfies Record<string, { label: string; trust: number }>;

/** Kinds of requirement a move lists; `label` is the tag shown before the requirement. */
export const REQUIREMENT_KINDS = {
  certification: { label: 'Certification' },
  training: { label: 'Training' },
  experience: { label: 'Experience' },
  other: { label: 'Requirement' },
} as const satisfies Record<string, { label: string }>;

/** A role's status in the framework. */
export const ROLE_STATUSES = {
  active: { label: 'Active' },
  emerging: { label: 'Emerging' },
  retired: { label: 'Retired' },
} as const satisfies Record<string, { label: string }>;

/** Kinds of learning resource. */
export const LEARNING_KINDS = {
  course: { label: 'course' },
  certification: { label: 'certification' },
  mentoring: { label: 'mentoring' },
  project: { label: 'project' },
  reading: { label: 'reading' },
  community: { label: 'community' },
  other: { label: 'other' },
} as const satisfies Record<string, { label: string }>;

export type MoveKind = keyof typeof MOVE_KINDS;
export type Importance = keyof typeof IMPORTANCES;
export type TrackKind = keyof typeof TRACK_KINDS;
export type RatingSource = keyof typeof RATING_SOURCES;
export type RequirementKind = keyof typeof REQUIREMENT_KINDS;
export type RoleStatus = keyof typeof ROLE_STATUSES;
export type LearningKind = keyof typeof LEARNING_KINDS;

/** The words of a table, in its order: `wordsOf(IMPORTANCES)` is `['core', 'optional', 'emerging']`. */
export function wordsOf<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

/** True when `word` is one of the table's words (not an inherited property such as `toString`). */
export function isWordOf<T extends object>(table: T, word: unknown): word is keyof T & string {
  return typeof word === 'string' && Object.prototype.hasOwnProperty.call(table, word);
}
