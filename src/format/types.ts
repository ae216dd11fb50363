/**
 * Types of the career-framework/1 and career-profile/1 formats.
 * The JSON Schemas beside this file (career-framework.schema.json, career-profile.schema.json)
 * describe the same shape for editors and other tools; the closed sets of words come from
 * `vocabulary.ts`. `shape.ts` is typed from these interfaces and a test holds the schemas equal to
 * it, so the three descriptions cannot drift. Unknown extra fields are allowed everywhere and ignored.
 */
import type { Importance, LearningKind, RatingSource, RequirementKind, RoleStatus, TrackKind } from './vocabulary.js';

export type { Importance, LearningKind, MoveKind, RatingSource, RequirementKind, RoleStatus, TrackKind } from './vocabulary.js';

export const FRAMEWORK_FORMAT = 'career-framework/1';
export const PROFILE_FORMAT = 'career-profile/1';

export interface ProficiencyStep {
  value: number;
  label: string;
  description?: string;
}

export interface Level {
  id: string;
  rank: number;
  label: string;
  description?: string;
  /** Per-track names of this level, keyed by track id: `{ "ic": "IC3", "management": "M1" }`. */
  trackLabels?: Record<string, string>;
}

export interface Track {
  id: string;
  label: string;
  kind?: TrackKind;
  description?: string;
}

export interface Family {
  id: string;
  label: string;
  cluster?: string;
  description?: string;
}

export interface Skill {
  id: string;
  label: string;
  category?: string;
  description?: string;
  /** What each proficiency step looks like, keyed by the step's value. */
  levels?: Record<string, string>;
}

export interface CompetencyExpectation {
  level: string;
  track?: string;
  families?: string[];
  behaviours: string[];
}

export interface Competency {
  id: string;
  label: string;
  description?: string;
  expectations?: CompetencyExpectation[];
}

export interface SkillRequirement {
  skill: string;
  level: number;
  importance?: Importance;
}

export interface FocusArea {
  id: string;
  label: string;
  description?: string;
  skills?: SkillRequirement[];
}

export interface Role {
  id: string;
  title: string;
  family: string;
  track: string;
  level: string;
  summary?: string;
  skills?: SkillRequirement[];
  focusAreas?: FocusArea[];
  entryRequirements?: string[];
  milestones?: string[];
  status?: RoleStatus;
}

export interface MoveRequirement {
  label: string;
  kind?: RequirementKind;
}

export interface Move {
  from: string;
  to: string;
  requirements?: MoveRequirement[];
  learning?: string[];
  mentors?: string[];
  typicalMonths?: number;
  note?: string;
}

export interface MoneyRange {
  min: number;
  mid?: number;
  max: number;
}

export interface PayBand {
  level: string;
  track?: string;
  family?: string;
  region: string;
  currency: string;
  base: MoneyRange;
  bonusTargetPercent?: number;
  equity?: { min?: number; max?: number; note?: string };
}

export interface LearningResource {
  id: string;
  title: string;
  kind: LearningKind;
  skills?: string[];
  url?: string;
  hours?: number;
  description?: string;
}

export interface Framework {
  format: typeof FRAMEWORK_FORMAT;
  id: string;
  name: string;
  revision?: string;
  locale?: string;
  description?: string;
  proficiency?: ProficiencyStep[];
  levels: Level[];
  tracks: Track[];
  families: Family[];
  skills?: Skill[];
  competencies?: Competency[];
  roles: Role[];
  moves?: Move[];
  payBands?: PayBand[];
  learning?: LearningResource[];
}

export interface ProfileRating {
  skill: string;
  level: number;
  source?: RatingSource;
}

/** The level a person operates at in one competency (a level id of the framework). */
export interface ProfileCompetencyRating {
  competency: string;
  level: string;
  source?: RatingSource;
}

export interface Profile {
  format?: typeof PROFILE_FORMAT;
  name?: string;
  role?: string;
  skills: ProfileRating[];
  /** Optional: the level the person operates at, competency by competency. */
  competencies?: ProfileCompetencyRating[];
}

/** One problem found in input data. `path` is a JSON Pointer (RFC 6901) into the input. */
export interface Problem {
  path: string;
  code: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

/** The default proficiency scale when a framework declares none: five steps, 1–5. */
export const DEFAULT_PROFICIENCY: readonly ProficiencyStep[] = Object.freeze([
  { value: 1, label: 'Awareness' },
  { value: 2, label: 'Working' },
  { value: 3, label: 'Practitioner' },
  { value: 4, label: 'Advanced' },
  { value: 5, label: 'Expert' },
]);

/** A framework's proficiency scale: its own, or the default five steps when it declares none. */
export function scaleOf(framework: Pick<Framework, 'proficiency'>): readonly ProficiencyStep[] {
  return framework.proficiency && framework.proficiency.length > 0 ? framework.proficiency : DEFAULT_PROFICIENCY;
}
