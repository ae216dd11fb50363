/**
 * The types of the kit's UI strings. English has no table: each string is written in English where
 * it is used (`l10n.t('Learning plan')`), and that English is its id. A table for another language
 * (de.ts, ar.ts, or one a page registers with `registerStrings`) maps ids to translations; the
 * page's `strings` property overrides any of them the same way.
 */

/** Plural forms by `Intl.PluralRules` category; `zero` (when given) is used for 0 in any language. */
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A string or its plural forms, chosen by the `count` parameter. `{name}` is a placeholder. */
export type Text = string | PluralText;

/** A message as written in the code: its English (plural forms: the `other` form is the id). */
export type Message = Text;

/**
 * A string table: English id → translation (plural forms for a plural message, keyed by its
 * English `other` form, e.g. `'{count} steps to go': { one: 'Noch {count} Schritt', other: 'Noch
 * {count} Schritte' }`). The vocabulary's words (move kinds, tracks, requirement and learning kinds,
 * importances, rating sources: src/format/vocabulary.ts) are messages too, by their English label.
 */
export type Strings = Record<string, Text | undefined>;
