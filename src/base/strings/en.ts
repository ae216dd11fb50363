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

  // skill-gap
  chooseTarget: 'Choose a target role to see the skill gap.',
  gapError: 'The skill gap could not be shown',
  profileError: 'This profile could not be used',
  yourProfile: 'Your profile',
  focusNote: '(focus: {focus})',
  whatIfOn: 'What-if: levels changed by you.',
  whatIfReset: 'Reset what-if',
  whatIfHint: 'Change a current level by click, drag or arrow keys to try a what-if.',
  undescribed: 'This framework describes neither skills nor competency expectations for {target}, so it does not say what this move takes.',
  readiness: 'Readiness',
  readinessValue: 'Readiness {percent}',
  ready: 'ready',
  skillsMet: '{met} of {count} {importance} skills met',
  stepsToGo: { zero: 'No steps to go', one: '{count} step to go', other: '{count} steps to go' },
  readinessExplain: 'Weighted share of required proficiency reached (core ×{core}, emerging ×{emerging}, optional ×{optional}).',
  strengths: 'Transferable strengths',
  noStrengths: 'No skills beyond what {target} asks for.',
  strengthsNote: 'Skills you have that {target} does not ask for.',
  notInFramework: 'Not in this framework',
  notInFrameworkNote: 'These profile skills are not in the framework, so they are left out of the gap:',
  thisMove: 'This move',
  learningPlan: 'Learning plan',
  nothingToClose: 'Nothing to close: every requirement of {target} is met.',
  noResource: 'No learning resource in this framework covers these gaps.',
  planSummary: {
    one: '{count} resource, {hours}, covering {covered} of {total} gap steps — chosen for the most gap per hour.',
    other: '{count} resources, {hours}, covering {covered} of {total} gap steps — chosen for the most gap per hour.',
  },
  aboutHours: 'about {hours} (no hours given)',
  suggestedForMove: 'suggested for this move',
  covers: 'covers {skills}',
  coverSteps: { one: '{skill} ({count} step)', other: '{skill} ({count} steps)' },
  noResourceCovers: 'No resource covers: {skills}.',
  alsoAsks: 'This move also asks for',
  moveMentors: 'Mentors for this move',
  typicallyTakes: '{from} → {target} typically takes {duration}.',
  noSkillRequirements: '{target} lists no skill requirements.',
  requiredMarker: 'required, {importance}',
  current: 'current',
  gap: 'gap',
  gapSteps: 'gap {count}',
  met: 'met',
  importanceSkill: '{importance} skill',
  whatIfWas: 'what-if, was {level}',
  skillSentence: '{skill}: current {current}, required {required}, gap {gap}',
  sliderValue: '{current}, gap {gap}',
  conflict: 'self ({self}) and manager ({manager}) differ by {count} steps',
  radarLabel: 'Skill gap radar, {count} skills',
  radarTooMany: 'The radar shows at most {max} skills; this gap has {count}, so it is drawn as bars.',
  radarTooFew: 'A radar needs at least {min} skills; this gap has {count}, so it is drawn as bars.',
  otherCategory: 'Other',
  noLevel: 'None',
  competencies: 'Competencies',
  competencyReady: '{percent} ready',
  competencyReadiness: '{met} of {count} competencies at or above the level {target} expects.',
  competencyExplain: 'Readiness = competencies at or above the target level ÷ competencies the target expects.',
  noCompetencyExpectations: '{target} states no competency expectations.',
  levelsToGo: { one: '{count} level to go', other: '{count} levels to go' },
  competencySentence: '{competency}: current {current}, target {required}, {status}',
  competencyValue: '{current}, target {required}',
  behaviours: { one: '{count} behaviour at {level}', other: '{count} behaviours at {level}' },
  alreadyExpectedCount: '{count} already expected at your level',
  alreadyExpected: 'already expected at your level',
  tagNew: 'new',
  tagChanged: 'changed',

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
