/**
 * The kit's UI strings in English: the reference table. Every key here is a string a user can
 * see or hear; other tables (de.ts, ar.ts) translate any of them and fall back to these. A plural
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

  // mobility-map: toolbar and map
  searchPlaceholder: 'Find a role…',
  searchLabel: 'Find a role by title',
  searchResults: 'Matching roles',
  legend: 'Legend',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  fitLabel: 'Fit the whole map',
  mapLabel: 'Career map of {name}: {count} roles by family and level. Arrow keys move between roles, Enter selects, Escape clears, plus and minus zoom.',
  youAreHere: 'You are here',
  roleDetails: 'Role details',

  // mobility-map: panel
  family: 'Family',
  track: 'Track',
  level: 'Level',
  payBand: 'Pay band',
  payBandIn: 'Pay band ({region})',
  notPublished: 'not published',
  typicalTime: 'Typical time',
  notStated: 'not stated',
  payChange: 'Pay change',
  payChangeIn: 'Pay change ({region})',
  noBandToCompare: 'no band to compare',
  requirements: 'Requirements and certifications',
  learning: 'Learning',
  mentors: 'Mentors',
  skillsToBuild: 'Skills to build',
  none: 'none',
  noSkillGap: "No skill gap: this role already meets the destination's skill requirements.",
  notDeclared: 'The next level up this ladder (not declared as a move in the framework).',
  routeTo: 'Route to {target}',
  routeSummary: { one: 'Route to {target}: {count} move', other: 'Route to {target}: {count} moves' },
  routeAbout: '{summary}, about {duration}',
  noRoute: 'No route from {from} to {target} with the moves shown.',
  whereNext: 'Where you can go from here ({count})',
  noMoves: 'No moves from this role with the current filters.',
  hiddenByFilters: 'This role is hidden by the current filters.',
  overviewIntro: { one: '{count} role. Select a role (click it, or use the arrow keys and Enter, or search) to see where it can lead and what each move takes.', other: '{count} roles. Select a role (click it, or use the arrow keys and Enter, or search) to see where it can lead and what each move takes.' },
  movesBetweenFamilies: 'Moves between families',
  movesWithinFamily: 'Moves within a family',
  step: 'Step {count}',
  suggested: 'Suggested',
  crossFamily: 'Cross-family',
  trackSwitch: 'Track switch',

  // ladder-compare
  expectationsShow: 'Show expectations',
  expectationsHide: 'Hide expectations',
  noRoleAtLevel: 'No role at this level',
  hereTag: 'you are here',
} satisfies Record<string, Text>;

export type StringKey = keyof typeof en;
/**
 * A string table: any of the keys, each a string or plural forms; and vocabulary words as
 * `group.id` (`move.promotion`, `legend.lateral`, `track.ic`, `requirement.training`), whose
 * English is the vocabulary's own (src/format/vocabulary.ts).
 */
export type Strings = Partial<Record<StringKey, Text>> & { [word: `${string}.${string}`]: string | undefined };
