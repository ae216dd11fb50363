import type { ladderEnglish } from './en-ladder.js';
import type { mapEnglish } from './en-map.js';
import type { skillGapEnglish } from './en-skill-gap.js';

/**
 * The kit's UI strings in English: the reference tables. Every key is a string a user can see or
 * hear. The English is split by element (this file: what every element shows; en-map.ts,
 * en-skill-gap.ts, en-ladder.ts: each element's own), so an element's define entry carries only
 * its own; other languages (de.ts, ar.ts, loaded on first use) translate any of them in one table
 * and fall back to English. A plural
 * entry has a form per `Intl.PluralRules` category (`one`, `other`, and `zero`/`two`/`few`/`many`
 * where the language has them), chosen by the `count` parameter. `{name}` is a placeholder.
 */
export type Text = string | PluralText;
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const en = {
  // status (every element)
  loading: 'Loading career framework…',
  empty: 'No career framework: set the framework property, the src attribute, or place the element inside <career-framework>.',
  errorTitle: 'This career framework could not be shown',
  moreProblems: { one: '…and {count} more problem.', other: '…and {count} more problems.' },

  // shared by several elements
  level: 'Level',
  tagNew: 'new',
  tagChanged: 'changed',
} satisfies Record<string, Text>;

export type StringKey = keyof typeof en | keyof typeof mapEnglish | keyof typeof skillGapEnglish | keyof typeof ladderEnglish;
/**
 * A string table: any of the keys, each a string or plural forms; and vocabulary words as
 * `group.id` (`move.promotion`, `legend.lateral`, `track.ic`, `requirement.training`), whose
 * English is the vocabulary's own (src/format/vocabulary.ts).
 */
export type Strings = Partial<Record<StringKey, Text>> & { [word: `${string}.${string}`]: string | undefined };
